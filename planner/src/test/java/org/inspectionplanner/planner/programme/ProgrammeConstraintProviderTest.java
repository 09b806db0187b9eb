package org.inspectionplanner.planner.programme;

import static org.inspectionplanner.planner.programme.Fixtures.entity;
import static org.inspectionplanner.planner.programme.Fixtures.week;

import java.util.Map;
import org.inspectionplanner.data.Inspectorate;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

class ProgrammeConstraintProviderTest {

    private final ConstraintVerifier<ProgrammeConstraintProvider, ProgrammeSchedule> verifier = ConstraintVerifier
            .build(new ProgrammeConstraintProvider(), ProgrammeSchedule.class, ScheduledInspection.class)
            .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    private static final AreaRules RULES = new AreaRules(12, 8);

    // capacity

    @Test
    void capacityPenalisesStaffShortPerInspectorateAndWeek() {
        // two 2-week inspections overlap in week 3: probation demand 2 + 3 = 5 against 4 available
        var a = entity("A").weeks(2).demand(Map.of(Inspectorate.PROBATION, 2)).at(2).build();
        var b = entity("B").weeks(2).demand(Map.of(Inspectorate.PROBATION, 3, Inspectorate.PRISONS, 1)).at(3).build();
        verifier.verifyThat(ProgrammeConstraintProvider::capacity)
                .given(a, b,
                        new WeekCapacity(Inspectorate.PROBATION, week(2), 4),
                        new WeekCapacity(Inspectorate.PROBATION, week(3), 4),
                        new WeekCapacity(Inspectorate.PROBATION, week(4), 4),
                        new WeekCapacity(Inspectorate.PRISONS, week(3), 0),
                        new WeekCapacity(Inspectorate.PRISONS, week(4), 1))
                .penalizesBy(1 + 1); // probation week 3 short by 1, prisons week 3 short by 1
    }

    @Test
    void capacityAllowsDemandWithinStaff() {
        var a = entity("A").weeks(2).demand(Map.of(Inspectorate.PROBATION, 2)).at(2).build();
        var b = entity("B").weeks(2).demand(Map.of(Inspectorate.PROBATION, 2)).at(3).build();
        var unscheduled = entity("C").demand(Map.of(Inspectorate.PROBATION, 9)).unscheduled().build();
        verifier.verifyThat(ProgrammeConstraintProvider::capacity)
                .given(a, b, unscheduled,
                        new WeekCapacity(Inspectorate.PROBATION, week(2), 4),
                        new WeekCapacity(Inspectorate.PROBATION, week(3), 4),
                        new WeekCapacity(Inspectorate.PROBATION, week(4), 4))
                .penalizesBy(0);
    }

    // window

    @Test
    void windowPenalisesWeeksOutside() {
        var early = entity("A").window(5, 10).at(3).build();            // 2 weeks too early
        var late = entity("B").weeks(3).window(5, 10).at(9).build();    // weeks 9..11, 1 week too late
        verifier.verifyThat(ProgrammeConstraintProvider::window).given(early, late).penalizesBy(3);
    }

    @Test
    void windowAllowsFieldworkInside() {
        var a = entity("A").weeks(3).window(5, 10).at(8).build();
        var b = entity("B").window(5, 10).unscheduled().build();
        verifier.verifyThat(ProgrammeConstraintProvider::window).given(a, b).penalizesBy(0);
    }

    // blackout

    @Test
    void blackoutPenalisesEachFieldworkWeekInABlackout() {
        var a = entity("A").weeks(3).at(10).build();
        verifier.verifyThat(ProgrammeConstraintProvider::blackout)
                .given(a, new Blackout(week(11), "Easter"), new Blackout(week(12), "Easter"), new Blackout(week(13), "x"))
                .penalizesBy(2);
    }

    @Test
    void blackoutAllowsFieldworkAround() {
        var a = entity("A").weeks(3).at(8).build();
        var b = entity("B").weeks(2).at(12).build();
        verifier.verifyThat(ProgrammeConstraintProvider::blackout)
                .given(a, b, new Blackout(week(11), "Easter")).penalizesBy(0);
    }

    // area burden

    @Test
    void areaBurdenPenalisesOverlapAndShortGap() {
        var a = entity("A").area("Leeds").weeks(2).at(0).build();
        var b = entity("B").area("Leeds").weeks(2).at(5).build();   // 5 apart: 12 - 5 = 7 short
        var c = entity("C").area("Leeds").weeks(2).at(1).build();   // overlaps A: 11 short of the gap
        verifier.verifyThat(ProgrammeConstraintProvider::areaBurden)
                .given(a, b, c, RULES)
                .penalizesBy(7 + 11 + 8); // A-B 7, A-C 11, B-C (4 apart) 8
    }

