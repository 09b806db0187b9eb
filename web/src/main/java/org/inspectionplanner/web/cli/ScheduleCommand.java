package org.inspectionplanner.web.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.inspectionplanner.data.io.CalendarCsv;
import org.inspectionplanner.data.io.CapacityCsv;
import org.inspectionplanner.data.io.InspectionsCsv;
import org.inspectionplanner.planner.programme.PreviousSchedule;
import org.inspectionplanner.planner.programme.PreviousStart;
import org.inspectionplanner.planner.programme.ProgrammeOutput;
import org.inspectionplanner.planner.programme.ProgrammeParameters;
import org.inspectionplanner.planner.programme.ProgrammeProblem;
import org.inspectionplanner.planner.programme.ProgrammeReport;
import org.inspectionplanner.planner.programme.ProgrammePipeline;
import org.inspectionplanner.planner.programme.ProgrammeSchedule;
import org.inspectionplanner.planner.programme.ProgrammeWeights;
import org.inspectionplanner.planner.programme.ScheduleRow;
import org.inspectionplanner.planner.solve.SolveFigures;
import org.inspectionplanner.planner.solve.SolveLimits;
import org.inspectionplanner.planner.solve.Solved;
import org.inspectionplanner.web.page.Words;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code schedule}: plan the joint inspection programme's fieldwork weeks (docs/programme.md). */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "Schedule the joint inspection programme: a fieldwork start week for each inspection "
                + "within staff capacity, windows, blackouts, notice and area burden. "
                + "Writes schedule.csv, fieldwork-plan.csv and report.json to --out.")
public final class ScheduleCommand implements Callable<Integer> {

    @Option(names = "--inspections", required = true, paramLabel = "FILE", description = "inspections.csv")
    Path inspections;

    @Option(names = "--capacity", required = true, paramLabel = "FILE", description = "capacity.csv")
    Path capacity;

    @Option(names = "--calendar", required = true, paramLabel = "FILE", description = "calendar.csv (blackout weeks)")
    Path calendar;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "first Monday of the horizon")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE",
            description = "last Monday of the horizon: the last fieldwork week starts on or before it")
    LocalDate to;

    @Option(names = "--plan-date", required = true, paramLabel = "DATE",
            description = "today: no fieldwork starts before plan date + notice weeks")
    LocalDate planDate;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory")
    Path out;

    @Option(names = "--notice-weeks", defaultValue = "2", description = "weeks of notice (default: ${DEFAULT-VALUE})")
    int noticeWeeks;

    @Option(names = "--area-gap-weeks", defaultValue = "12",
            description = "minimum weeks between starts in one area (default: ${DEFAULT-VALUE})")
    int areaGapWeeks;

    @Option(names = "--joint-burden-weeks", defaultValue = "8",
            description = "soft reach beyond the area gap in which repeat visits still cost (default: ${DEFAULT-VALUE})")
    int jointBurdenWeeks;

    @Option(names = "--previous", paramLabel = "FILE",
            description = "a previous schedule.csv: pinned rows stay, the others move as little as possible")
    Path previous;

    @Option(names = "--time-limit", defaultValue = "30s", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "the most the solve may take, warm start included, e.g. 30s, 2m, 500ms (default: ${DEFAULT-VALUE}); "
                    + "it stops sooner when no better schedule is possible or the schedule stopped improving")
    Duration timeLimit;

    @Option(names = "--unimproved-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "stop when the best schedule has not improved for this long, e.g. 3s "
                    + "(default: a tenth of the time limit, 2s to 10s)")
    Duration unimprovedLimit;

    @Option(names = "--seed", paramLabel = "N", description = "random seed for a reproducible run")
    Long seed;

    @Option(names = "--weight", paramLabel = "NAME=N",
            description = "soft weight: urgency, preferred-start, level-loading, joint-burden, stability, alignment (repeatable)")
    Map<String, Long> weights = new LinkedHashMap<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The solver logs each phase at INFO; the command prints its own summary instead. */
    @Override
    public Integer call() {
        InputKind.check("--inspections", inspections, InputKind.INSPECTIONS);
        InputKind.check("--capacity", capacity, InputKind.CAPACITY);
        InputKind.check("--calendar", calendar, InputKind.CALENDAR);
        if (previous != null) {
            InputKind.check("--previous", previous, InputKind.SCHEDULE);
        }
        Duration limit = timeLimit;
        ProgrammeParameters parameters = new ProgrammeParameters(from, to, planDate, noticeWeeks, areaGapWeeks,
                jointBurdenWeeks, ProgrammeWeights.DEFAULT.with(weights));
        var inspectionList = InspectionsCsv.read(inspections);
        var capacityList = CapacityCsv.read(capacity);
        var calendarList = CalendarCsv.read(calendar);
        List<PreviousStart> previousStarts = previous == null ? List.of() : PreviousSchedule.read(previous);

        ProgrammeSchedule problem = ProgrammeProblem.create(inspectionList, capacityList, calendarList, parameters,
                previousStarts);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.printf("Scheduling %d inspections over %d weeks (%s to %s), time limit %s%n",
                inspectionList.size(), parameters.horizonWeeks(), from, to, timeLimit);
        stdout.flush();
        Solved<ProgrammeSchedule> result = new ProgrammePipeline().solve(problem, new SolveLimits(limit, unimprovedLimit, seed));
        ProgrammeSchedule solved = result.solution();
        ProgrammeReport report = ProgrammeReport.of(solved, result.figures());
        List<ScheduleRow> rows = ScheduleRow.of(solved);
        List<Path> written = ProgrammeOutput.write(out, rows, report);

        stdout.printf(Locale.ROOT, "Scheduled %d of %d inspections (%d pinned); %s.%n", report.counts().scheduled(),
                report.counts().scheduled() + report.counts().unscheduled(), report.counts().pinned(),
                report.feasible() ? "every hard rule is kept" : "HARD RULES ARE BROKEN (see report.json, constraints)");
        report.levelLoading().byInspectorate().forEach((inspectorate, use) -> stdout.printf(Locale.ROOT,
                "Staff use, %s: %.0f%% of capacity in an average week, %.0f%% in the busiest, typically within %.0f points"
                        + " of the average%n", Words.code(inspectorate.name()), use.meanPercent(), use.peakPercent(),
                use.sdPercent()));
        report.unscheduled().forEach(u -> stdout.printf("  Not scheduled: %s: %s%n", u.inspectionId(), u.message()));
        SolveFigures figures = result.figures();
        stdout.printf("Solver: final plan at %d ms, stopped at %d ms: %s; %d score calculations/s%n",
                figures.finalPlanMillis() == null ? 0 : figures.finalPlanMillis(), figures.timeSpentMillis(),
                figures.termination().words(), figures.scoreCalculationSpeedPerSecond());
        written.forEach(p -> stdout.println("Wrote " + p));
        return Cli.OK;
    }
}
