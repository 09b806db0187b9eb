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
import org.inspectionplanner.data.programme.Alignment;
import org.inspectionplanner.data.programme.Inspection;
import org.inspectionplanner.data.programme.InspectionKind;
import org.inspectionplanner.data.programme.Tier;

/** The inspection programme ({@code inspections.csv}). See docs/formats.md. */
public final class InspectionsCsv {

    public static final List<String> COLUMNS = List.of("inspection_id", "title", "kind", "tier", "lead", "area",
            "fieldwork_weeks", "demand", "earliest_start", "latest_end", "priority", "preferred_start", "fixed_start",
            "pdus", "align_with", "align");

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
    private static final int PDUS = 13;
    private static final int ALIGN_WITH = 14;
    private static final int ALIGN = 15;

    private static final Cells.EnumNames<InspectionKind> KINDS = new Cells.EnumNames<>(InspectionKind.class);
    private static final Cells.EnumNames<Tier> TIERS = new Cells.EnumNames<>(Tier.class);
    private static final String DEMAND_EXPECTED =
            "demand is ;-separated INSPECTORATE:staff pairs, e.g. PROBATION:6;CONSTABULARY:2, staff a whole number"
                    + " of at least 1, each inspectorate once, one of " + String.join(", ",
                    List.of(Inspectorate.values()).stream().map(Enum::name).toList());

    private InspectionsCsv() {
    }

    /** The inspections of a file that was accepted, and what in it deserves a second look. */
    public record Read(List<Inspection> inspections, List<InputProblem> warnings) {
        public Read {
            inspections = List.copyOf(inspections);
            warnings = List.copyOf(warnings);
        }
    }

    public static List<Inspection> read(Path file) {
        return readWithWarnings(file).inspections();
    }

    public static Read readWithWarnings(Path file) {
        try (Reader reader = CsvInput.open(file)) {
            return readWithWarnings(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Inspection> read(InputStream in, String source) {
        return read(CsvInput.utf8(in), source);
    }

    public static List<Inspection> read(Reader reader, String source) {
        return readWithWarnings(reader, source).inspections();
    }

    /**
     * Reads every row, then checks what spans rows (unique ids, {@code align_with} naming another
     * inspection); all or nothing. A blank tier is inferred from the demand, with a warning.
     */
    public static Read readWithWarnings(Reader reader, String source) {
        try (CsvInput in = CsvInput.start(reader, source, COLUMNS, REQUIRED)) {
            List<Inspection> inspections = new ArrayList<>();
            List<InputProblem> warnings = new ArrayList<>();
            List<Long> alignLines = new ArrayList<>();
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
                if (tier == null && !demand.isEmpty()) {
                    tier = demand.size() > 1 ? Tier.JOINT : Tier.SOLE;
                    warnings.add(in.warning(TIER, "tier is blank; read as " + tier + " because the demand names "
                            + demand.size() + (demand.size() == 1 ? " inspectorate" : " inspectorates")
                            + "; give the tier to say which it is"));
                }
                checkStaffing(in, tier, lead, demand);
                List<String> pdus = pdus(in, kind);
                if (kind == InspectionKind.PDU_PROBATION && pdus.isEmpty()) {
                    warnings.add(in.warning(PDUS, "pdus is blank for a PDU_PROBATION inspection; no case sample"
                            + " will be planned for it (fieldwork-plan.csv has no row for it)"));
                }
                Alignment alignment = alignment(in, id);
                alignLines.add(in.line());
                inspections.add(new Inspection(id, in.optional(TITLE), kind, tier, lead, in.optional(AREA),
                        weeks == null ? 1 : weeks, demand, earliest, latest,
                        priority == null ? DEFAULT_PRIORITY : priority, preferred, fixed, pdus, alignment,
                        in.orderedExtras()));
            }
            Set<String> known = new java.util.HashSet<>();
            inspections.forEach(i -> known.add(i.inspectionId()));
            for (int i = 0; i < inspections.size(); i++) {
                Alignment a = inspections.get(i).alignment();
                if (a != null && !known.contains(a.withInspectionId())) {
                    in.problemOnRow(alignLines.get(i), ALIGN_WITH, "align_with " + Cells.quote(a.withInspectionId())
                            + " is not the inspection_id of any inspection in the file");
                }
            }
            in.finish();
            return new Read(inspections, warnings);
        }
    }

    /**
     * The lead inspectorate staffs its own inspection, and a jointly-owned inspection has staff of at
     * least two inspectorates (the 2007-08 plan's tiers: solely-owned or jointly-owned).
     */
    private static void checkStaffing(CsvInput in, Tier tier, Inspectorate lead, Map<Inspectorate, Integer> demand) {
        if (demand.isEmpty()) {
            return; // the demand cell itself was reported
        }
        if (lead != null && !demand.containsKey(lead)) {
            in.problem(LEAD, "lead " + lead + " does not staff its own inspection: demand is " + demandText(demand)
                    + "; add " + lead + " to the demand or name another lead");
        }
        if (tier == Tier.JOINT && demand.size() < 2) {
            in.problem(TIER, "tier JOINT needs staff of at least two inspectorates, but demand is only "
                    + demandText(demand) + "; add the partner inspectorates' staff or make the tier SOLE");
        }
    }

    /** The PDUs sampled: distinct names; a PDU inspection has one at most. */
    private static List<String> pdus(CsvInput in, InspectionKind kind) {
        List<String> pdus = CsvInput.split(in.text(PDUS));
        Set<String> seen = new LinkedHashSet<>();
        for (String pdu : pdus) {
            if (!seen.add(pdu)) {
                in.problem(PDUS, "pdus names " + Cells.quote(pdu) + " twice");
            }
        }
        if (kind == InspectionKind.PDU_PROBATION && seen.size() > 1) {
            in.problem(PDUS, "a PDU_PROBATION inspection samples one PDU, but pdus names " + seen.size()
                    + " (" + String.join("; ", seen) + "); make it a JOINT_AREA or JOINT_THEMATIC inspection"
                    + " to cover several");
        }
        return List.copyOf(seen);
    }

    /** align_with and align come together; the linked id is checked once every row is read. */
    private static Alignment alignment(CsvInput in, String id) {
        String with = in.text(ALIGN_WITH);
        String align = in.text(ALIGN);
        if (with.isEmpty() && align.isEmpty()) {
            return null;
        }
        if (with.isEmpty()) {
            in.problem(ALIGN_WITH, "align is " + Cells.quote(align) + " but align_with is blank; name the"
                    + " inspection_id to align with");
            return null;
        }
        if (with.equals(id)) {
            in.problem(ALIGN_WITH, "align_with names the inspection itself; name another inspection_id");
            return null;
        }
        Alignment parsed = Alignment.parse(with, align.isEmpty() ? "SAME_WEEK" : align);
        if (parsed == null) {
            in.badValue(ALIGN, align, Alignment.EXPECTED);
        }
        return parsed;
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
            v.add(String.join(";", i.pdus()));
            v.add(i.alignment() == null ? null : i.alignment().withInspectionId());
            v.add(i.alignment() == null ? null : i.alignment().text());
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