    @Test
    void areaBurdenAllowsDistantStartsAndOtherOrNoArea() {
        var a = entity("A").area("Leeds").at(0).build();
        var b = entity("B").area("Leeds").at(12).build();
        var c = entity("C").area("York").at(1).build();
        var d = entity("D").at(0).build();
        var e = entity("E").at(0).build();
        verifier.verifyThat(ProgrammeConstraintProvider::areaBurden).given(a, b, c, d, e, RULES).penalizesBy(0);
    }

    // announced

    @Test
    void announcedPenalisesAMovedOrDroppedFixedStart() {
        var moved = entity("A").announced(4).build();
        moved.setStart(week(5));
        var dropped = entity("B").announced(4).build();
        dropped.setStart(null);
        verifier.verifyThat(ProgrammeConstraintProvider::announced).given(moved, dropped).penalizesBy(2);
    }

    @Test
    void announcedAllowsAFixedStartKept() {
        var kept = entity("A").announced(4).build();
        var free = entity("B").at(6).build();
        verifier.verifyThat(ProgrammeConstraintProvider::announced).given(kept, free).penalizesBy(0);
    }

    // notice

    @Test
    void noticePenalisesWeeksShort() {
        var a = entity("A").notice(3).at(1).build();
        verifier.verifyThat(ProgrammeConstraintProvider::notice).given(a).penalizesBy(2);
    }

    @Test
    void noticeAllowsEnoughNoticeAndPinnedRows() {
        var a = entity("A").notice(3).at(3).build();
        var announced = entity("B").notice(3).announced(1).build(); // already announced: notice was given
        verifier.verifyThat(ProgrammeConstraintProvider::notice).given(a, announced).penalizesBy(0);
    }

    // unscheduled

    @Test
    void unscheduledPenalisesSixMinusPriority() {
        var p1 = entity("A").priority(1).unscheduled().build();
        var p4 = entity("B").priority(4).unscheduled().build();
        verifier.verifyThat(ProgrammeConstraintProvider::unscheduled).given(p1, p4).penalizesBy(5 + 2);
    }

    @Test
    void unscheduledAllowsScheduled() {
        verifier.verifyThat(ProgrammeConstraintProvider::unscheduled)
                .given(entity("A").priority(1).at(0).build()).penalizesBy(0);
    }

    // urgency

    @Test
    void urgencyPenalisesDelayWeightedByPriority() {
        var p1 = entity("A").priority(1).window(2, 19).at(5).build(); // 3 weeks late x 5
        var p5 = entity("B").priority(5).notice(4).at(6).build();     // 2 weeks late x 1
        verifier.verifyThat(ProgrammeConstraintProvider::urgency).given(p1, p5).penalizesBy(15 + 2);
    }

    @Test
    void urgencyAllowsEarliestStartAndPinned() {
        var a = entity("A").priority(1).window(2, 19).at(2).build();
        var pinned = entity("B").priority(1).pinned().at(9).build();
        verifier.verifyThat(ProgrammeConstraintProvider::urgency).given(a, pinned).penalizesBy(0);
    }

    // preferred start

    @Test
    void preferredStartPenalisesWeeksAway() {
        var a = entity("A").preferred(6).at(3).build();
        verifier.verifyThat(ProgrammeConstraintProvider::preferredStart).given(a).penalizesBy(3);
    }

    @Test
    void preferredStartAllowsThePreferredWeek() {
        var a = entity("A").preferred(6).at(6).build();
        var none = entity("B").at(2).build();
        verifier.verifyThat(ProgrammeConstraintProvider::preferredStart).given(a, none).penalizesBy(0);
    }

    // level loading

    @Test
    void levelLoadingPenalisesPeaksMoreThanEvenLoad() {
        // both in week 1: (4^2)/4 = 4 staff -> 400 hundredths
        var a = entity("A").at(1).build();
        var b = entity("B").at(1).build();
        verifier.verifyThat(ProgrammeConstraintProvider::levelLoading)
                .given(a, b, new WeekCapacity(Inspectorate.PROBATION, week(1), 4),
                        new WeekCapacity(Inspectorate.PROBATION, week(2), 4))
                .penalizesBy(400);
    }

    @Test
    void levelLoadingIsLowerWhenSpread() {
        // one per week: 2 x (2^2)/4 = 2 staff -> 200 hundredths, half of the peaked schedule
        var a = entity("A").at(1).build();
        var b = entity("B").at(2).build();
        verifier.verifyThat(ProgrammeConstraintProvider::levelLoading)
                .given(a, b, new WeekCapacity(Inspectorate.PROBATION, week(1), 4),
                        new WeekCapacity(Inspectorate.PROBATION, week(2), 4))
                .penalizesBy(200);
    }

