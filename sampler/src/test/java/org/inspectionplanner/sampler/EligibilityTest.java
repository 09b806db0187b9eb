package org.inspectionplanner.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectionplanner.sampler.Cases.F;
import static org.inspectionplanner.sampler.Cases.aCase;
import static org.inspectionplanner.sampler.ExclusionReason.AGE_OUT_OF_SCOPE;
import static org.inspectionplanner.sampler.ExclusionReason.DUPLICATE_PERSON;
import static org.inspectionplanner.sampler.ExclusionReason.INSUFFICIENT_DELIVERY;
import static org.inspectionplanner.sampler.ExclusionReason.MULTIPLE_SENTENCES;
import static org.inspectionplanner.sampler.ExclusionReason.ONLY_RESTRICTIVE_REQUIREMENTS;
import static org.inspectionplanner.sampler.ExclusionReason.OUT_OF_SCOPE_REQUIREMENTS;
import static org.inspectionplanner.sampler.ExclusionReason.OUT_OF_SCOPE_SENTENCE;
import static org.inspectionplanner.sampler.ExclusionReason.RISK_OUT_OF_SCOPE;
import static org.inspectionplanner.sampler.ExclusionReason.SENTENCE_TOO_SHORT;
import static org.inspectionplanner.sampler.ExclusionReason.TERMINATED_WITHIN_7_DAYS;
import static org.inspectionplanner.sampler.ExclusionReason.UNDER_REVIEW;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.inspectionplanner.data.caseload.RiskLevel;
import org.inspectionplanner.data.caseload.SentenceType;
import org.inspectionplanner.data.caseload.Requirement;
import org.junit.jupiter.api.Test;

/** Scope and exclusion rules of every method, checked through the public API. */
class EligibilityTest {

    private static Map<String, List<ExclusionReason>> exclusions(SampleRequest request, Cases.Builder... cases) {
        SampleResult result = Sampler.sample(Cases.caseload(cases), "t.csv", "x", request);
        return result.exclusions().stream().collect(Collectors.toMap(Exclusion::caseId, Exclusion::reasons));
    }

    private static SampleRequest.Builder request(SamplingMethod method) {
        return SampleRequest.builder(method, F).seed(11L).noQuotas().allowAdjacentWeeks(true);
    }

    @Test
    void pduCohortScopeIsOrdersWithRarOrProgrammeAndPostReleaseSupervision() {
        var ex = exclusions(request(SamplingMethod.PDU_COHORT).build(),
                aCase("CO-RAR").requirements(Requirement.RAR, Requirement.UNPAID_WORK),
                aCase("SSO-AP").type(SentenceType.SUSPENDED_SENTENCE_ORDER).requirements(Requirement.ACCREDITED_PROGRAMME),
                aCase("CO-UPW").requirements(Requirement.UNPAID_WORK),
                aCase("CO-NONE").requirements(),
                aCase("LIC").type(SentenceType.LICENCE),
                aCase("PSS").type(SentenceType.POST_SENTENCE_SUPERVISION));
        assertThat(ex).containsOnlyKeys("CO-UPW", "CO-NONE");
        assertThat(ex.get("CO-UPW")).containsExactly(OUT_OF_SCOPE_REQUIREMENTS);
    }

    @Test
    void terminatedWithinSevenDaysIsExcludedAndEightDaysIsNot() {
        LocalDate start = Cases.weekStart(28);
        var ex = exclusions(request(SamplingMethod.PDU_COHORT).build(),
                aCase("T0").start(start).terminated(start),
                aCase("T7").start(start).terminated(start.plusDays(7)),
                aCase("T8").start(start).terminated(start.plusDays(8)));
        assertThat(ex).containsOnlyKeys("T0", "T7");
        assertThat(ex.get("T7")).containsExactly(TERMINATED_WITHIN_7_DAYS);
    }

