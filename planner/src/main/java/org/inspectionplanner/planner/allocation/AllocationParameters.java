package org.inspectionplanner.planner.allocation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The settings of one allocation: the fieldwork (a Monday start and a number of consecutive days,
 * weekends skipped), interview start times, the skill rule table, case weights and constraint weights.
 */
public record AllocationParameters(
        LocalDate fieldworkStart,
        int days,
        List<LocalTime> slotTimes,
        SkillRuleTable skillRules,
        CaseWeights caseWeights,
        AllocationWeights weights) {

    public static final int DEFAULT_DAYS = 4;
    public static final List<LocalTime> DEFAULT_SLOT_TIMES = List.of(
            LocalTime.of(9, 30), LocalTime.of(11, 15), LocalTime.of(14, 0), LocalTime.of(15, 45));

    public AllocationParameters {
        Objects.requireNonNull(fieldworkStart, "fieldworkStart");
        if (fieldworkStart.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException("fieldwork start " + fieldworkStart + " is a "
                    + fieldworkStart.getDayOfWeek() + ", not a Monday");
        }
        if (days < 1 || days > 20) {
            throw new IllegalArgumentException("fieldwork days must be 1 to 20, not " + days);
        }
        slotTimes = List.copyOf(slotTimes);
        if (slotTimes.isEmpty()) {
            throw new IllegalArgumentException("at least one interview slot time is needed");
        }
        if (new HashSet<>(slotTimes).size() != slotTimes.size()) {
            throw new IllegalArgumentException("interview slot times repeat: " + slotTimes);
        }
        skillRules = skillRules == null ? SkillRuleTable.defaults() : skillRules;
        caseWeights = caseWeights == null ? CaseWeights.defaults() : caseWeights;
        weights = weights == null ? AllocationWeights.defaults() : weights;
    }

    /** Defaults for everything but the fieldwork start. */
    public static AllocationParameters of(LocalDate fieldworkStart) {
        return new AllocationParameters(fieldworkStart, DEFAULT_DAYS, DEFAULT_SLOT_TIMES, null, null, null);
    }

    public AllocationParameters withDays(int newDays) {
        return new AllocationParameters(fieldworkStart, newDays, slotTimes, skillRules, caseWeights, weights);
    }

    public AllocationParameters withSlotTimes(List<LocalTime> times) {
        return new AllocationParameters(fieldworkStart, days, times, skillRules, caseWeights, weights);
    }

    public AllocationParameters withSkillRules(SkillRuleTable rules) {
        return new AllocationParameters(fieldworkStart, days, slotTimes, rules, caseWeights, weights);
    }

    public AllocationParameters withCaseWeights(CaseWeights newCaseWeights) {
        return new AllocationParameters(fieldworkStart, days, slotTimes, skillRules, newCaseWeights, weights);
    }

    public AllocationParameters withWeights(AllocationWeights newWeights) {
        return new AllocationParameters(fieldworkStart, days, slotTimes, skillRules, caseWeights, newWeights);
    }

    /** The fieldwork days: {@code days} working days from the start, skipping Saturdays and Sundays. */
    public List<LocalDate> fieldworkDays() {
        return IntStream.iterate(0, i -> i + 1)
                .mapToObj(fieldworkStart::plusDays)
                .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
                .limit(days)
                .toList();
    }
}
