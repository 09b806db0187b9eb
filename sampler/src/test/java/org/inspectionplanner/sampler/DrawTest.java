package org.inspectionplanner.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.inspectionplanner.sampler.Cases.F;
import static org.inspectionplanner.sampler.Cases.aCase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.inspectionplanner.data.caseload.Gender;
import org.inspectionplanner.data.caseload.RiskLevel;
import org.inspectionplanner.data.caseload.SentenceType;
import org.junit.jupiter.api.Test;

/** The drawing methods (quality-impact, omi2, stratified-shortlist, rosh-thematic) and reserves. */
class DrawTest {

    private static SampleResult run(List<Cases.Builder> cases, SampleRequest request) {
        return Sampler.sample(Cases.caseload(cases.toArray(Cases.Builder[]::new)), "t.csv", "x", request);
    }

    private static Map<String, Long> countBy(List<SampledCase> sample, java.util.function.Function<SampledCase, String> f) {
        return sample.stream().collect(Collectors.groupingBy(f, Collectors.counting()));
    }

    @Test
    void qualityImpactAllocatesInProportionToStrata() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            cases.add(aCase("A" + i).week(37 + i % 5).office("Office A"));
        }
        for (int i = 0; i < 20; i++) {
            cases.add(aCase("B" + i).week(37 + i % 5).office("Office B"));
        }
        SampleResult r = run(cases, SampleRequest.builder(SamplingMethod.QUALITY_IMPACT, F).seed(1L).noQuotas()
                .targetSize(20).build());
        assertThat(r.sample()).hasSize(20)
                .allSatisfy(s -> assertThat(s.selection()).containsExactly(Selection.STRATIFIED));
        assertThat(countBy(r.sample(), s -> s.record().office())).containsEntry("Office A", 15L)
                .containsEntry("Office B", 5L);
        // weight = eligible in stratum / sampled in stratum
        assertThat(r.sample()).allSatisfy(s -> assertThat(s.weight()).isEqualTo(4.0));
        assertThat(r.report().candidateWeeks()).hasSize(5);
        assertThat(r.report().candidatePairs()).isEmpty();
    }

    @Test
    void drawnSamplesKeepThePractitionerCapAndSayWhenTheyFallShort() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            cases.add(aCase("C" + String.format("%02d", i)).week(37 + i % 5).practitioner(i % 2 == 0 ? "PR-1" : "PR-2"));
        }
        SampleResult r = run(cases, SampleRequest.builder(SamplingMethod.QUALITY_IMPACT, F).seed(3L).noQuotas()
                .targetSize(20).maxPerPractitioner(6).build());
        assertThat(r.sample()).hasSize(12);
        assertThat(r.report().practitioners().maxCasesOnePractitioner()).isEqualTo(6);
        assertThat(r.warnings()).anyMatch(w -> w.contains("fewer than the target of 20"));
    }

    @Test
    void drawnSamplesBoostShortQuotasFromTheRestOfTheWindow() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int i = 0; i < 95; i++) {
            cases.add(aCase("M" + String.format("%02d", i)).week(37 + i % 5));
        }
        for (int i = 0; i < 5; i++) {
            cases.add(aCase("W" + i).week(38).female());
        }
        SampleResult r = run(cases, SampleRequest.builder(SamplingMethod.QUALITY_IMPACT, F).seed(2L).noQuotas()
                .minFemale(4).targetSize(20).build());
        assertThat(r.sample().stream().filter(s -> s.record().isFemale())).hasSize(4);
        assertThat(r.report().quotas().get(0).met()).isTrue();
        assertThat(r.sample()).filteredOn(s -> s.selection().contains(Selection.BOOST_FEMALE)).isNotEmpty();
    }

    @Test
    void omi2DefaultsToAMinimumOfHighRoshCasesAndAConfidenceBasedSize() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Cases.Builder b = aCase("C" + String.format("%03d", i)).week(39 + i % 14);
            if (i % 30 == 0) {
                b.highRosh();
            }
            cases.add(b);
        }
        SampleResult r = run(cases, SampleRequest.builder(SamplingMethod.OMI2, F).seed(3L).build());
        int expected = Precision.sampleSize(0.90, 0.10, 300);
        assertThat(r.report().parameters()).containsEntry("target_size", expected)
                .containsEntry("min_high_rosh", 10).containsEntry("confidence", 0.90);
        assertThat(r.report().quotas().get(2).achieved()).isEqualTo(10);
        assertThat(r.sample().size()).isGreaterThanOrEqualTo(expected);
    }

    @Test
    void reservesDefaultToTwentyPercentRoundedUpAndMirrorTheSampleStrata() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            cases.add(aCase("A" + String.format("%02d", i)).week(38).office("Office A"));
        }
        for (int i = 0; i < 20; i++) {
            cases.add(aCase("B" + String.format("%02d", i)).week(38).office("Office B"));
        }
        SampleRequest.Builder base = SampleRequest.builder(SamplingMethod.QUALITY_IMPACT, F).seed(4L).noQuotas()
                .targetSize(11);
        SampleResult byDefault = run(cases, base.build());
        assertThat(byDefault.reserves()).hasSize(3); // ceil(0.2 * 11)
        assertThat(byDefault.report().parameters()).containsEntry("reserves", 3);

        SampleResult five = run(cases, base.reserves(5).build());
        assertThat(five.reserves()).extracting(ReserveCase::rank).containsExactly(1, 2, 3, 4, 5);
        assertThat(five.reserves()).allSatisfy(res -> assertThat(res.replacesStratum()).isEqualTo(res.stratum()));
        assertThat(five.reserves().stream().filter(res -> res.record().office().equals("Office A"))).hasSize(4);
        Set<String> sampled = five.sample().stream().map(s -> s.record().caseId()).collect(Collectors.toSet());
        assertThat(five.reserves()).noneMatch(res -> sampled.contains(res.record().caseId()));
    }

    @Test
    void shortlistHasSixStrataIncludingOtherOrUnknownGenderAndBlankRoshCountsAsNonLow() {
        LocalDate from = F.minusDays(90);
        List<Cases.Builder> cases = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < 10; i++) {
            cases.add(aCase("F" + i).female().start(from.plusDays(n++ % 80)));
            cases.add(aCase("MCL" + i).rosh(RiskLevel.LOW).start(from.plusDays(n++ % 80)));
            cases.add(aCase("MCN" + i).rosh(null).start(from.plusDays(n++ % 80)));
            cases.add(aCase("MPL" + i).type(SentenceType.LICENCE).rosh(RiskLevel.LOW).start(from.plusDays(n++ % 80)));
            cases.add(aCase("MPN" + i).type(SentenceType.POST_SENTENCE_SUPERVISION).highRosh()
                    .start(from.plusDays(n++ % 80)));
            cases.add(aCase("O" + i).gender(i % 2 == 0 ? Gender.OTHER : null).start(from.plusDays(n++ % 80)));
        }
        SampleResult r = run(cases, SampleRequest.builder(SamplingMethod.STRATIFIED_SHORTLIST, F).seed(5L)
                .window(from, F.minusDays(1)).targetSize(12).build());
        assertThat(countBy(r.sample(), SampledCase::stratum)).containsOnly(
                Map.entry("FEMALE", 2L), Map.entry("MALE_COMMUNITY_LOW", 2L), Map.entry("MALE_COMMUNITY_NON_LOW", 2L),
                Map.entry("MALE_POST_CUSTODY_LOW", 2L), Map.entry("MALE_POST_CUSTODY_NON_LOW", 2L),
                Map.entry("OTHER_OR_UNKNOWN_GENDER", 2L));
        assertThat(r.sample()).filteredOn(s -> s.record().caseId().startsWith("MCN"))
                .allSatisfy(s -> assertThat(s.stratum()).isEqualTo("MALE_COMMUNITY_NON_LOW"));
        assertThat(r.reserves()).hasSize(3); // the 20% buffer
        assertThat(r.report().candidateWeeks()).isEmpty();
        assertThat(r.sample()).allSatisfy(s -> assertThat(s.cohortWeek()).isNull());
    }

    @Test
    void shortlistNeedsADateRange() {
        assertThatThrownBy(() -> run(List.of(aCase("A")),
                SampleRequest.builder(SamplingMethod.STRATIFIED_SHORTLIST, F).seed(1L).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--from");
    }

    @Test
    void shortlistCapsPractitionersAtSixAndMovesOverflowWithinTheOfficeFirst() {
        LocalDate from = F.minusDays(50);
        List<Cases.Builder> cases = new ArrayList<>();
        // Office 1: one busy practitioner (20 cases) and a colleague (2); Office 2 in the same PDU: 2 practitioners
        for (int i = 0; i < 20; i++) {
            cases.add(aCase("BUSY" + String.format("%02d", i)).practitioner("BUSY").office("Office 1")
                    .start(from.plusDays(i)));
        }
        for (int i = 0; i < 4; i++) {
            cases.add(aCase("COL" + i).practitioner("COLLEAGUE").office("Office 1").start(from.plusDays(i)));
            cases.add(aCase("O2A" + i).practitioner("O2A").office("Office 2").start(from.plusDays(i)));
            cases.add(aCase("O2B" + i).practitioner("O2B").office("Office 2").start(from.plusDays(i)));
        }
        SampleResult r = run(cases, SampleRequest.builder(SamplingMethod.STRATIFIED_SHORTLIST, F).seed(6L)
                .window(from, F.minusDays(1)).targetSize(16).build());
        Map<String, Long> perPractitioner = countBy(r.sample(), s -> s.record().practitionerId());
        // proportional: Office 1 gets 16 * 24/32 = 12 -> BUSY would take 10; capped at 6, overflow to COLLEAGUE (4)
        assertThat(perPractitioner).containsEntry("BUSY", 6L).containsEntry("COLLEAGUE", 4L);
        assertThat(perPractitioner.values()).allSatisfy(v -> assertThat(v).isLessThanOrEqualTo(6L));
        assertThat(r.sample()).hasSize(16);
    }

    @Test
    void shortlistAllocationIsDeterministicForASeed() {
        LocalDate from = F.minusDays(50);
        List<Cases.Builder> cases = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            cases.add(aCase("C" + i).practitioner("PR" + i % 7).office("Office " + i % 3).start(from.plusDays(i)));
        }
        SampleRequest request = SampleRequest.builder(SamplingMethod.STRATIFIED_SHORTLIST, F).seed(7L)
                .window(from, F.minusDays(1)).targetSize(10).build();
        assertThat(SampleOutput.files(run(cases, request))).usingRecursiveComparison()
                .isEqualTo(SampleOutput.files(run(cases, request)));
    }

    @Test
    void roshThematicTakesEveryCaseIgnoresTheCapAndRanksEstablishments() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            cases.add(aCase("L" + String.format("%02d", i)).type(SentenceType.LICENCE).highRosh()
                    .practitioner("ONE").office("Office " + (i % 3)).start(F.minusDays(10 + i))
                    .releasedFrom(i < 7 ? "HMP Alpha" : i < 10 ? "HMP Beta" : "HMP Gamma"));
        }
        SampleResult r = run(cases, SampleRequest.builder(SamplingMethod.ROSH_THEMATIC, F).seed(8L).build());
        assertThat(r.sample()).hasSize(12);
        assertThat(r.reserves()).isEmpty();
        assertThat(r.warnings()).isEmpty();
        assertThat(r.report().parameters()).containsEntry("max_per_practitioner", null);
        assertThat(r.report().establishments()).extracting(e -> e.establishment() + "=" + e.cases())
                .containsExactly("HMP Alpha=7", "HMP Beta=3", "HMP Gamma=2");
        assertThat(r.report().establishments().get(0).rank()).isEqualTo(1);
    }

    @Test
    void subSamplesAreSeededNestedAndSpreadAcrossOffices() {
        List<Cases.Builder> cases = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            cases.add(aCase("L" + String.format("%02d", i)).type(SentenceType.LICENCE).highRosh()
                    .office(i < 30 ? "Office A" : i < 50 ? "Office B" : "Office C").start(F.minusDays(10 + i)));
        }
        SampleRequest request = SampleRequest.builder(SamplingMethod.ROSH_THEMATIC, F).seed(9L)
                .subSample("PRISON_FILES", 12).subSample("POLICE_FILES", 24).subSample("INTERVIEWS", 6).build();
        SampleResult r = run(cases, request);
        Set<String> prison = members(r, "PRISON_FILES");
        Set<String> police = members(r, "POLICE_FILES");
        Set<String> interviews = members(r, "INTERVIEWS");
        assertThat(prison).hasSize(12);
        assertThat(police).hasSize(24).containsAll(prison);
        assertThat(prison).containsAll(interviews);
        assertThat(r.report().subSamples().get("PRISON_FILES").byOffice())
                .containsEntry("Office A", 6).containsEntry("Office B", 4).containsEntry("Office C", 2);
        assertThat(members(run(cases, request), "PRISON_FILES")).isEqualTo(prison);
        assertThat(members(run(cases, request.withSeed(10L)), "PRISON_FILES")).isNotEqualTo(prison);
    }

    private static Set<String> members(SampleResult r, String subSample) {
        Set<String> out = new HashSet<>();
        r.sample().stream().filter(s -> s.subSamples().contains(subSample)).forEach(s -> out.add(s.record().caseId()));
        return out;
    }

    @Test
    void anUnknownPduIsAUsageError() {
        assertThatThrownBy(() -> run(List.of(aCase("A")),
                SampleRequest.builder(SamplingMethod.PDU_COHORT, F).seed(1L).pdu("Nowhere").build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Nowhere");
    }
}
