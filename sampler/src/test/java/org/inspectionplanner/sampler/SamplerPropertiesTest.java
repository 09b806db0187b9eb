package org.inspectionplanner.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectionplanner.sampler.Cases.F;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.sampler.report.SampleReport;

/** Properties over generated caseloads (each try is a fresh seeded caseload). */
class SamplerPropertiesTest {

    @Property(tries = 60)
    void theSampleAndReservesNeverHoldAnExcludedCase(@ForAll long caseloadSeed, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 4) int methodIndex, @ForAll @IntRange(min = 20, max = 300) int rows) {
        SamplingMethod method = SamplingMethod.values()[methodIndex];
        Caseload caseload = RandomCaseloads.generate(caseloadSeed, rows);
        SampleResult r = Sampler.sample(caseload, "c.csv", "s", ReproducibilityTest.request(method, seed));
        Set<String> excluded = new HashSet<>();
        r.exclusions().forEach(e -> excluded.add(e.caseId()));
        r.sample().forEach(s -> {
            assertThat(excluded).doesNotContain(s.record().caseId());
            assertThat(s.record().pdu()).isEqualTo("PDU-A");
        });
        r.reserves().forEach(res -> assertThat(excluded).doesNotContain(res.record().caseId()));
        assertThat(r.report().counts().eligible() + r.exclusions().size()).isEqualTo(r.report().counts().inWindow());
    }

    @Property(tries = 60)
    void quotasAreMetWheneverTheWindowCanSupplyThem(@ForAll long caseloadSeed, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 3) int methodIndex, @ForAll @IntRange(min = 0, max = 15) int minimum,
            @ForAll @IntRange(min = 20, max = 300) int rows) {
        SamplingMethod method = new SamplingMethod[]{SamplingMethod.PDU_COHORT, SamplingMethod.QUALITY_IMPACT,
                SamplingMethod.OMI2, SamplingMethod.STRATIFIED_SHORTLIST}[methodIndex];
        Caseload caseload = RandomCaseloads.generate(caseloadSeed, rows);
        SampleRequest.Builder b = SampleRequest.builder(method, F).seed(seed).pdu("PDU-B")
                .minFemale(minimum).minEthnicMinority(minimum).minHighRosh(minimum).maxPerPractitioner(1000);
        if (method == SamplingMethod.STRATIFIED_SHORTLIST) {
            b.window(F.minusDays(150), F.minusDays(1)).targetSize(10);
        }
        SampleResult r = Sampler.sample(caseload, "c.csv", "s", b.build());
        for (SampleReport.QuotaResult q : r.report().quotas()) {
            if ("TARGET".equals(q.cause())) {
                // the target is a ceiling: only the quota minimums together can outgrow it
                assertThat(r.sample()).hasSize(r.report().parameters().get("target_size") instanceof Integer t ? t : -1);
                assertThat(r.warnings()).anyMatch(w -> w.contains("more than the target"));
                continue;
            }
            assertThat(q.met()).as(q.name()).isEqualTo(q.available() >= q.minimum());
            assertThat(q.achieved()).isGreaterThanOrEqualTo(Math.min(q.minimum(), q.available()));
        }
    }

    /** Issue 10 finding 2: the target is a budget of inspector time, a ceiling for every method. */
    @Property(tries = 100)
    void theSampleNeverExceedsTheTarget(@ForAll long caseloadSeed, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 4) int methodIndex, @ForAll @IntRange(min = 1, max = 60) int target,
            @ForAll @IntRange(min = 0, max = 12) int minimum, @ForAll @IntRange(min = 20, max = 400) int rows,
            @ForAll boolean topUp) {
        SamplingMethod method = SamplingMethod.values()[methodIndex];
        SampleRequest.Builder b = SampleRequest.builder(method, F).seed(seed).pdu("PDU-A").targetSize(target)
                .minFemale(minimum).minEthnicMinority(minimum).minHighRosh(minimum)
                .topUp(topUp && method == SamplingMethod.PDU_COHORT);
        if (method == SamplingMethod.STRATIFIED_SHORTLIST) {
            b.window(F.minusDays(200), F.minusDays(1));
        }
        SampleResult r = Sampler.sample(RandomCaseloads.generate(caseloadSeed, rows), "c.csv", "s", b.build());
        assertThat(r.sample().size()).isLessThanOrEqualTo(target);
    }

    /**
     * Issue 10 finding 1: with every minimum at 0 and no cap or target, pdu-cohort's sample is exactly the
     * published cohort: every eligible case of the two chosen weeks, nothing added, nothing moved.
     */
    @Property(tries = 100)
    void withNoQuotasCapOrTargetTheSampleIsExactlyTheCohort(@ForAll long caseloadSeed, @ForAll long seed,
            @ForAll @IntRange(min = 20, max = 400) int rows) {
        Caseload caseload = RandomCaseloads.generate(caseloadSeed, rows);
        SampleResult r = Sampler.sample(caseload, "c.csv", "s",
                SampleRequest.builder(SamplingMethod.PDU_COHORT, F).seed(seed).pdu("PDU-A").noQuotas().build());
        Set<String> excluded = new HashSet<>();
        r.exclusions().forEach(e -> excluded.add(e.caseId()));
        Set<Integer> chosen = new HashSet<>(r.report().chosenWeeks());
        Set<String> cohort = new HashSet<>();
        for (CaseRecord c : caseload.cases()) {
            if (c.pdu().equals("PDU-A") && chosen.contains(CohortWeeks.weekBefore(F, c.startDate()))
                    && !excluded.contains(c.caseId())) {
                cohort.add(c.caseId());
            }
        }
        Set<String> sampled = new HashSet<>();
        r.sample().forEach(s -> sampled.add(s.record().caseId()));
        assertThat(sampled).isEqualTo(cohort);
        assertThat(r.report().deviations()).isEmpty();
        assertThat(r.report().deviationSummary()).isNull();
        assertThat(r.reserves()).noneMatch(ReserveCase::movedFromSample);
    }

    @Property(tries = 60)
    void unmetQuotasAreExplainedByTheWindowOrTheCap(@ForAll long caseloadSeed, @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 3) int cap, @ForAll @IntRange(min = 20, max = 300) int rows) {
        Caseload caseload = RandomCaseloads.generate(caseloadSeed, rows);
        SampleResult r = Sampler.sample(caseload, "c.csv", "s", SampleRequest.builder(SamplingMethod.PDU_COHORT, F)
                .seed(seed).minFemale(6).minEthnicMinority(6).minHighRosh(6).maxPerPractitioner(cap).build());
        for (SampleReport.QuotaResult q : r.report().quotas()) {
            if (!q.met()) {
                assertThat(q.reason()).isNotBlank();
                assertThat(r.warnings()).anyMatch(w -> w.contains(q.name()));
            }
        }
        assertThat(r.report().practitioners().maxCasesOnePractitioner()).isLessThanOrEqualTo(cap);
    }

    @Property(tries = 60)
    void theCohortHoldsEveryEligibleCaseOfTheChosenWeeksUnlessMovedToReserves(@ForAll long caseloadSeed,
            @ForAll long seed, @ForAll @IntRange(min = 20, max = 400) int rows,
            @ForAll @IntRange(min = 0, max = 30) int target, @ForAll @IntRange(min = 1, max = 8) int cap) {
        Caseload caseload = RandomCaseloads.generate(caseloadSeed, rows);
        SampleRequest.Builder b = SampleRequest.builder(SamplingMethod.PDU_COHORT, F).seed(seed).pdu("PDU-A")
                .maxPerPractitioner(cap);
        if (target > 0) {
            b.targetSize(target);
        }
        SampleResult r = Sampler.sample(caseload, "c.csv", "s", b.build());
        Set<String> excluded = new HashSet<>();
        r.exclusions().forEach(e -> excluded.add(e.caseId()));
        Set<String> sampled = new HashSet<>();
        r.sample().forEach(s -> sampled.add(s.record().caseId()));
        Set<String> moved = new HashSet<>();
        r.reserves().stream().filter(ReserveCase::movedFromSample).forEach(res -> moved.add(res.record().caseId()));
        Set<Integer> chosen = new HashSet<>(r.report().chosenWeeks());
        for (CaseRecord c : caseload.cases()) {
            int week = CohortWeeks.weekBefore(F, c.startDate());
            if (c.pdu().equals("PDU-A") && chosen.contains(week) && !excluded.contains(c.caseId())) {
                assertThat(sampled.contains(c.caseId()) || moved.contains(c.caseId())).as(c.caseId()).isTrue();
            }
        }
        if (target > 0) {
            assertThat(r.sample().size()).isLessThanOrEqualTo(target);
        }
    }
}
