package org.inspectionplanner.data.programme;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.Inspectorate;

/**
 * An inspection to schedule: it occupies {@code fieldworkWeeks} consecutive weeks, in each of which
 * it needs {@code demand} staff of each named inspectorate. {@code area}, {@code preferredStart},
 * {@code fixedStart} and {@code alignment} may be {@code null}; priority 1 is the most urgent, 5 the
 * least. {@code pdus} are the probation delivery units whose cases it samples (one for a PDU
 * inspection, several for an area or thematic one, none when it draws no probation case sample).
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
        List<String> pdus,
        Alignment alignment,
        Map<String, String> extra) {

    public Inspection {
        demand = demand == null ? Map.of() : Map.copyOf(demand);
        pdus = pdus == null ? List.of() : List.copyOf(pdus);
        extra = extra == null || extra.isEmpty() ? Map.of() : extra;
    }

    /** An inspection that samples no PDU and is aligned with no other. */
    public Inspection(String inspectionId, String title, InspectionKind kind, Tier tier, Inspectorate lead, String area,
            int fieldworkWeeks, Map<Inspectorate, Integer> demand, LocalDate earliestStart, LocalDate latestEnd,
            int priority, LocalDate preferredStart, LocalDate fixedStart, Map<String, String> extra) {
        this(inspectionId, title, kind, tier, lead, area, fieldworkWeeks, demand, earliestStart, latestEnd, priority,
                preferredStart, fixedStart, List.of(), null, extra);
    }

    public boolean isFixed() {
        return fixedStart != null;
    }
}
