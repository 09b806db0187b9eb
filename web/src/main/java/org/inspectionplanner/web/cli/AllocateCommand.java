package org.inspectionplanner.web.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import org.inspectionplanner.data.io.CaseloadCsv;
import org.inspectionplanner.data.io.RosterCsv;
import org.inspectionplanner.data.roster.Skill;
import org.inspectionplanner.planner.allocation.AllocationOutput;
import org.inspectionplanner.planner.allocation.AllocationParameters;
import org.inspectionplanner.planner.allocation.AllocationProblem;
import org.inspectionplanner.planner.allocation.AllocationReport;
import org.inspectionplanner.planner.allocation.AllocationSolution;
import org.inspectionplanner.planner.allocation.AllocationPipeline;
import org.inspectionplanner.planner.allocation.AllocationWeights;
import org.inspectionplanner.planner.allocation.CaseWeights;
import org.inspectionplanner.planner.allocation.PreviousAssignment;
import org.inspectionplanner.planner.allocation.PreviousPlanCsv;
import org.inspectionplanner.planner.allocation.SkillCondition;
import org.inspectionplanner.planner.allocation.SkillRuleTable;
import org.inspectionplanner.planner.allocation.UnassignedCase;
import org.inspectionplanner.planner.solve.SolveFigures;
import org.inspectionplanner.planner.solve.SolveLimits;
import org.inspectionplanner.planner.solve.Solved;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code allocate}: a sample and a roster in, allocation.csv and report.json out. See docs/allocation.md. */
@Command(name = "allocate", mixinStandardHelpOptions = true,
        description = "Allocate sampled cases to inspectors and timetable practitioner interviews.")