    @Test
    void everyReasonThatAppliesIsListedScopeReasonsIncluded() {
        LocalDate start = Cases.weekStart(29);
        var ex = exclusions(request(SamplingMethod.PDU_COHORT).build(),
                aCase("ALL").start(start).requirements(Requirement.CURFEW).terminated(start.plusDays(3)).underReview());
        assertThat(ex.get("ALL")).containsExactly(OUT_OF_SCOPE_REQUIREMENTS, TERMINATED_WITHIN_7_DAYS, UNDER_REVIEW);
    }

    @Test
    void multipleSentencesCountsEverySentenceOfThePersonInTheEligiblePeriodInScopeOrNotAcrossPdus() {
        var ex = exclusions(request(SamplingMethod.PDU_COHORT).pdu("PDU-A").build(),
                aCase("A1").person("P1").week(27),
                aCase("B1").person("P1").week(31).pdu("PDU-B").underReview(),
                aCase("A2").person("P2").week(28),
                // issue 10 finding 4: an unpaid-work-only order is another sentence, so the RAR case A2 goes too
                aCase("A3").person("P2").week(30).requirements(Requirement.UNPAID_WORK),
                aCase("A4").person("P3").week(29).underReview(),
                aCase("A5").person("P3").week(32));
        // the other PDU's case makes A1 a multiple; B1 itself is not listed (another PDU)
        assertThat(ex.get("A1")).containsExactly(MULTIPLE_SENTENCES);
        assertThat(ex).doesNotContainKey("B1");
        assertThat(ex.get("A2")).containsExactly(MULTIPLE_SENTENCES);
        assertThat(ex.get("A3")).containsExactly(OUT_OF_SCOPE_REQUIREMENTS, MULTIPLE_SENTENCES);
        assertThat(ex.get("A4")).containsExactly(MULTIPLE_SENTENCES, UNDER_REVIEW);
        assertThat(ex.get("A5")).containsExactly(MULTIPLE_SENTENCES);
    }

    @Test
    void aPersonWhoseTwoCasesStraddleTheWindowEdgeHasOneSentenceInTheWindow() {
        var ex = exclusions(request(SamplingMethod.PDU_COHORT).build(),
                aCase("IN-27").person("P1").start(Cases.weekStart(27).plusDays(6)),
                aCase("OUT-26").person("P1").start(Cases.weekStart(27).plusDays(7)),
                aCase("IN-32").person("P2").start(Cases.weekStart(32)),
                aCase("OUT-33").person("P2").start(Cases.weekStart(32).minusDays(1)));
        assertThat(ex).isEmpty();
    }

    @Test
    void qualityImpactScopeAndDelivery() {
        LocalDate start = Cases.weekStart(39);
        var ex = exclusions(request(SamplingMethod.QUALITY_IMPACT).build(),
                aCase("PSS").week(38).type(SentenceType.POST_SENTENCE_SUPERVISION),
                aCase("LIC").week(38).type(SentenceType.LICENCE),
                aCase("UPW+CURFEW").week(38).requirements(Requirement.UNPAID_WORK, Requirement.CURFEW),
                aCase("ALL-FOUR").week(38).requirements(Requirement.UNPAID_WORK, Requirement.CURFEW,
                        Requirement.EXCLUSION, Requirement.ATTENDANCE_CENTRE),
                aCase("UPW+RAR").week(38).requirements(Requirement.UNPAID_WORK, Requirement.RAR),
                aCase("NO-REQ").week(38).requirements(),
                aCase("T27").start(start).terminated(start.plusDays(27)),
                aCase("T28").start(start).terminated(start.plusDays(28)),
                aCase("RECALL-20").start(start).type(SentenceType.LICENCE).recalled().terminated(start.plusDays(20)),
                aCase("RECALL-UNDATED").start(start).type(SentenceType.LICENCE).recalled(), // delivery counted to F
                aCase("REVIEW").week(40).underReview());
        assertThat(ex).containsOnlyKeys("PSS", "UPW+CURFEW", "ALL-FOUR", "T27", "RECALL-20", "REVIEW");
        assertThat(ex.get("PSS")).containsExactly(OUT_OF_SCOPE_SENTENCE);
        assertThat(ex.get("ALL-FOUR")).containsExactly(ONLY_RESTRICTIVE_REQUIREMENTS);
        assertThat(ex.get("T27")).containsExactly(INSUFFICIENT_DELIVERY);
        assertThat(ex.get("RECALL-20")).containsExactly(INSUFFICIENT_DELIVERY);
    }

