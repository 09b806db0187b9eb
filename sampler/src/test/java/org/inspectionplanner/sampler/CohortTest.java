package org.inspectionplanner.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectionplanner.sampler.Cases.F;
import static org.inspectionplanner.sampler.Cases.aCase;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.sampler.report.SampleReport;
import org.junit.jupiter.api.Test;

/** pdu-cohort: pair choice, boosting, unmet quotas, target reduction, practitioner cap. */
class CohortTest {

    private static SampleRequest.Builder cohort(long seed) {
        return SampleRequest.builder(SamplingMethod.PDU_COHORT, F).seed(seed).noQuotas();
    }

    private static SampleResult run(Caseload caseload, SampleRequest request) {
        return Sampler.sample(caseload, "t.csv", "x", request);
    }

    private static List<Cases.Builder> men(int week, int n, String prefix) {
        List<Cases.Builder> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(aCase(prefix + week + "-" + i).week(week));
        }
        return out;
    }

    private static Caseload load(List<Cases.Builder> builders) {
        return Cases.caseload(builders.toArray(Cases.Builder[]::new));
    }

    private static Set<String> ids(SampleResult r) {
        return r.sample().stream().map(s -> s.record().caseId()).collect(Collectors.toSet());
    }

    @Test
    void thePairWithTheSmallestQuotaShortfallIsChosen() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int k = 27; k <= 32; k++) {
            cases.addAll(men(k, 3, "M"));
        }
        cases.add(aCase("W28").week(28).female());
        cases.add(aCase("W31").week(31).female());
        for (long seed = 1; seed <= 5; seed++) {
            SampleResult r = run(load(cases), cohort(seed).minFemale(2).build());
            assertThat(r.report().chosenWeeks()).containsExactly(28, 31);
            SampleReport.CandidatePair chosen = r.report().candidatePairs().stream()
                    .filter(SampleReport.CandidatePair::chosen).findFirst().orElseThrow();
            assertThat(chosen.shortfall()).isZero();
            assertThat(chosen.eligible()).isEqualTo(8);
            assertThat(ids(r)).contains("W28", "W31").hasSize(8);
            assertThat(r.sample()).allSatisfy(s -> assertThat(s.selection()).containsExactly(Selection.COHORT));
        }
    }

    @Test
    void adjacentWeeksAreNotPairedUnlessAllowed() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int k = 27; k <= 32; k++) {
            cases.addAll(men(k, 2, "M"));
        }
        cases.add(aCase("W28").week(28).female());
        cases.add(aCase("W29").week(29).female());
        SampleResult strict = run(load(cases), cohort(4).minFemale(2).build());
        assertThat(strict.report().candidatePairs()).hasSize(10)
                .noneMatch(p -> p.weeks().get(1) - p.weeks().get(0) == 1);
        assertThat(strict.report().chosenWeeks()).isNotEqualTo(List.of(28, 29));
        assertThat(strict.report().candidatePairs()).filteredOn(SampleReport.CandidatePair::chosen)
                .singleElement().extracting(SampleReport.CandidatePair::shortfall).isEqualTo(1);

        SampleResult adjacent = run(load(cases), cohort(4).minFemale(2).allowAdjacentWeeks(true).build());
        assertThat(adjacent.report().candidatePairs()).hasSize(15);
        assertThat(adjacent.report().chosenWeeks()).containsExactly(28, 29);
    }

    @Test
    void withEqualShortfallsThePairNearestTheTargetSizeIsChosen() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int k = 27; k <= 32; k++) {
            cases.addAll(men(k, k - 26, "M")); // week 27 has 1 case ... week 32 has 6
        }
        SampleResult r = run(load(cases), cohort(9).targetSize(10).build());
        assertThat(r.report().chosenWeeks()).containsExactly(30, 32);
        assertThat(r.report().candidatePairs()).filteredOn(SampleReport.CandidatePair::chosen).singleElement()
                .satisfies(p -> assertThat(p.distanceToTarget()).isZero());
    }

    @Test
    void remainingTiesAreBrokenBySeedReproducibly() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int k = 27; k <= 32; k++) {
            cases.addAll(men(k, 2, "M"));
        }
        Set<List<Integer>> chosen = new HashSet<>();
        for (long seed = 0; seed < 30; seed++) {
            List<Integer> first = run(load(cases), cohort(seed).build()).report().chosenWeeks();
            List<Integer> again = run(load(cases), cohort(seed).build()).report().chosenWeeks();
            assertThat(again).isEqualTo(first);
            chosen.add(first);
        }
        assertThat(chosen).hasSizeGreaterThan(3);
    }

    @Test
    void boostingTakesTheNearestWeeksFirstAndMarksTheQuota() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int k = 27; k <= 32; k++) {
            cases.addAll(men(k, 3, "M"));
        }
        for (int i = 0; i < 4; i++) {
            cases.add(aCase("F29-" + i).week(29).female());
            cases.add(aCase("F31-" + i).week(31).female());
        }
        cases.add(aCase("W30").week(30).female());
        cases.add(aCase("W28").week(28).female());
        cases.add(aCase("W27").week(27).female()); // two weeks from the pair: used last
        SampleResult r = run(load(cases), cohort(5).minFemale(10).build());
        assertThat(r.report().chosenWeeks()).containsExactly(29, 31);
        Map<String, SampledCase> byId = r.sample().stream()
                .collect(Collectors.toMap(s -> s.record().caseId(), s -> s));
        assertThat(byId).containsKeys("W30", "W28").doesNotContainKey("W27");
        assertThat(byId.get("W30").selection()).containsExactly(Selection.BOOST_FEMALE);
        assertThat(byId.get("W30").cohortWeek()).isEqualTo(Cases.weekStart(30));
        assertThat(r.report().counts().boosted()).isEqualTo(2);
        assertThat(r.report().quotas().get(0)).satisfies(q -> {
            assertThat(q.name()).isEqualTo("FEMALE");
            assertThat(q.achieved()).isEqualTo(10);
            assertThat(q.met()).isTrue();
        });
    }

    @Test
    void boostingPrefersACaseThatFillsSeveralShortQuotas() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int k = 27; k <= 32; k++) {
            cases.addAll(men(k, 3, "M"));
        }
        for (int i = 0; i < 4; i++) {
            cases.add(aCase("F29-" + i).week(29).female());
            cases.add(aCase("F31-" + i).week(31).female());
        }
        cases.add(aCase("E29").week(29).minority());
        cases.add(aCase("W28").week(28).female());
        cases.add(aCase("W30").week(30).female());
        cases.add(aCase("E30").week(30).minority());
        cases.add(aCase("WE27").week(27).female().minority()); // far, but fills both short quotas
        SampleResult r = run(load(cases), cohort(6).minFemale(9).minEthnicMinority(2).build());
        assertThat(r.report().chosenWeeks()).containsExactly(29, 31);
        SampledCase both = r.sample().stream().filter(s -> s.record().caseId().equals("WE27")).findFirst()
                .orElseThrow();
        assertThat(both.selection()).containsExactlyInAnyOrder(Selection.BOOST_FEMALE, Selection.BOOST_ETHNIC_MINORITY);
        assertThat(r.report().counts().boosted()).isEqualTo(1);
        assertThat(r.report().quotas()).allSatisfy(q -> assertThat(q.met()).isTrue());
    }

    @Test
    void aQuotaTheWindowCannotSupplyIsReportedUnmetWithTheNumberAvailable() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int k = 27; k <= 32; k++) {
            cases.addAll(men(k, 3, "M"));
        }
        cases.add(aCase("H28").week(28).highRosh());
        cases.add(aCase("H32").week(32).highRosh());
        SampleResult r = run(load(cases), cohort(7).minHighRosh(5).build());
        SampleReport.QuotaResult high = r.report().quotas().get(2);
        assertThat(high.name()).isEqualTo("HIGH_ROSH");
        assertThat(high.met()).isFalse();
        assertThat(high.achieved()).isEqualTo(2);
        assertThat(high.available()).isEqualTo(2);
        assertThat(high.reason()).contains("only 2");
        assertThat(r.warnings()).anyMatch(w -> w.contains("HIGH_ROSH") && w.contains("unmet"));
        assertThat(ids(r)).contains("H28", "H32"); // the sample is still produced, boosted as far as it goes
    }

    @Test
    void theTargetKeepsQuotasAndTheMostPractitionersAndMovesTheRestToReserves() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int k = 27; k <= 32; k++) {
            if (k != 29 && k != 31) {
                cases.addAll(men(k, 1, "M"));
            }
        }
        for (int i = 0; i < 9; i++) {
            cases.add(aCase("C29-" + i).week(29).practitioner("PR-" + (i % 5)));
            cases.add(aCase("C31-" + i).week(31).practitioner("PR-" + ((i + 2) % 5)));
        }
        cases.add(aCase("W29").week(29).female().practitioner("PR-0"));
        cases.add(aCase("W31").week(31).female().practitioner("PR-1"));
        SampleResult r = run(load(cases), cohort(8).minFemale(2).targetSize(8).build());
        assertThat(r.report().chosenWeeks()).containsExactly(29, 31);
        assertThat(r.sample()).hasSize(8);
        assertThat(ids(r)).contains("W29", "W31");
        assertThat(r.report().practitioners().sampleDistinct()).isEqualTo(5);
        assertThat(r.report().practitioners().maxCasesOnePractitioner()).isEqualTo(2);
        // every cohort case not kept is a reserve, ranked first
        assertThat(r.reserves()).hasSize(12);
        assertThat(r.reserves()).allSatisfy(res -> assertThat(res.movedFromSample()).isTrue());
        assertThat(r.reserves()).extracting(ReserveCase::rank).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 12).boxed().toList());
        Set<String> all = new HashSet<>(ids(r));
        r.reserves().forEach(res -> all.add(res.record().caseId()));
        assertThat(all).hasSize(20);
    }

    @Test
    void thePractitionerCapIsFirmerThanQuotas() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int k = 27; k <= 32; k++) {
            cases.addAll(men(k, 1, "M"));
        }
        for (int i = 0; i < 4; i++) {
            cases.add(aCase("W29-" + i).week(29).female().practitioner("PR-X"));
            if (i < 3) {
                cases.add(aCase("W31-" + i).week(31).female().practitioner("PR-X")); // 7 in all: one over the cap
            }
        }
        cases.add(aCase("W27").week(27).female().practitioner("PR-X")); // could boost, but the cap forbids it
        SampleResult r = run(load(cases), cohort(9).minFemale(7).maxPerPractitioner(6).build());
        assertThat(r.report().chosenWeeks()).containsExactly(29, 31);
        long byX = r.sample().stream().filter(s -> "PR-X".equals(s.record().practitionerId())).count();
        assertThat(byX).isEqualTo(6);
        assertThat(r.report().practitioners().maxCasesOnePractitioner()).isEqualTo(6);
        SampleReport.QuotaResult female = r.report().quotas().get(0);
        assertThat(female.met()).isFalse();
        assertThat(female.achieved()).isEqualTo(6);
        assertThat(female.reason()).contains("practitioner cap");
        assertThat(r.reserves()).filteredOn(ReserveCase::movedFromSample).singleElement()
                .satisfies(res -> assertThat(res.rank()).isEqualTo(1));
    }

    @Test
    void aLowerCapMovesMoreCasesToReserves() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int k = 27; k <= 32; k++) {
            for (int i = 0; i < 4; i++) {
                cases.add(aCase("C" + k + "-" + i).week(k).practitioner("PR-" + k));
            }
        }
        SampleResult r = run(load(cases), cohort(10).maxPerPractitioner(1).reserves(0).build());
        assertThat(r.sample()).hasSize(2);
        assertThat(r.reserves()).hasSize(6).allSatisfy(res -> assertThat(res.movedFromSample()).isTrue());
    }

    @Test
    void topUpFillsACohortBelowTheTargetFromTheOtherWeeks() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int k = 27; k <= 32; k++) {
            cases.addAll(men(k, 2, "M"));
        }
        SampleResult plain = run(load(cases), cohort(12).targetSize(7).build());
        assertThat(plain.sample()).hasSize(4);
        assertThat(plain.warnings()).anyMatch(w -> w.contains("fewer than the target"));
        SampleResult topped = run(load(cases), cohort(12).targetSize(7).topUp(true).build());
        assertThat(topped.sample()).hasSize(7);
        assertThat(topped.sample()).filteredOn(s -> s.selection().contains(Selection.TOP_UP)).hasSize(3);
    }

    @Test
    void confidenceAndMarginSetTheTarget() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int k = 27; k <= 32; k++) {
            cases.addAll(men(k, 30, "M"));
        }
        SampleResult r = run(load(cases), cohort(13).confidence(0.80, 0.10).build());
        // n0 = 1.2816^2 * 0.25 / 0.01 = 41.06; N = 180: n = 41.06 / (1 + 40.06 / 180) = 33.6 -> 34
        assertThat(r.report().parameters()).containsEntry("target_size", 34).containsEntry("sizing_population", 180);
        assertThat(r.sample()).hasSize(34);
    }

    @Test
    void excludedCasesNeverEnterTheSample() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int k = 27; k <= 32; k++) {
            cases.addAll(men(k, 2, "M"));
            cases.add(aCase("R" + k).week(k).female().underReview());
        }
        SampleResult r = run(load(cases), cohort(14).minFemale(3).build());
        assertThat(ids(r)).noneMatch(id -> id.startsWith("R"));
        assertThat(r.reserves()).noneMatch(res -> res.record().caseId().startsWith("R"));
        assertThat(r.report().counts().excluded()).containsEntry("UNDER_REVIEW", 6);
    }

    @Test
    void fromAndToReplaceTheCandidateWeeks() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int k = 10; k <= 14; k++) {
            cases.addAll(men(k, 2, "M"));
        }
        SampleResult r = run(load(cases), cohort(15).window(Cases.weekStart(14), Cases.weekStart(10).plusDays(6))
                .build());
        assertThat(r.report().candidateWeeks()).extracting(SampleReport.CandidateWeek::week)
                .containsExactly(10, 11, 12, 13, 14);
        assertThat(r.report().candidatePairs()).hasSize(6); // 10 pairs of 5 weeks, 4 of them adjacent
        assertThat(r.report().parameters()).containsEntry("first_candidate_week", 10)
                .containsEntry("last_candidate_week", 14);
        assertThat(r.sample()).hasSize(4);
    }

    static List<CaseRecord> records(List<Cases.Builder> builders) {
        return builders.stream().map(Cases.Builder::build).toList();
    }
}
