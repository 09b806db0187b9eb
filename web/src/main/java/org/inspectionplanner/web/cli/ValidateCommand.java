package org.inspectionplanner.web.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.inspectionplanner.data.caseload.CaseloadSummary;
import org.inspectionplanner.data.io.CalendarCsv;
import org.inspectionplanner.data.io.CapacityCsv;
import org.inspectionplanner.data.io.Caseloads;
import org.inspectionplanner.data.io.InputProblem;
import org.inspectionplanner.data.io.InputSummaries;
import org.inspectionplanner.data.io.InspectionsCsv;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.data.io.RosterCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Checks input files and prints a summary of each. Every file named is checked even when an
 * earlier one fails; any failure makes the exit code 2, with every problem on stderr. Warnings (a
 * blank tier inferred, say) go to stderr too but leave the file accepted.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check input files and print a summary of each (errors: exit code 2).")
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--caseload", paramLabel = "FILE",
            description = "Caseload extract: caseload CSV, or the MoJ long list as JSON or CSV.")
    Path caseload;

    @Option(names = "--inspectors", paramLabel = "FILE", description = "Inspector roster CSV.")
    Path inspectors;

    @Option(names = "--inspections", paramLabel = "FILE", description = "Inspection programme CSV.")
    Path inspections;

    @Option(names = "--capacity", paramLabel = "FILE", description = "Staff capacity CSV.")
    Path capacity;

    @Option(names = "--calendar", paramLabel = "FILE", description = "Blackout weeks CSV.")
    Path calendar;

    @Override
    public Integer call() {
        if (caseload == null && inspectors == null && inspections == null && capacity == null && calendar == null) {
            throw new IllegalArgumentException(
                    "name at least one file: --caseload, --inspectors, --inspections, --capacity or --calendar");
        }
        boolean ok = true;
        ok &= check("--caseload", caseload, InputKind.CASELOAD, f -> CaseloadSummary.of(Caseloads.read(f)).lines());
        ok &= check("--inspectors", inspectors, InputKind.ROSTER, f -> InputSummaries.roster(RosterCsv.read(f)));
        ok &= check("--inspections", inspections, InputKind.INSPECTIONS, f -> {
            InspectionsCsv.Read read = InspectionsCsv.readWithWarnings(f);
            PrintWriter err = spec.commandLine().getErr();
            read.warnings().forEach(w -> err.println("warning: " + w));
            err.flush();
            return InputSummaries.inspections(read.inspections());
        });
        ok &= check("--capacity", capacity, InputKind.CAPACITY, f -> InputSummaries.capacity(CapacityCsv.read(f)));
        ok &= check("--calendar", calendar, InputKind.CALENDAR, f -> InputSummaries.calendar(CalendarCsv.read(f)));
        return ok ? Cli.OK : Cli.BAD_INPUT;
    }

    private boolean check(String option, Path file, InputKind kind, Function<Path, List<String>> summarise) {
        if (file == null) {
            return true;
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            // a sample is caseload rows too, and may be checked as one
            InputKind.check(option, file, kind, kind == InputKind.CASELOAD ? new InputKind[] {InputKind.SAMPLE} : new InputKind[0]);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return false;
        }
        try {
            List<String> lines = summarise.apply(file);
            out.println(file + ": OK");
            lines.forEach(line -> out.println("  " + line));
            out.flush();
            return true;
        } catch (InvalidInputException e) {
            err.println(file + ": rejected, " + e.problems().size() + " problem(s):");
            for (InputProblem p : e.problems()) {
                err.println(p);
            }
            err.flush();
            return false;
        }
    }
}
