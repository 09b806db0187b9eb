package org.inspectionplanner.planner.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.Inspectorate;
import org.inspectionplanner.data.programme.Alignment;
import org.inspectionplanner.data.programme.Inspection;
import org.inspectionplanner.data.programme.InspectionKind;
import org.inspectionplanner.data.programme.Tier;

/** Small in-code programmes for the tests. Week 0 is Monday 5 January 2026. */
final class Fixtures {

    static final LocalDate FROM = LocalDate.of(2026, 1, 5);
    static final int HORIZON = 20;
    static final List<Week> WEEKS = weeks(HORIZON);

    private Fixtures() {
    }

    static List<Week> weeks(int n) {
        List<Week> weeks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            weeks.add(new Week(i, FROM.plusWeeks(i)));
        }
        return weeks;
    }

    static Week week(int i) {
        return WEEKS.get(i);
    }

    static Inspection inspection(String id, String area, int fieldworkWeeks, int priority,
            Map<Inspectorate, Integer> demand) {
        return inspection(id, area, fieldworkWeeks, priority, demand, null);
    }

    static Inspection inspection(String id, String area, int fieldworkWeeks, int priority,
            Map<Inspectorate, Integer> demand, Alignment alignment) {
        return new Inspection(id, "Inspection " + id, InspectionKind.JOINT_THEMATIC, Tier.JOINT,
                Inspectorate.PROBATION, area, fieldworkWeeks, demand, null, null, priority, null, null, List.of(),
                alignment, Map.of());
    }

    /** A builder for entities with the derived week limits set directly. */
    static Builder entity(String id) {
        return new Builder(id);
    }

    static final class Builder {
        private final String id;
        private String area;
        private int fieldworkWeeks = 1;
        private int priority = 3;
        private Map<Inspectorate, Integer> demand = Map.of(Inspectorate.PROBATION, 2);
        private int windowFirst = 0;
        private int windowLast = HORIZON - 1;
        private int noticeFirst = 0;
        private Integer preferred;
        private Integer previous;
        private Week announced;
        private boolean pinned;
        private Week start;
        private Alignment alignment;

        private Builder(String id) {
            this.id = id;
        }

        Builder area(String a) { area = a; return this; }
        Builder weeks(int w) { fieldworkWeeks = w; return this; }
        Builder priority(int p) { priority = p; return this; }
        Builder demand(Map<Inspectorate, Integer> d) { demand = d; return this; }
        Builder window(int first, int last) { windowFirst = first; windowLast = last; return this; }
        Builder notice(int first) { noticeFirst = first; return this; }
        Builder preferred(int w) { preferred = w; return this; }
        Builder previous(int w) { previous = w; return this; }
        Builder announced(int w) { announced = week(w); pinned = true; start = announced; return this; }
        Builder pinned() { pinned = true; return this; }
        Builder at(int w) { start = week(w); return this; }
        Builder unscheduled() { start = null; return this; }
        /** align_with {@code with}, align {@code align} as inspections.csv gives them. */
        Builder aligned(String with, String align) { alignment = Alignment.parse(with, align); return this; }

        ScheduledInspection build() {
            return new ScheduledInspection(inspection(id, area, fieldworkWeeks, priority, demand, alignment), area,
                    windowFirst, windowLast, noticeFirst, preferred, previous, announced, pinned, start, HORIZON);
        }
    }
}
