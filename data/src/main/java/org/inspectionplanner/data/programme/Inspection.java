package org.inspectionplanner.data.programme;

import java.time.LocalDate;
import java.util.Map;
import org.inspectionplanner.data.Inspectorate;

/**
 * An inspection to schedule: it occupies {@code fieldworkWeeks} consecutive weeks, in each of which
 * it needs {@code demand} staff of each named inspectorate. {@code area}, {@code preferredStart}
 * and {@code fixedStart} may be {@code null}; priority 1 is the most urgent, 5 the least.
 */
public record Inspection(
        String inspectionId,
        String title,
        InspectionKind kind,
        Tier tier,
        Inspectorate lead,
        String area,
        int fieldworkWeeks,
        Map<Inspectorate, Integer> demand,
        LocalDate earliestStart,
        LocalDate latestEnd,
        int priority,
        LocalDate preferredStart,
        LocalDate fixedStart,
        Map<String, String> extra) {

    public Inspection {
        demand = demand == null ? Map.of() : Map.copyOf(demand);
        extra = extra == null || extra.isEmpty() ? Map.of() : extra;
    }

    public boolean isFixed() {
        return fixedStart != null;
    }
}