    @Test
    void omi2ExcludesOnlyAttendanceCentreCurfewOrExclusionAndNeedsSixWeeks() {
        LocalDate start = Cases.weekStart(45);
        var ex = exclusions(request(SamplingMethod.OMI2).build(),
                aCase("CURFEW").week(40).requirements(Requirement.CURFEW),
                aCase("AC+EXCL").week(40).requirements(Requirement.ATTENDANCE_CENTRE, Requirement.EXCLUSION),
                aCase("UPW").week(40).requirements(Requirement.UNPAID_WORK),
                aCase("PSS").week(40).type(SentenceType.POST_SENTENCE_SUPERVISION),
                aCase("T41").start(start).terminated(start.plusDays(41)),
                aCase("T42").start(start).terminated(start.plusDays(42)),
                aCase("OUTSIDE").week(38).requirements(Requirement.CURFEW));
        assertThat(ex).containsOnlyKeys("CURFEW", "AC+EXCL", "T41");
        assertThat(ex.get("T41")).containsExactly(INSUFFICIENT_DELIVERY);
    }

    @Test
    void roshThematicTakesAdultHighRiskLicencesOfTwelveMonthsOrMoreWithAgeAtFieldworkStart() {
        LocalDate start = F.minusDays(100);
        var ex = exclusions(request(SamplingMethod.ROSH_THEMATIC).build(),
                aCase("OK").type(SentenceType.LICENCE).start(start).highRosh(),
                aCase("PSS").type(SentenceType.POST_SENTENCE_SUPERVISION).start(start).highRosh(),
                aCase("CO").start(start).highRosh(),
                aCase("AGE-20").type(SentenceType.LICENCE).start(start).highRosh().born(F.minusYears(21).plusDays(1)),
                // issue 10 finding 5: 20 at release, 21 when fieldwork starts: in the thematic's population
                aCase("AGE-21").type(SentenceType.LICENCE).start(start).highRosh().born(F.minusYears(21)),
                aCase("BLANK-MONTHS").type(SentenceType.LICENCE).start(start).highRosh().months(null),
                aCase("11-MONTHS").type(SentenceType.LICENCE).start(start).highRosh().months(11),
                aCase("MEDIUM").type(SentenceType.LICENCE).start(start).rosh(RiskLevel.MEDIUM),
                aCase("MAPPA-2").type(SentenceType.LICENCE).start(start).rosh(RiskLevel.LOW).mappaLevel(2),
                aCase("MAPPA-1").type(SentenceType.LICENCE).start(start).rosh(null).mappaLevel(1),
                aCase("VERY-HIGH").type(SentenceType.LICENCE).start(start).rosh(RiskLevel.VERY_HIGH));
        assertThat(ex).containsOnlyKeys("PSS", "CO", "AGE-20", "BLANK-MONTHS", "11-MONTHS", "MEDIUM", "MAPPA-1");
        assertThat(ex.get("PSS")).containsExactly(OUT_OF_SCOPE_SENTENCE);
        assertThat(ex.get("AGE-20")).containsExactly(AGE_OUT_OF_SCOPE);
        assertThat(ex.get("BLANK-MONTHS")).containsExactly(SENTENCE_TOO_SHORT);
        assertThat(ex.get("MEDIUM")).containsExactly(RISK_OUT_OF_SCOPE);
    }

