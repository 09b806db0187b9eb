package org.inspectionplanner.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.Inspectorate;
import org.inspectionplanner.data.programme.Inspection;
import org.inspectionplanner.data.programme.InspectionKind;
import org.inspectionplanner.data.programme.Tier;

/** The inspection programme ({@code inspections.csv}). See docs/formats.md. */
public final class InspectionsCsv {

    public static final List<String> COLUMNS = List.of("inspection_id", "title", "kind", "tier", "lead", "area",
            "fieldwork_weeks", "demand", "earliest_start", "latest_end", "priority", "preferred_start", "fixed_start");

    /** Priority of an inspection whose row leaves it blank: the middle of 1 (most urgent) .. 5. */
    public static final int DEFAULT_PRIORITY = 3;

    private static final List<String> REQUIRED = List.of("inspection_id", "kind", "lead", "fieldwork_weeks",
            "demand", "earliest_start", "latest_end");
    private static final int INSPECTION_ID = 0;
    private static final int TITLE = 1;
    private static final int KIND = 2;
    private static final int TIER = 3;
    private static final int LEAD = 4;
    private static final int AREA = 5;
    private static final int FIELDWORK_WEEKS = 6;
    private static final int DEMAND = 7;
    private static final int EARLIEST_START = 8;
    private static final int LATEST_END = 9;
    private static final int PRIORITY = 10;
    private static final int PREFERRED_START = 11;
    private static final int FIXED_START = 12;

    private static final Cells.EnumNames<InspectionKind> KINDS = new Cells.EnumNames<>(InspectionKind.class);
    private static final Cells.EnumNames<Tier> TIERS = new Cells.EnumNames<>(Tier.class);
    private static final String DEMAND_EXPECTED =
            "demand is ;-separated INSPECTORATE:staff pairs, e.g. PROBATION:6;CONSTABULARY:2, staff a whole number"
                    + " of at least 1, each inspectorate once, one of " + String.join(", ",
                    List.of(Inspectorate.values()).stream().map(Enum::name).toList());

    private InspectionsCsv() {
    }

    public static List<Inspection> read(Path file) {
        try (Reader reader = CsvInput.open(file)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Inspection> read(InputStream in, String source) {
        return read(CsvInput.utf8(in), source);
    }

    public static List<Inspection> read(Reader reader, String source) {
        try (CsvInput in = CsvInput.start(reader, source, COLUMNS, REQUIRED)) {
            List<Inspection> inspections = new ArrayList<>();
            FirstSeen ids = new FirstSeen();
            while (in.next()) {
                String id = in.required(INSPECTION_ID);
                if (!id.isEmpty()) {
                    long before = ids.putIfAbsent(id, in.line());
                    if (before != 0) {
                        in.problem(INSPECTION_ID, "inspection_id " + Cells.quote(id)
                                + " is used again; it must be unique and was first used on line " + before);
                    }
                }
                InspectionKind kind = in.enumValue(KIND, KINDS, true);
                Tier tier = in.enumValue(TIER, TIERS, false);
                Inspectorate lead = in.enumValue(LEAD, RosterCsv.INSPECTORATES, true);
                Integer weeks = in.integer(FIELDWORK_WEEKS, true, 1, 52);
                Map<Inspectorate, Integer> demand = demand(in);
                LocalDate earliest = in.date(EARLIEST_START, true);
                LocalDate latest = in.date(LATEST_END, true);
                Integer priority = in.integer(PRIORITY, false, 1, 5);
                LocalDate preferred = in.monday(PREFERRED_START, false);
                LocalDate fixed = in.monday(FIXED_START, false);
                if (earliest != null && latest != null && latest.isBefore(earliest)) {
                    in.problem(LATEST_END, "latest_end " + latest + " is before earliest_start " + earliest);
                }
                if (tier == null) {
                    tier = demand.size() > 1 ? Tier.JOINT : Tier.SOLE;
                }
                inspections.add(new Inspection(id, in.optional(TITLE), kind, tier, lead, in.optional(AREA),
                        weeks == null ? 1 : weeks, demand, earliest, latest,
                        priority == null ? DEFAULT_PRIORITY : priority, preferred, fixed, in.orderedExtras()));
            }
            in.finish();
            return inspections;
        }
    }

    private static Map<Inspectorate, Integer> demand(CsvInput in) {
        String text = in.required(DEMAND);
        Map<Inspectorate, Integer> demand = new EnumMap<>(Inspectorate.class);
        for (String part : CsvInput.split(text)) {
            int colon = part.indexOf(':');
            Inspectorate who = colon < 0 ? null : RosterCsv.INSPECTORATES.find(part.substring(0, colon).trim());
            Integer staff = colon < 0 ? null : Cells.integer(part.substring(colon + 1).trim());
            if (who == null || staff == null || staff < 1 || demand.putIfAbsent(who, staff) != null) {
                in.badValue(DEMAND, part, DEMAND_EXPECTED);
            }
        }
        return demand;
    }

    public static void write(List<Inspection> inspections, Path file) {
        try (CsvOutput out = CsvOutput.open(file)) {
            write(inspections, out);
        }
    }

    public static void write(List<Inspection> inspections, Appendable out) {
        CsvOutput csv = CsvOutput.to(out);
        write(inspections, csv);
        csv.flush();
    }

    private static void write(List<Inspection> inspections, CsvOutput out) {
        Set<String> extras = new LinkedHashSet<>();
        inspections.forEach(i -> extras.addAll(i.extra().keySet()));
        List<String> header = new ArrayList<>(COLUMNS);
        header.addAll(extras);
        out.row(header);
        for (Inspection i : inspections) {
            List<String> v = new ArrayList<>(header.size());
            v.add(i.inspectionId());
            v.add(i.title());
            v.add(i.kind().name());
            v.add(i.tier().name());
            v.add(i.lead().name());
            v.add(i.area());
            v.add(Integer.toString(i.fieldworkWeeks()));
            v.add(demandText(i.demand()));
            v.add(CaseloadCsv.text(i.earliestStart()));
            v.add(CaseloadCsv.text(i.latestEnd()));
            v.add(Integer.toString(i.priority()));
            v.add(CaseloadCsv.text(i.preferredStart()));
            v.add(CaseloadCsv.text(i.fixedStart()));
            for (String column : extras) {
                v.add(i.extra().getOrDefault(column, ""));
            }
            out.row(v);
        }
    }

    /** {@code PROBATION:6;CONSTABULARY:2}, inspectorates in declaration order. */
    public static String demandText(Map<Inspectorate, Integer> demand) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Inspectorate, Integer> e : new EnumMap<>(demand).entrySet()) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(e.getKey().name()).append(':').append(e.getValue());
        }
        return sb.toString();
    }
}
