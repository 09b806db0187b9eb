package org.inspectionplanner.web.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.inspectionplanner.data.demo.CaseloadGenerator;
import org.inspectionplanner.data.demo.CaseloadSpec;
import org.inspectionplanner.data.demo.DemoData;
import org.inspectionplanner.data.io.CalendarCsv;
import org.inspectionplanner.data.io.CapacityCsv;
import org.inspectionplanner.data.io.CaseloadCsv;
import org.inspectionplanner.data.io.FieldworkPlanCsv;
import org.inspectionplanner.data.io.InspectionsCsv;
import org.inspectionplanner.data.io.RosterCsv;
import org.inspectionplanner.data.roster.Roster;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Writes a seeded synthetic data set that fits together: caseload.csv, fieldwork-plan.csv (for
 * {@code sample --fieldwork-plan}), inspectors.csv, inspections.csv, capacity.csv, calendar.csv.
 * The same options give byte-identical files. The caseload is streamed, so any size fits in memory.
 */
@Command(name = "demo-data", mixinStandardHelpOptions = true,
        description = "Write a seeded synthetic data set: caseload, fieldwork plan, roster, programme, capacity, calendar.")
public final class DemoDataCommand implements Callable<Integer> {

    /** The caseload's default length: 78 weeks, so that a year of fieldwork can look back 27-52 weeks. */
    static final int DEFAULT_WEEKS = 78;

    /** About 2 GB of caseload.csv: far beyond any real extract (the demo's 26 PDUs are 80,000 cases, 16 MB). */
    static final long MAX_CASES = 10_000_000;
    /** caseload.csv bytes per case, measured on the demo data (16,112,515 bytes for 79,981 cases). */
    static final double BYTES_PER_CASE = 201;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the files to (created if needed).")
    Path out;

    @Option(names = "--pdus", defaultValue = "26", description = "Probation delivery units (default ${DEFAULT-VALUE}).")
    int pdus;

    @Option(names = "--seed", defaultValue = "7", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--from", paramLabel = "DATE", description = "First start date of the caseload (default "
            + "2025-01-06, or 78 weeks before --to).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last start date of the caseload (default 2026-07-05, or 78 weeks after --from).")
    String to;

    @Option(names = "--weekly-mean", defaultValue = "40", paramLabel = "N",
            description = "Mean commencements per PDU per week (default ${DEFAULT-VALUE}).")
    double weeklyMean;

    @Option(names = "--inspectors", defaultValue = "40", description = "Inspectors in the roster (default ${DEFAULT-VALUE}).")
    int inspectors;

    @Option(names = "--inspections", defaultValue = "150", description = "Inspections in the programme (default ${DEFAULT-VALUE}).")
    int inspections;

    @Option(names = "--programme-weeks", defaultValue = "52", description = "Weeks of the programme, from the first fieldwork week (default ${DEFAULT-VALUE}).")
    int programmeWeeks;

    @Override
    public Integer call() throws IOException {
        CaseloadSpec caseloadSpec = new CaseloadSpec(seed, pdus, fromDate(), toDate(), weeklyMean);
        requireSaneSize(caseloadSpec);
        DemoData.Spec demoSpec = new DemoData.Spec(caseloadSpec, inspectors, inspections, programmeWeeks);
        // Checked before writing anything, so that bad dates leave no half-written folder.
        List<DemoData.PlannedFieldwork> plan = DemoData.fieldworkPlan(caseloadSpec, CaseloadGenerator.pduNames(caseloadSpec));
        Files.createDirectories(out);

        Set<String> practitioners = new LinkedHashSet<>();
        long[] rows = {0};
        try (CaseloadCsv.CaseRows caseRows = CaseloadCsv.open(out.resolve("caseload.csv"), List.of(), List.of())) {
            CaseloadGenerator.forEach(caseloadSpec, c -> {
                caseRows.write(c, List.of());
                if (c.hasPractitioner()) {
                    practitioners.add(c.practitionerId());
                }
                rows[0]++;
            });
        }
        DemoData data = DemoData.generate(demoSpec, List.of(), List.copyOf(practitioners));

        FieldworkPlanCsv.write(data.fieldworkPlan().stream().map(DemoData.PlannedFieldwork::row).toList(),
                out.resolve("fieldwork-plan.csv"));
        RosterCsv.write(new Roster("inspectors.csv", List.of(), data.inspectors()), out.resolve("inspectors.csv"));
        InspectionsCsv.write(data.programme().inspections(), out.resolve("inspections.csv"));
        CapacityCsv.write(data.programme().capacity(), out.resolve("capacity.csv"));
        CalendarCsv.write(data.programme().calendar(), out.resolve("calendar.csv"));

        PrintWriter o = spec.commandLine().getOut();
        o.printf(Locale.ROOT, "caseload.csv        %d cases, %d PDUs, start dates %s .. %s%n", rows[0], pdus, caseloadSpec.from(), caseloadSpec.to());
        o.printf(Locale.ROOT, "fieldwork-plan.csv  %d PDUs, fieldwork %s .. %s%n", plan.size(), plan.get(0).fieldworkStart(),
                plan.get(plan.size() - 1).fieldworkStart());
        o.printf(Locale.ROOT, "inspectors.csv      %d inspectors%n", data.inspectors().size());
        o.printf(Locale.ROOT, "inspections.csv     %d inspections from %s over %d weeks%n", data.programme().inspections().size(),
                data.programme().capacity().get(0).weekStart(), programmeWeeks);
        o.printf(Locale.ROOT, "capacity.csv        %d rows; calendar.csv %d blackout weeks%n", data.programme().capacity().size(),
                data.programme().calendar().size());
        o.printf(Locale.ROOT, "written to %s (seed %d)%n", out, seed);
        o.flush();
        return Cli.OK;
    }

    /**
     * A typo such as {@code --pdus 100000} would otherwise stream tens of gigabytes to disk before
     * anyone noticed; refuse it up front with the estimate.
     */
    private void requireSaneSize(CaseloadSpec caseloadSpec) {
        long weeks = ChronoUnit.DAYS.between(caseloadSpec.from(), caseloadSpec.to()) / 7 + 1;
        double cases = (double) pdus * weeks * weeklyMean;
        if (cases > MAX_CASES) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "--pdus %d with --weekly-mean %s over %d weeks would write about %,.0f cases (about %,.0f MB);"
                            + " the limit is %,d cases", pdus, weeklyMean, weeks, cases, cases * BYTES_PER_CASE / 1e6,
                    MAX_CASES));
        }
    }

    private LocalDate fromDate() {
        if (from != null) {
            return parse("--from", from);
        }
        return to != null ? parse("--to", to).minusWeeks(DEFAULT_WEEKS).plusDays(1) : CaseloadSpec.DEFAULT_FROM;
    }

    private LocalDate toDate() {
        if (to != null) {
            return parse("--to", to);
        }
        return from != null ? parse("--from", from).plusWeeks(DEFAULT_WEEKS).minusDays(1) : CaseloadSpec.DEFAULT_TO;
    }

    private static LocalDate parse(String option, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " must be a date like 2025-01-06, was '" + value + "'");
        }
    }
}