    // joint burden

    @Test
    void jointBurdenPenalisesCloserPairsMore() {
        var a = entity("A").area("Leeds").at(0).build();
        var b = entity("B").area("Leeds").at(13).build(); // 13 apart: 12 + 8 - 13 = 7
        verifier.verifyThat(ProgrammeConstraintProvider::jointBurden).given(a, b, RULES).penalizesBy(7);
    }

    @Test
    void jointBurdenAllowsPairsBeyondTheReachOrWithinTheGap() {
        var a = entity("A").area("Leeds").at(0).build();
        var far = entity("B").area("Leeds").at(19).build();
        var c = entity("C").area("York").at(0).build();
        var d = entity("D").area("York").at(5).build(); // inside the gap: the hard rule's business
        verifier.verifyThat(ProgrammeConstraintProvider::jointBurden).given(c, d, RULES).penalizesBy(0);
        verifier.verifyThat(ProgrammeConstraintProvider::jointBurden)
                .given(a, far, new AreaRules(12, 6)).penalizesBy(0); // reach 6: 18 weeks and beyond are free
    }

    // stability

    @Test
    void stabilityPenalisesWeeksMovedFromThePreviousSchedule() {
        var a = entity("A").previous(4).at(7).build();
        verifier.verifyThat(ProgrammeConstraintProvider::stability).given(a).penalizesBy(3);
    }

    @Test
    void stabilityAllowsUnmovedAndNewInspections() {
        var a = entity("A").previous(4).at(4).build();
        var b = entity("B").at(9).build();
        verifier.verifyThat(ProgrammeConstraintProvider::stability).given(a, b).penalizesBy(0);
    }

    // alignment (hard by default) and alignment preference (SOFT)

    @Test
    void alignmentPenalisesWeeksMissedByEachRelation() {
        var jar = entity("JAR").weeks(2).at(10).build();                           // weeks 10-11
        var same = entity("YOT1").aligned("JAR", "SAME_WEEK").at(13).build();        // 3 weeks off
        var sameWithin = entity("YOT2").aligned("JAR", "SAME_WEEK:1").at(12).build(); // 2 apart, 1 allowed: 1
        var before = entity("YOT3").weeks(2).aligned("JAR", "BEFORE:1").at(8).build(); // ends 9, JAR starts 10: gap 0 of 1
        var after = entity("YOT4").aligned("JAR", "AFTER").at(11).build();            // JAR still in week 11: 1
        verifier.verifyThat(ProgrammeConstraintProvider::alignment)
                .given(jar, same, sameWithin, before, after)
                .penalizesBy(3 + 1 + 1 + 1);
    }

    @Test
    void alignmentAllowsMetAlignmentsSoftOnesAndUnscheduledLinks() {
        var jar = entity("JAR").weeks(2).at(10).build();
        var same = entity("YOT1").aligned("JAR", "SAME_WEEK").at(10).build();
        var before = entity("YOT2").weeks(2).aligned("JAR", "BEFORE:2").at(6).build();   // ends 7, two weeks free
        var after = entity("YOT3").aligned("JAR", "AFTER:1").at(13).build();             // JAR ends 11, week 12 free
        var soft = entity("YOT4").aligned("JAR", "SAME_WEEK:SOFT").at(2).build();        // soft: not this rule
        var toNothing = entity("YOT5").aligned("GONE", "SAME_WEEK").at(2).build();
        var unscheduledLink = entity("JAR2").unscheduled().build();
        var toUnscheduled = entity("YOT6").aligned("JAR2", "SAME_WEEK").at(2).build();
        verifier.verifyThat(ProgrammeConstraintProvider::alignment)
                .given(jar, same, before, after, soft, toNothing, unscheduledLink, toUnscheduled)
                .penalizesBy(0);
    }

    @Test
    void alignmentPreferencePenalisesSoftAlignmentsOnly() {
        var jar = entity("JAR").weeks(2).at(10).build();
        var soft = entity("YOT1").aligned("JAR", "SAME_WEEK:SOFT").at(14).build();     // 4 weeks off
        var softGap = entity("YOT2").aligned("JAR", "AFTER:2:soft").at(13).build();    // needs 14: 1 short
        var hard = entity("YOT3").aligned("JAR", "SAME_WEEK:HARD").at(2).build();      // the hard rule's
        var met = entity("YOT4").aligned("JAR", "BEFORE:SOFT").at(9).build();
        verifier.verifyThat(ProgrammeConstraintProvider::alignmentPreference)
                .given(jar, soft, softGap, hard, met)
                .penalizesBy(4 + 1);
    }
}