    @Test
    void roshThematicDefaultPopulationIsEveryLicenceActiveAtFieldworkStart() {
        SampleResult result = Sampler.sample(Cases.caseload(
                aCase("FIRST-DAY").type(SentenceType.LICENCE).highRosh().start(F.minusDays(364)),
                // issue 10 finding 5: released 60 weeks before fieldwork and still on licence
                aCase("60-WEEKS").type(SentenceType.LICENCE).highRosh().start(F.minusDays(420)),
                aCase("DAY-BEFORE-F").type(SentenceType.LICENCE).highRosh().start(F.minusDays(1)),
                aCase("ON-F").type(SentenceType.LICENCE).highRosh().start(F),
                aCase("ENDED").type(SentenceType.LICENCE).highRosh().start(F.minusDays(200)).terminated(F.minusDays(1)),
                aCase("ENDS-ON-F").type(SentenceType.LICENCE).highRosh().start(F.minusDays(200)).terminated(F)),
                "t.csv", "x", request(SamplingMethod.ROSH_THEMATIC).build());
        assertThat(result.sample()).extracting(s -> s.record().caseId())
                .containsExactly("60-WEEKS", "DAY-BEFORE-F", "ENDS-ON-F", "FIRST-DAY");
        assertThat(result.exclusions()).isEmpty();
        assertThat(result.report().window().from()).isEqualTo(F.minusDays(420).toString());
        assertThat(result.report().window().to()).isEqualTo(F.minusDays(1).toString());
    }

    @Test
    void underReviewAppliesToEveryMethod() {
        for (SamplingMethod method : SamplingMethod.values()) {
            LocalDate start = method == SamplingMethod.ROSH_THEMATIC ? F.minusDays(30)
                    : Cases.weekStart(method.hasCandidateWeeks() ? method.firstWeek() : 10);
            var builder = request(method);
            if (method == SamplingMethod.STRATIFIED_SHORTLIST) {
                builder.window(F.minusDays(100), F);
            }
            var ex = exclusions(builder.build(),
                    aCase("R").type(SentenceType.LICENCE).highRosh().start(start).underReview());
            assertThat(ex.get("R")).as(method.cliName()).contains(UNDER_REVIEW);
        }
    }

    @Test
    void shortlistDuplicatesOfOnePersonKeepTheEarliestEligibleCase() {
        LocalDate from = F.minusDays(60);
        var ex = exclusions(request(SamplingMethod.STRATIFIED_SHORTLIST).window(from, F).build(),
                aCase("LATER").person("P1").start(from.plusDays(20)),
                aCase("EARLIEST").person("P1").start(from.plusDays(5)),
                aCase("SAME-DAY-B").person("P1").start(from.plusDays(5)),
                aCase("REVIEWED-FIRST").person("P2").start(from.plusDays(1)).underReview(),
                aCase("KEPT").person("P2").start(from.plusDays(2)));
        assertThat(ex).containsOnlyKeys("LATER", "SAME-DAY-B", "REVIEWED-FIRST");
        assertThat(ex.get("LATER")).containsExactly(DUPLICATE_PERSON);
        assertThat(ex.get("SAME-DAY-B")).containsExactly(DUPLICATE_PERSON);
        assertThat(ex.get("REVIEWED-FIRST")).containsExactly(UNDER_REVIEW);
    }

    @Test
    void aLaterCaseOfAPersonUnderReviewListsBothReasons() {
        // issue 10 finding 7: every reason that applies, DUPLICATE_PERSON included
        LocalDate from = F.minusDays(60);
        var ex = exclusions(request(SamplingMethod.STRATIFIED_SHORTLIST).window(from, F).build(),
                aCase("FIRST").person("P1").start(from.plusDays(1)),
                aCase("LATER-REVIEWED").person("P1").start(from.plusDays(9)).underReview(),
                aCase("BOTH-REVIEWED-1").person("P2").start(from.plusDays(1)).underReview(),
                aCase("BOTH-REVIEWED-2").person("P2").start(from.plusDays(3)).underReview());
        assertThat(ex.get("LATER-REVIEWED")).containsExactly(UNDER_REVIEW, DUPLICATE_PERSON);
        assertThat(ex.get("BOTH-REVIEWED-1")).containsExactly(UNDER_REVIEW);
        assertThat(ex.get("BOTH-REVIEWED-2")).containsExactly(UNDER_REVIEW, DUPLICATE_PERSON);
        assertThat(ex).doesNotContainKey("FIRST");
    }
}