public final class AllocateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--sample", required = true, paramLabel = "FILE", description = "The sample: the sampler's sample.csv (or reserves.csv); a caseload extract is refused.")
    Path sample;

    @Option(names = "--inspectors", required = true, paramLabel = "FILE", description = "The inspector roster CSV.")
    Path inspectors;

    @Option(names = "--fieldwork-start", required = true, paramLabel = "YYYY-MM-DD", description = "First fieldwork day, a Monday.")
    LocalDate fieldworkStart;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write allocation.csv and report.json.")
    Path out;

    @Option(names = "--days", defaultValue = "4", description = "Fieldwork days, weekends skipped (default: ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--slots", defaultValue = "09:30,11:15,14:00,15:45", split = ",", paramLabel = "HH:MM",
            description = "Interview start times (default: ${DEFAULT-VALUE}).")
    List<String> slots;

    @Option(names = "--previous", paramLabel = "FILE",
            description = "A previous allocation.csv: pinned=true rows stay; others are changed as little as possible.")
    Path previous;

    @Option(names = "--time-limit", defaultValue = "30s", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "The most the solve may take, warm start included, e.g. 30s, 2m, 500ms (default: ${DEFAULT-VALUE}). "
                    + "It stops sooner when no better plan is possible or the plan stopped improving.")
    Duration timeLimit;

    @Option(names = "--unimproved-limit", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop when the best plan has not improved for this long, e.g. 2s "
                    + "(default: a tenth of the time limit, 1s to 10s).")
    Duration unimprovedLimit;

    @Option(names = "--seed", description = "Random seed, for a reproducible run (with a step-bound machine).")
    Long seed;

    @Option(names = "--skill-rule", paramLabel = "CONDITION=SKILL|off",
            description = "Change the skill rule table, e.g. domestic_abuse=DOMESTIC_ABUSE, mappa_category_1=off. "
                    + "Conditions: welsh_language, mappa_category_1, mappa_level_2_or_3, domestic_abuse, child_protection.")
    List<String> skillRules = new ArrayList<>();

    @Option(names = "--weight", paramLabel = "NAME=VALUE",
            description = "Constraint weight: unassigned_case, balance, continuity, travel, practitioner_load, stability.")
    Map<String, Long> weights = new TreeMap<>();

    @Option(names = "--case-weight", paramLabel = "NAME=VALUE",
            description = "Case weight part: base, post_custody, high_rosh, mappa_level_2_or_3.")
    Map<String, Double> caseWeights = new TreeMap<>();

    @Override
    public Integer call() {
        InputKind.check("--sample", sample, InputKind.SAMPLE);
        InputKind.check("--inspectors", inspectors, InputKind.ROSTER);
        if (previous != null) {
            InputKind.check("--previous", previous, InputKind.ALLOCATION);
        }
        AllocationParameters params = new AllocationParameters(fieldworkStart, days, slotTimes(), skillRuleTable(),
                caseWeightsOption(), weightsOption());
        Duration limit = timeLimit;
        var caseload = CaseloadCsv.read(sample);
        var roster = RosterCsv.read(inspectors);
        List<PreviousAssignment> previousPlan = previous == null ? List.of() : PreviousPlanCsv.read(previous);

        AllocationSolution problem = AllocationProblem.create(caseload.cases(), roster.inspectors(), params, previousPlan);
        Solved<AllocationSolution> result = new AllocationPipeline().solve(problem, new SolveLimits(limit,
                unimprovedLimit, seed));
        AllocationReport report = AllocationReport.of(result.solution(), result.figures());
        AllocationOutput.writeTo(out, result.solution(), report);

        PrintWriter stdout = spec.commandLine().getOut();
        AllocationReport.ScoreFigures score = report.score();
        stdout.printf(Locale.ROOT, "Allocated %d of %d cases to %d inspectors; %s.%n", score.assignedCases(),
                score.totalCases(), roster.inspectors().size(), score.hard() == 0 ? "every hard rule is kept"
                        : "HARD RULES ARE BROKEN (see report.json, constraints)");
        Map<String, Integer> byReason = new TreeMap<>();
        for (UnassignedCase u : report.unassigned()) {
            String why = u.reasons().isEmpty() ? "no reason found"
                    : u.reasons().stream().map(r -> r.words().toLowerCase(Locale.ROOT)).collect(Collectors.joining("; "));
            byReason.merge(why, 1, Integer::sum);
        }
        byReason.forEach((reason, n) -> stdout.printf(Locale.ROOT, "Not allocated: %d %s (%s); see allocation.csv%n", n,
                n == 1 ? "case" : "cases", reason));
        stdout.printf(Locale.ROOT, "Workload: the busiest inspector at %.0f%% of capacity, the least busy at %.0f%%;"
                + " an even share is %.0f%%.%n", 100 * report.balance().maxRelativeLoad(),
                100 * report.balance().minRelativeLoad(), 100 * report.balance().idealRelativeLoad());
        SolveFigures figures = result.figures();
        stdout.printf(Locale.ROOT, "solver: final plan at %d ms, stopped at %d ms: %s; %d score calculations/s%n",
                figures.finalPlanMillis() == null ? 0 : figures.finalPlanMillis(), figures.timeSpentMillis(),
                figures.termination().words(), figures.scoreCalculationSpeedPerSecond());
        stdout.println("wrote " + out.resolve(AllocationOutput.ALLOCATION_CSV) + " and " + out.resolve(AllocationOutput.REPORT_JSON));
        stdout.flush();
        return Cli.OK;
    }

    private List<LocalTime> slotTimes() {
        List<LocalTime> times = new ArrayList<>();
        for (String s : slots) {
            try {
                times.add(LocalTime.parse(s.trim()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--slots: '" + s + "' is not a time like 09:30");
            }
        }
        return times;
    }

    private SkillRuleTable skillRuleTable() {
        SkillRuleTable table = SkillRuleTable.defaults();
        for (String rule : skillRules) {
            String[] parts = rule.split("=", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("--skill-rule: '" + rule + "' is not CONDITION=SKILL or CONDITION=off");
            }
            SkillCondition condition = enumValue(SkillCondition.class, parts[0], "--skill-rule condition");
            String value = parts[1].trim();
            table = value.equalsIgnoreCase("off") ? table.withEnabled(condition, false)
                    : value.equalsIgnoreCase("on") ? table.withEnabled(condition, true)
                    : table.with(condition, enumValue(Skill.class, value, "--skill-rule skill"), true);
        }
        return table;
    }

    private AllocationWeights weightsOption() {
        AllocationWeights d = AllocationWeights.defaults();
        Map<String, Long> w = new TreeMap<>(Map.of("unassigned_case", d.unassignedCase(), "balance", d.balance(),
                "continuity", d.continuity(), "travel", d.travel(), "practitioner_load", d.practitionerLoad(),
                "stability", d.stability()));
        for (Map.Entry<String, Long> e : weights.entrySet()) {
            String key = e.getKey().trim().toLowerCase(Locale.ROOT).replace('-', '_');
            if (!w.containsKey(key)) {
                throw new IllegalArgumentException("--weight: unknown constraint '" + e.getKey() + "'; known: " + w.keySet());
            }
            w.put(key, e.getValue());
        }
        return new AllocationWeights(w.get("unassigned_case"), w.get("balance"), w.get("continuity"), w.get("travel"),
                w.get("practitioner_load"), w.get("stability"));
    }

    private CaseWeights caseWeightsOption() {
        CaseWeights d = CaseWeights.defaults();
        Map<String, Double> w = new TreeMap<>(Map.of("base", d.base(), "post_custody", d.postCustody(),
                "high_rosh", d.highRosh(), "mappa_level_2_or_3", d.mappaLevel2or3()));
        for (Map.Entry<String, Double> e : caseWeights.entrySet()) {
            String key = e.getKey().trim().toLowerCase(Locale.ROOT).replace('-', '_');
            if (!w.containsKey(key)) {
                throw new IllegalArgumentException("--case-weight: unknown part '" + e.getKey() + "'; known: " + w.keySet());
            }
            w.put(key, e.getValue());
        }
        return new CaseWeights(w.get("base"), w.get("post_custody"), w.get("high_rosh"), w.get("mappa_level_2_or_3"));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String text, String what) {
        String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(what + ": unknown '" + text + "'; known: "
                    + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT));
        }
    }
}
