package org.inspectionplanner.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.inspectionplanner.data.Inspectorate;
import org.inspectionplanner.data.roster.Inspector;
import org.inspectionplanner.data.roster.Roster;
import org.inspectionplanner.data.roster.Skill;

/** The inspector roster ({@code inspectors.csv}). See docs/formats.md. */
public final class RosterCsv {

    public static final List<String> COLUMNS = List.of("inspector_id", "name", "inspectorate", "role", "skills",
            "max_cases", "available_days", "conflict_pdus", "conflict_practitioners");

    /** Cases one inspector takes in one fieldwork when max_cases is blank or absent. */
    public static final int DEFAULT_MAX_CASES = 8;
    /** The inspectorate of an inspector whose row leaves it blank: rosters are for probation fieldwork. */
    public static final Inspectorate DEFAULT_INSPECTORATE = Inspectorate.PROBATION;

    private static final List<String> REQUIRED = List.of("inspector_id");
    private static final int INSPECTOR_ID = 0;
    private static final int NAME = 1;
    private static final int INSPECTORATE = 2;
    private static final int ROLE = 3;
    private static final int SKILLS = 4;
    private static final int MAX_CASES = 5;
    private static final int AVAILABLE_DAYS = 6;
    private static final int CONFLICT_PDUS = 7;
    private static final int CONFLICT_PRACTITIONERS = 8;

    static final Cells.EnumNames<Inspectorate> INSPECTORATES = new Cells.EnumNames<>(Inspectorate.class);
    private static final Cells.EnumNames<Skill> SKILL_NAMES = new Cells.EnumNames<>(Skill.class);

    private RosterCsv() {
    }

    public static Roster read(Path file) {
        try (Reader reader = CsvInput.open(file)) {
            return read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Roster read(InputStream in, String source) {
        return read(CsvInput.utf8(in), source);
    }

    public static Roster read(Reader reader, String source) {
        try (CsvInput in = CsvInput.start(reader, source, COLUMNS, REQUIRED)) {
            List<Inspector> inspectors = new ArrayList<>();
            FirstSeen ids = new FirstSeen();
            while (in.next()) {
                String id = in.required(INSPECTOR_ID);
                if (!id.isEmpty()) {
                    long before = ids.putIfAbsent(id, in.line());
                    if (before != 0) {
                        in.problem(INSPECTOR_ID, "inspector_id " + Cells.quote(id)
                                + " is used again; it must be unique and was first used on line " + before);
                    }
                }
                Inspectorate inspectorate = in.enumValue(INSPECTORATE, INSPECTORATES, false);
                Set<Skill> skills = EnumSet.noneOf(Skill.class);
                for (String part : CsvInput.split(in.text(SKILLS))) {
                    Skill skill = SKILL_NAMES.find(part);
                    if (skill == null) {
                        in.badValue(SKILLS, part, "skills are ;-separated, each " + SKILL_NAMES.expected());
                    } else {
                        skills.add(skill);
                    }
                }
                Integer maxCases = in.integer(MAX_CASES, false, 0, 1000);
                Set<LocalDate> days = new TreeSet<>();
                for (String part : CsvInput.split(in.text(AVAILABLE_DAYS))) {
                    LocalDate day = Cells.date(part);
                    if (day == null) {
                        in.badValue(AVAILABLE_DAYS, part, "available_days are ;-separated dates, each "
                                + Cells.DATE_EXPECTED.substring("expected ".length()));
                    } else {
                        days.add(day);
                    }
                }
                inspectors.add(new Inspector(id, in.optional(NAME),
                        inspectorate == null ? DEFAULT_INSPECTORATE : inspectorate, in.optional(ROLE), skills,
                        maxCases == null ? DEFAULT_MAX_CASES : maxCases, days,
                        new LinkedHashSet<>(CsvInput.split(in.text(CONFLICT_PDUS))),
                        new LinkedHashSet<>(CsvInput.split(in.text(CONFLICT_PRACTITIONERS))),
                        in.orderedExtras()));
            }
            in.finish();
            return new Roster(source, in.extraNames(), inspectors);
        }
    }

    public static void write(Roster roster, Path file) {
        try (CsvOutput out = CsvOutput.open(file)) {
            write(roster, out);
        }
    }

    public static void write(Roster roster, Appendable out) {
        CsvOutput csv = CsvOutput.to(out);
        write(roster, csv);
        csv.flush();
    }

    private static void write(Roster roster, CsvOutput out) {
        List<String> extras = roster.extraColumns();
        List<String> header = new ArrayList<>(COLUMNS);
        header.addAll(extras);
        out.row(header);
        for (Inspector i : roster.inspectors()) {
            List<String> v = new ArrayList<>(header.size());
            v.add(i.inspectorId());
            v.add(i.name());
            v.add(i.inspectorate().name());
            v.add(i.role());
            v.add(CaseloadCsv.joined(i.skills()));
            v.add(Integer.toString(i.maxCases()));
            v.add(sortedJoin(i.availableDays()));
            v.add(sortedJoin(i.conflictPdus()));
            v.add(sortedJoin(i.conflictPractitioners()));
            for (String column : extras) {
                v.add(i.extra().getOrDefault(column, ""));
            }
            out.row(v);
        }
    }

    /** Sets iterate in no fixed order: sort so that the same roster always gives the same bytes. */
    static <T extends Comparable<? super T>> String sortedJoin(Set<T> set) {
        List<T> list = new ArrayList<>(set);
        list.sort(null);
        StringBuilder sb = new StringBuilder();
        for (T t : list) {
            if (sb.length() > 0) {
                sb.append(';');
            }
            sb.append(t);
        }
        return sb.toString();
    }
}
