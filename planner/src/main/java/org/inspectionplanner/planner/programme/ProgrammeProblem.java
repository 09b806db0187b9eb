package org.inspectionplanner.planner.programme;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.Inspectorate;
import org.inspectionplanner.data.programme.BlackoutWeek;
import org.inspectionplanner.data.programme.Inspection;
import org.inspectionplanner.data.programme.StaffCapacity;

/** Builds the planning problem from the programme's records: weeks, capacity grid, blackouts, inspections. */
public final class ProgrammeProblem {

    private ProgrammeProblem() {
    }

    /**
     * @param previous rows of a previous schedule (may be empty); rows for unknown inspections are ignored
     * @throws IllegalArgumentException if an inspection's fixed_start or a previous start is not a Monday,
     *                                  or an inspection id repeats
     */
    public static ProgrammeSchedule create(List<Inspection> inspections, List<StaffCapacity> capacity,
            List<BlackoutWeek> calendar, ProgrammeParameters parameters, Collection<PreviousStart> previous) {
        int horizon = parameters.horizonWeeks();
        List<Week> weeks = new ArrayList<>(horizon);
        for (int w = 0; w < horizon; w++) {
            weeks.add(new Week(w, parameters.from().plusWeeks(w)));
        }
        WeekIndex index = new WeekIndex(parameters.from(), weeks);

        Map<Inspectorate, int[]> staff = new EnumMap<>(Inspectorate.class);
        for (Inspectorate inspectorate : Inspectorate.values()) {
            staff.put(inspectorate, new int[horizon]);
        }
        for (StaffCapacity row : capacity) {
            int w = index.floor(row.weekStart());
            if (w >= 0 && w < horizon) {
                staff.get(row.inspectorate())[w] += row.staff(); // rows for the same week add up
            }
        }
        List<WeekCapacity> capacities = new ArrayList<>();
        staff.forEach((inspectorate, byWeek) -> {
            for (int w = 0; w < horizon; w++) {
                capacities.add(new WeekCapacity(inspectorate, weeks.get(w), byWeek[w]));
            }
        });

        List<Blackout> blackouts = new ArrayList<>();
        Set<Integer> seenBlackouts = new HashSet<>();
        for (BlackoutWeek b : calendar) {
            int w = index.floor(b.weekStart());
            if (w >= 0 && w < horizon && seenBlackouts.add(w)) {
                blackouts.add(new Blackout(weeks.get(w), b.reason()));
            }
        }

        Map<String, PreviousStart> previousById = new HashMap<>();
        for (PreviousStart p : previous == null ? List.<PreviousStart>of() : previous) {
            previousById.put(p.inspectionId(), p);
        }
        int noticeFirstWeek = index.ceil(parameters.earliestNoticedStart());
        List<ScheduledInspection> entities = new ArrayList<>(inspections.size());
        Set<String> ids = new HashSet<>();
        for (Inspection inspection : inspections) {
            if (!ids.add(inspection.inspectionId())) {
                throw new IllegalArgumentException("inspection_id " + inspection.inspectionId() + " appears twice");
            }
            int windowFirst = inspection.earliestStart() == null ? Integer.MIN_VALUE / 4
                    : index.ceil(inspection.earliestStart());
            int windowLast = horizon - 1;
            if (inspection.latestEnd() != null) {
                // the last fieldwork week's Friday must be on or before latest_end
                windowLast = Math.min(windowLast, index.floor(inspection.latestEnd().minusDays(4)));
            }
            Integer preferred = inspection.preferredStart() == null ? null : index.floor(inspection.preferredStart());
            PreviousStart prev = previousById.get(inspection.inspectionId());
            Week previousWeek = prev == null || prev.fieldworkStart() == null ? null
                    : index.week(monday(prev.fieldworkStart(), "previous fieldwork_start of " + inspection.inspectionId()));
            Week announced = inspection.fixedStart() == null ? null
                    : index.week(monday(inspection.fixedStart(), "fixed_start of " + inspection.inspectionId()));

            Week start;
            boolean pinned;
            if (announced != null) {
                start = announced;
                pinned = true;
            } else if (prev != null && prev.pinned() && previousWeek != null) {
                start = previousWeek;
                pinned = true;
            } else {
                // warm start from the previous week if it is in the horizon; the solver moves it if needed
                start = previousWeek != null && previousWeek.index() >= 0 && previousWeek.index() < horizon
                        ? previousWeek : null;
                pinned = false;
            }
            entities.add(new ScheduledInspection(inspection, inspection.area(), windowFirst, windowLast,
                    noticeFirstWeek, preferred, previousWeek == null ? null : previousWeek.index(), announced,
                    pinned, start, horizon));
        }
        return new ProgrammeSchedule(parameters, List.copyOf(weeks), List.copyOf(capacities), List.copyOf(blackouts),
                entities);
    }

    private static LocalDate monday(LocalDate date, String what) {
        if (date.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new IllegalArgumentException(what + " " + date + " is a " + date.getDayOfWeek() + ", not a Monday");
        }
        return date;
    }

    /** Week numbers relative to the horizon's first Monday. */
    record WeekIndex(LocalDate from, List<Week> weeks) {

        /** Index of the week containing the date. */
        int floor(LocalDate date) {
            return (int) Math.floorDiv(ChronoUnit.DAYS.between(from, date), 7);
        }

        /** Index of the first week starting on or after the date. */
        int ceil(LocalDate date) {
            return floor(date.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)));
        }

        /** The horizon's Week object for a Monday, or a new one outside the horizon. */
        Week week(LocalDate monday) {
            int i = floor(monday);
            return i >= 0 && i < weeks.size() ? weeks.get(i) : new Week(i, monday);
        }
    }
}
