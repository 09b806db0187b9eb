package org.inspectionplanner.planner.programme;

import static org.optaplanner.core.api.score.stream.ConstraintCollectors.sum;
import static org.optaplanner.core.api.score.stream.Joiners.equal;
import static org.optaplanner.core.api.score.stream.Joiners.lessThan;
import static org.optaplanner.core.api.score.stream.Joiners.overlapping;

import org.inspectionplanner.data.Inspectorate;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;
import org.optaplanner.core.api.score.stream.quad.QuadConstraintStream;
import org.optaplanner.core.api.score.stream.uni.UniConstraintCollector;

/**
 * The rules of the joint inspection programme. Hard: capacity, window, blackout, area burden,
 * announced, notice, alignment. Medium: unscheduled (6 - priority each). Soft, weighted by
 * {@link ProgrammeConstraintConfiguration}: urgency, preferred start, level loading, joint burden, stability,
 * alignment preference.
 */
public class ProgrammeConstraintProvider implements ConstraintProvider {

    public static final String CAPACITY = "capacity";
    public static final String WINDOW = "window";
    public static final String BLACKOUT = "blackout";
    public static final String AREA_BURDEN = "area burden";
    public static final String ANNOUNCED = "announced";
    public static final String NOTICE = "notice";
    public static final String UNSCHEDULED = "unscheduled";
    public static final String ALIGNMENT = "alignment";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                capacity(factory),
                window(factory),
                blackout(factory),
                areaBurden(factory),
                announced(factory),
                notice(factory),
                alignment(factory),
                unscheduled(factory),
                urgency(factory),
                preferredStart(factory),
                levelLoading(factory),
                jointBurden(factory),
                stability(factory),
                alignmentPreference(factory)
        };
    }

    /** One collector instance, so that Bavet can share the weekly load between the rules that use it. */
    private static final UniConstraintCollector<WeekDemand, ?, Integer> STAFF = sum(WeekDemand::staff);

    /**
     * Staff demanded against staff available, per inspectorate and week with any demand. Each
     * inspection's demands are precomputed per start week; capacity and level loading build this
     * identically, so the engine can share the nodes.
     */
    private static QuadConstraintStream<Inspectorate, Integer, Integer, WeekCapacity> weeklyLoad(
            ConstraintFactory factory) {
        return factory.forEach(ScheduledInspection.class)
                .flattenLast(ScheduledInspection::demands)
                .groupBy(WeekDemand::inspectorate, WeekDemand::week, STAFF)
                .join(WeekCapacity.class,
                        equal((inspectorate, week, demand) -> inspectorate, WeekCapacity::inspectorate),
                        equal((inspectorate, week, demand) -> week, WeekCapacity::weekIndex));
    }

    /** Hard: for each inspectorate and week, staff demanded <= staff available (penalty: staff short). */
    Constraint capacity(ConstraintFactory factory) {
        return weeklyLoad(factory)
                .filter((inspectorate, week, demand, capacity) -> demand > capacity.staff())
                .penalize(HardMediumSoftLongScore.ONE_HARD,
                        (inspectorate, week, demand, capacity) -> demand - capacity.staff())
                .asConstraint(CAPACITY);
    }

    /** Hard: fieldwork inside [earliest_start, latest_end] and inside the horizon (penalty: weeks outside). */
    Constraint window(ConstraintFactory factory) {
        return factory.forEach(ScheduledInspection.class)
                .filter(i -> i.weeksOutsideWindow() > 0)
                .penalize(HardMediumSoftLongScore.ONE_HARD, ScheduledInspection::weeksOutsideWindow)
                .asConstraint(WINDOW);
    }

    /** Hard: no fieldwork week in a blackout week (penalty: one per week). */
    Constraint blackout(ConstraintFactory factory) {
        return factory.forEach(ScheduledInspection.class)
                .join(Blackout.class, overlapping(
                        ScheduledInspection::startIndex, i -> i.lastWeekIndex() + 1,
                        Blackout::weekIndex, b -> b.weekIndex() + 1))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(BLACKOUT);
    }

    /** Inspections of the same named area, each pair once. */
    private static BiConstraintStream<ScheduledInspection, ScheduledInspection> sameAreaPairs(ConstraintFactory factory) {
        return factory.forEach(ScheduledInspection.class)
                .filter(i -> i.getArea() != null)
                .join(factory.forEach(ScheduledInspection.class).filter(i -> i.getArea() != null),
                        equal(ScheduledInspection::getArea),
                        lessThan(ScheduledInspection::getId));
    }

    /**
     * Hard: two inspections of one area never overlap and start at least the area gap apart
     * (penalty: the larger of the weeks missing from the gap and the weeks of overlap).
     */
    Constraint areaBurden(ConstraintFactory factory) {
        return sameAreaPairs(factory)
                .join(AreaRules.class)
                .filter((a, b, rules) -> a.overlaps(b) || a.weeksBetweenStarts(b) < rules.gapWeeks())
                .penalize(HardMediumSoftLongScore.ONE_HARD, (a, b, rules) -> Math.max(1, Math.max(
                        rules.gapWeeks() - a.weeksBetweenStarts(b),
                        Math.min(a.lastWeekIndex(), b.lastWeekIndex()) - Math.max(a.startIndex(), b.startIndex()) + 1)))
                .asConstraint(AREA_BURDEN);
    }

    /** Hard: an announced inspection (fixed_start) starts on its fixed week (penalty: one per moved or dropped). */
    Constraint announced(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(ScheduledInspection.class)
                .filter(i -> i.getAnnouncedWeek() != null && !i.getAnnouncedWeek().equals(i.getStart()))
                .penalize(HardMediumSoftLongScore.ONE_HARD)
                .asConstraint(ANNOUNCED);
    }

    /** Hard: no fieldwork starts before plan date + notice weeks (penalty: weeks short). */
    Constraint notice(ConstraintFactory factory) {
        return factory.forEach(ScheduledInspection.class)
                .filter(i -> i.weeksShortOfNotice() > 0)
                .penalize(HardMediumSoftLongScore.ONE_HARD, ScheduledInspection::weeksShortOfNotice)
                .asConstraint(NOTICE);
    }

    /**
     * Scheduled inspections with an align_with and the scheduled inspection they name, where the
     * two miss their alignment. While either is unscheduled there is nothing to align (the
     * unscheduled rule already costs it).
     */
    private static BiConstraintStream<ScheduledInspection, ScheduledInspection> misaligned(ConstraintFactory factory) {
        return factory.forEach(ScheduledInspection.class)
                .filter(i -> i.getAlignment() != null)
                .join(ScheduledInspection.class,
                        equal(i -> i.getAlignment().withInspectionId(), ScheduledInspection::getId))
                .filter((i, linked) -> i.weeksOutOfAlignment(linked) > 0);
    }

    /** Hard: a hard alignment (the default) holds (penalty: weeks missed). */
    Constraint alignment(ConstraintFactory factory) {
        return misaligned(factory)
                .filter((i, linked) -> i.getAlignment().hard())
                .penalize(HardMediumSoftLongScore.ONE_HARD, ScheduledInspection::weeksOutOfAlignment)
                .asConstraint(ALIGNMENT);
    }

    /** Medium: every inspection scheduled; an unscheduled one costs 6 - priority. */
    Constraint unscheduled(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(ScheduledInspection.class)
                .filter(i -> !i.isScheduled())
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM, ScheduledInspection::importance)
                .asConstraint(UNSCHEDULED);
    }

    /** Soft: the more urgent, the earlier: (6 - priority) per week after its earliest possible start. */
    Constraint urgency(ConstraintFactory factory) {
        return factory.forEach(ScheduledInspection.class)
                .filter(i -> !i.isPinned() && delay(i) > 0)
                .penalizeConfigurable(i -> i.importance() * delay(i))
                .asConstraint(ProgrammeConstraintConfiguration.URGENCY);
    }

    static int delay(ScheduledInspection i) {
        return i.startIndex() - Math.max(0, Math.max(i.getWindowFirstWeek(), i.getNoticeFirstWeek()));
    }

    /** Soft: start close to preferred_start (penalty: weeks away). */
    Constraint preferredStart(ConstraintFactory factory) {
        return factory.forEach(ScheduledInspection.class)
                .filter(i -> i.getPreferredWeek() != null && !i.isPinned()
                        && i.startIndex() != i.getPreferredWeek())
                .penalizeConfigurable(i -> Math.abs(i.startIndex() - i.getPreferredWeek()))
                .asConstraint(ProgrammeConstraintConfiguration.PREFERRED_START);
    }

    /**
     * Soft: even weekly utilisation per inspectorate. Penalty demand^2 / available (in hundredths):
     * for a fixed total demand its sum is least when demand is proportional to the staff available,
     * i.e. when every week's utilisation is the same.
     */
    Constraint levelLoading(ConstraintFactory factory) {
        return weeklyLoad(factory)
                .filter((inspectorate, week, demand, capacity) -> capacity.staff() > 0)
                .penalizeConfigurableLong((inspectorate, week, demand, capacity) ->
                        100L * demand * demand / capacity.staff())
                .asConstraint(ProgrammeConstraintConfiguration.LEVEL_LOADING);
    }

    /**
     * Soft: an area visited again soon after the gap is still a burden: pairs starting within
     * gap + reach weeks cost (gap + reach - weeks apart), more the closer they are.
     */
    Constraint jointBurden(ConstraintFactory factory) {
        return sameAreaPairs(factory)
                .join(AreaRules.class)
                .filter((a, b, rules) -> a.weeksBetweenStarts(b) >= rules.gapWeeks()
                        && a.weeksBetweenStarts(b) < rules.gapWeeks() + rules.jointBurdenReachWeeks())
                .penalizeConfigurable((a, b, rules) ->
                        rules.gapWeeks() + rules.jointBurdenReachWeeks() - a.weeksBetweenStarts(b))
                .asConstraint(ProgrammeConstraintConfiguration.JOINT_BURDEN);
    }

    /** Soft: an alignment marked SOFT holds where it can (penalty: weeks missed). */
    Constraint alignmentPreference(ConstraintFactory factory) {
        return misaligned(factory)
                .filter((i, linked) -> !i.getAlignment().hard())
                .penalizeConfigurable(ScheduledInspection::weeksOutOfAlignment)
                .asConstraint(ProgrammeConstraintConfiguration.ALIGNMENT_PREFERENCE);
    }

    /** Soft: an inspection of the previous schedule keeps its start (penalty: weeks moved). */
    Constraint stability(ConstraintFactory factory) {
        return factory.forEach(ScheduledInspection.class)
                .filter(i -> i.getPreviousWeek() != null && !i.isPinned()
                        && i.startIndex() != i.getPreviousWeek())
                .penalizeConfigurable(i -> Math.abs(i.startIndex() - i.getPreviousWeek()))
                .asConstraint(ProgrammeConstraintConfiguration.STABILITY);
    }
}
