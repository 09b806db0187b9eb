package org.inspectionplanner.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.inspectionplanner.sampler.Cases.F;
import static org.inspectionplanner.sampler.Cases.aCase;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.inspectionplanner.data.caseload.SentenceType;
import org.inspectionplanner.sampler.report.SampleReport;
import org.junit.jupiter.api.Test;

/** Issue 10: each method's default is the published method, and every departure from it is shown. */
class PublishedMethodTest {

    private static SampleResult run(List<Cases.Builder> cases, SampleRequest request) {
        return Sampler.sample(Cases.caseload(cases.toArray(Cases.Builder[]::new)), "t.csv", "x", request);
    }

    private static Set<String> ids(SampleResult r) {
        return r.sample().stream().map(s -> s.record().caseId()).collect(Collectors.toSet());
    }

    /**
     * Like the example: in each candidate week 4 cases of one busy practitioner and 7 other men,
     * and one woman in weeks 27, 29, 30 and 32, so every chosen pair has 2 women and 8 busy cases.
     */
    private static List<Cases.Builder> cohortWeeks() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int k = 27; k <= 32; k++) {
            for (int i = 0; i < 11; i++) {
                cases.add(aCase("C" + k + "-" + String.format("%02d", i)).week(k)
                        .practitioner(i < 4 ? "BUSY" : "PR" + k + "-" + i));
            }
            if (k != 28 && k != 31) {
                cases.add(aCase("W" + k).week(k).female());
            }
        }
        return cases;
    }

    private static Set<String> cohortOf(SampleResult r) {
        Set<String> out = new java.util.HashSet<>();
        for (Cases.Builder b : cohortWeeks()) {
            var c = b.build();
            if (r.report().chosenWeeks().contains(CohortWeeks.weekBefore(F, c.startDate()))) {
                out.add(c.caseId());
            }
        }
        return out;
    }

    @Test
    void theDefaultCohortKeepsEveryCaseOfTheTwoWeeksWithNoCapAndShowsTheBoost() {
        SampleResult r = run(cohortWeeks(), SampleRequest.builder(SamplingMethod.PDU_COHORT, F).seed(1L)
                .minFemale(4).minEthnicMinority(0).minHighRosh(0).build());
        Set<String> cohort = cohortOf(r);
        assertThat(cohort).hasSize(24);
        // before: the default cap of 6 moved 2 of the busy practitioner's cases out, with no warning
        assertThat(ids(r)).hasSize(26).containsAll(cohort);
        assertThat(r.report().parameters()).containsEntry("max_per_practitioner", null);
        assertThat(r.report().practitioners().maxCasesOnePractitioner()).isEqualTo(8);
        assertThat(r.reserves()).noneMatch(ReserveCase::movedFromSample);
        assertThat(r.report().deviations()).hasSize(2).allSatisfy(d -> {
            assertThat(d.change()).isEqualTo("ADDED");
            assertThat(d.rules()).containsExactly("BOOST_FEMALE");
        });
        assertThat(r.report().deviationSummary())
                .isEqualTo("The sample departs from the published cohort: 2 cases added to meet the minimum for women.");
    }

    @Test
    void aCapGivenOnTheCommandLineMovesCasesOutAndEveryDepartureIsListedWithItsRule() throws Exception {
        SampleResult r = run(cohortWeeks(), SampleRequest.builder(SamplingMethod.PDU_COHORT, F).seed(1L)
                .minFemale(4).minEthnicMinority(0).minHighRosh(0).maxPerPractitioner(6).build());
        assertThat(r.sample()).hasSize(24);
        assertThat(r.report().deviations()).filteredOn(d -> d.change().equals("MOVED_TO_RESERVES")).hasSize(2)
                .allSatisfy(d -> assertThat(d.rules()).containsExactly("PRACTITIONER_CAP"));
        assertThat(r.report().deviationSummary()).isEqualTo("The sample departs from the published cohort: 2 cases"
                + " added to meet the minimum for women; 2 cases moved to reserves by the cap of 6 per practitioner.");
        JsonNode json = new ObjectMapper().readTree(SampleOutput.bytes(r, SampleOutput.REPORT_JSON));
        assertThat(json.path("deviations")).hasSize(4);
        assertThat(json.path("deviations").get(0).path("change").asText()).isEqualTo("ADDED");
        assertThat(json.path("deviations").get(3).path("rules").get(0).asText()).isEqualTo("PRACTITIONER_CAP");
        assertThat(json.path("deviation_summary").asText()).startsWith("The sample departs");
    }

    @Test
    void onlyTheShortlistHasAPractitionerCapByDefault() {
        for (SamplingMethod m : SamplingMethod.values()) {
            assertThat(m.defaultMaxPerPractitioner()).as(m.cliName())
                    .isEqualTo(m == SamplingMethod.STRATIFIED_SHORTLIST ? 6 : null);
        }
        assertThatThrownBy(() -> SampleRequest.builder(SamplingMethod.ROSH_THEMATIC, F).maxPerPractitioner(3).build()
                .validate()).hasMessageContaining("does not apply");
    }

    @Test
    void theTargetIsACeilingAndTheCohortsQuotaCasesAreChosenFirstInsideIt() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int k = 27; k <= 32; k++) {
            for (int i = 0; i < 15; i++) {
                cases.add(aCase("M" + k + "-" + i).week(k));
            }
        }
        cases.add(aCase("W29").week(29).female());
        cases.add(aCase("W30").week(30).female());
        cases.add(aCase("W27").week(27).female());
        SampleResult r = run(cases, SampleRequest.builder(SamplingMethod.PDU_COHORT, F).seed(3L).noQuotas()
                .minFemale(3).targetSize(20).build());
        // before: reduced to 20, then boosted past it
        assertThat(r.sample()).hasSize(20);
        assertThat(r.report().quotas().get(0).met()).isTrue();
        assertThat(r.report().deviations()).filteredOn(d -> d.change().equals("MOVED_TO_RESERVES"))
                .allSatisfy(d -> assertThat(d.rules()).containsExactly("TARGET"));
    }

    @Test
    void minimumsBeyondTheTargetAreReportedUnmetWithTheTargetAsCause() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Cases.Builder b = aCase("C" + String.format("%02d", i)).week(37 + i % 5);
            if (i % 3 == 0) {
                b.female();
            }
            if (i % 4 == 0) {
                b.minority();
            }
            cases.add(b);
        }
        SampleResult r = run(cases, SampleRequest.builder(SamplingMethod.QUALITY_IMPACT, F).seed(4L).noQuotas()
                .minFemale(8).minEthnicMinority(8).targetSize(10).build());
        assertThat(r.sample()).hasSize(10);
        assertThat(r.report().quotas()).filteredOn(q -> !q.met()).isNotEmpty()
                .allSatisfy(q -> assertThat(q.cause()).isEqualTo("TARGET"));
        assertThat(r.warnings()).anyMatch(w -> w.matches("The minimums need \\d+ cases, \\d+ more than the target of 10.*"));
    }

    @Test
    void aCohortAndACensusTakeNoFinitePopulationCorrectionAndADrawTakesItsOwnN() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int k = 27; k <= 32; k++) {
            for (int i = 0; i < 20; i++) {
                cases.add(aCase("C" + k + "-" + i).week(k));
            }
        }
        SampleReport.PrecisionSummary cohort = run(cases, SampleRequest.builder(SamplingMethod.PDU_COHORT, F)
                .seed(5L).noQuotas().build()).report().precision();
        assertThat(cohort.n()).isEqualTo(40);
        assertThat(cohort.population()).isNull(); // before: N = 120, every eligible case of the six weeks
        assertThat(cohort.basis()).contains("ongoing work");

        List<Cases.Builder> licences = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            licences.add(aCase("L" + i).type(SentenceType.LICENCE).highRosh().start(F.minusDays(20 + i)));
        }
        SampleReport.PrecisionSummary census = run(licences, SampleRequest.builder(SamplingMethod.ROSH_THEMATIC, F)
                .seed(6L).build()).report().precision();
        assertThat(census.margin95()).isGreaterThan(0.3); // before: 0.0
        assertThat(census.distinguishableBands()).noneMatch(SampleReport.BandBoundary::bandsDistinguishable);

        List<Cases.Builder> window = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            window.add(aCase("Q" + String.format("%03d", i)).week(37 + i % 5));
        }
        SampleReport.PrecisionSummary draw = run(window, SampleRequest.builder(SamplingMethod.QUALITY_IMPACT, F)
                .seed(7L).noQuotas().targetSize(50).build()).report().precision();
        assertThat(draw.population()).isEqualTo(200);
        assertThat(draw.finitePopulationCorrection()).isTrue();
    }

    @Test
    void aPairWithNoEligibleCaseIsNeverChosenWhileAPairWithCasesExists() {
        List<Cases.Builder> cases = new ArrayList<>();
        cases.add(aCase("ONLY-27").week(27));
        cases.add(aCase("ONLY-30").week(30));
        for (long seed = 0; seed < 40; seed++) {
            SampleResult r = run(cases, SampleRequest.builder(SamplingMethod.PDU_COHORT, F).seed(seed).noQuotas().build());
            assertThat(r.sample()).as("seed " + seed).isNotEmpty();
        }
    }

    @Test
    void anEmptyWindowWarnsWithTheCaseloadsDatesAndAFieldworkStartThatWouldWork() {
        List<Cases.Builder> cases = new ArrayList<>();
        LocalDate last = LocalDate.of(2024, 6, 30);
        for (int i = 0; i < 300; i++) {
            cases.add(aCase("C" + String.format("%03d", i)).start(last.minusDays(i)));
        }
        SampleResult r = run(cases, SampleRequest.builder(SamplingMethod.PDU_COHORT, F).seed(8L).noQuotas().build());
        assertThat(r.sample()).isEmpty();
        String suggested = WindowCheck.fieldworkStartEndingWindowOn(last, 27).toString();
        assertThat(r.warnings()).anyMatch(w -> w.startsWith("The window") && w.contains("holds no eligible cases")
                && w.contains("from " + last.minusDays(299) + " to " + last) && w.contains("Monday " + suggested));
        SampleResult retried = run(cases, SampleRequest.builder(SamplingMethod.PDU_COHORT, LocalDate.parse(suggested))
                .seed(8L).noQuotas().build());
        assertThat(retried.sample()).isNotEmpty();
        assertThat(retried.warnings()).noneMatch(w -> w.startsWith("The window"));
    }

    @Test
    void everyWarningIsASentence() {
        SampleResult r = run(List.of(aCase("A").week(28)), SampleRequest.builder(SamplingMethod.PDU_COHORT, F)
                .seed(9L).targetSize(5).build());
        assertThat(r.warnings()).isNotEmpty().allSatisfy(w -> assertThat(Character.isUpperCase(w.charAt(0))).isTrue());
    }
}
