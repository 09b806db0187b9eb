package org.inspectionplanner.planner.programme;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The planning horizon and rules of one scheduling run.
 *
 * @param from                  first Monday of the horizon
 * @param to                    last Monday of the horizon: the last fieldwork week starts on or before it
 * @param planDate              today; no fieldwork starts before planDate + noticeWeeks weeks
 * @param noticeWeeks           weeks of notice an inspected body is given (notice_date = start - noticeWeeks)
 * @param areaGapWeeks          minimum weeks between starts of two inspections of the same area
 * @param jointBurdenReachWeeks starts closer than areaGapWeeks + this still cost a little (soft)
 * @param weights               the soft constraints' weights
 */
public record ProgrammeParameters(LocalDate from, LocalDate to, LocalDate planDate, int noticeWeeks,
        int areaGapWeeks, int jointBurdenReachWeeks, ProgrammeWeights weights) {

    public static final int DEFAULT_NOTICE_WEEKS = 2;
    public static final int DEFAULT_AREA_GAP_WEEKS = 12;
    public static final int DEFAULT_JOINT_BURDEN_REACH_WEEKS = 8;
    /** Two years of weeks: the model is built for an annual programme. */
    public static final int MAX_HORIZON_WEEKS = 104;

    public ProgrammeParameters {
        Objects.requireNonNull(from, "--from is required");
        Objects.requireNonNull(to, "--to is required");
        Objects.requireNonNull(planDate, "--plan-date is required");
        weights = weights == null ? ProgrammeWeights.DEFAULT : weights;
        if (from.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("--from must be a Monday, got " + from + " (" + from.getDayOfWeek() + ")");
        }
        if (to.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("--to must be a Monday, got " + to + " (" + to.getDayOfWeek() + ")");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from);
        }
        if (ChronoUnit.WEEKS.between(from, to) + 1 > MAX_HORIZON_WEEKS) {
            throw new IllegalArgumentException("the horizon " + from + ".." + to + " is longer than "
                    + MAX_HORIZON_WEEKS + " weeks");
        }
        if (noticeWeeks < 0 || noticeWeeks > 52) {
            throw new IllegalArgumentException("--notice-weeks must be 0..52, got " + noticeWeeks);
        }
        if (areaGapWeeks < 0 || areaGapWeeks > 104) {
            throw new IllegalArgumentException("--area-gap-weeks must be 0..104, got " + areaGapWeeks);
        }
        if (jointBurdenReachWeeks < 0 || jointBurdenReachWeeks > 52) {
            throw new IllegalArgumentException("joint burden reach must be 0..52 weeks, got " + jointBurdenReachWeeks);
        }
    }

    /** The defaults for everything but the dates. */
    public static ProgrammeParameters of(LocalDate from, LocalDate to, LocalDate planDate) {
        return new ProgrammeParameters(from, to, planDate, DEFAULT_NOTICE_WEEKS, DEFAULT_AREA_GAP_WEEKS,
                DEFAULT_JOINT_BURDEN_REACH_WEEKS, ProgrammeWeights.DEFAULT);
    }

    public int horizonWeeks() {
        return (int) ChronoUnit.WEEKS.between(from, to) + 1;
    }

    /** The earliest date fieldwork may start given the notice. */
    public LocalDate earliestNoticedStart() {
        return planDate.plusWeeks(noticeWeeks);
    }

    public ProgrammeParameters withWeights(ProgrammeWeights w) {
        return new ProgrammeParameters(from, to, planDate, noticeWeeks, areaGapWeeks, jointBurdenReachWeeks, w);
    }
}
