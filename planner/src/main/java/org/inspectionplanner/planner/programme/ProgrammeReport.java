package org.inspectionplanner.planner.programme;

import org.inspectionplanner.planner.solve.SolveFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.inspectionplanner.data.Inspectorate;
import org.inspectionplanner.data.programme.Tier;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;

/**
 * Everything report.json says about a solved programme: the score and each constraint's matches,
 * the unscheduled inspections and why, staff demanded against available per inspectorate and week,
 * each inspectorate's share of staff-weeks in the JOINT tier, the level-loading figure and the
 * solver's figures. A plain record tree, serialisable as it is.
 */
public record ProgrammeReport(
        String score,
        boolean feasible,
        long hardScore,
        long mediumScore,
        long softScore,
        Parameters parameters,
        Counts counts,
        List<ConstraintReport> constraints,
        List<Unscheduled> unscheduled,
        List<LoadRow> load,
        List<JointShare> jointShare,
        LevelLoading levelLoading,
        SolveFigures solver) {

    /** Concrete matches listed per constraint at most (the count is always complete). */
    public static final int MATCHES_SHOWN = 100;

    public record Parameters(LocalDate from, LocalDate to, LocalDate planDate, int noticeWeeks, int areaGapWeeks,
            int jointBurdenReachWeeks, Map<String, Long> softWeights) {
    }

    public record Counts(int inspections, int scheduled, int unscheduled, int pinned) {
    }

    /**
     * @param level   hard, medium or soft
     * @param weight  the score of one unit of match weight
     * @param matches the concrete matches, worst first, at most {@link #MATCHES_SHOWN}
     */
    public record ConstraintReport(String name, String level, String weight, int matchCount, String score,
            List<Match> matches) {
    }

    public record Match(String score, String description) {
    }

    public record LoadRow(Inspectorate inspectorate, LocalDate weekStart, int demanded, int available) {
    }

    /** Staff-weeks of the scheduled inspections demanding this inspectorate, and the JOINT tier's part. */
    public record JointShare(Inspectorate inspectorate, long staffWeeks, long jointStaffWeeks, double jointShare) {
    }

    /**
     * Weekly utilisation (demanded / available, in %) per inspectorate: its mean and standard
     * deviation over the horizon weeks with staff. {@code figure} is the mean of the standard
     * deviations of the inspectorates with any demand: lower is more level.
     */
    public record LevelLoading(double figure, Map<Inspectorate, Utilisation> byInspectorate) {
    }

    public record Utilisation(double meanPercent, double sdPercent, double peakPercent) {
    }

    /** Builds the report, explaining the score with the programme's constraint provider. */
    public static ProgrammeReport of(ProgrammeSchedule solved, SolveFigures figures) {
        SolutionManager<ProgrammeSchedule, HardMediumSoftLongScore> manager = SolutionManager.create(
                SolverFactory.create(ProgrammeSolverConfig.create(null)));
        ScoreExplanation<ProgrammeSchedule, HardMediumSoftLongScore> explanation = manager.explain(solved);
        HardMediumSoftLongScore score = explanation.getScore();

        ProgrammeParameters p = solved.getParameters();
        Parameters parameters = new Parameters(p.from(), p.to(), p.planDate(), p.noticeWeeks(), p.areaGapWeeks(),
                p.jointBurdenReachWeeks(), new TreeMap<>(p.weights().byName()));
        List<ScheduledInspection> all = solved.getInspections();
        int scheduled = (int) all.stream().filter(ScheduledInspection::isScheduled).count();
        int pinned = (int) all.stream().filter(ScheduledInspection::isPinned).count();
        Counts counts = new Counts(all.size(), scheduled, all.size() - scheduled, pinned);

        return new ProgrammeReport(score.toString(), score.isFeasible(), score.hardScore(), score.mediumScore(),
                score.softScore(), parameters, counts, constraints(explanation, solved.getConstraintConfiguration()),
                List.copyOf(Unscheduled.explain(solved).values()), load(solved), jointShare(solved),
                levelLoading(solved), figures);
    }

    /** Every constraint, with or without matches, in the provider's order. */
    private static List<ConstraintReport> constraints(ScoreExplanation<ProgrammeSchedule, HardMediumSoftLongScore> e,
            ProgrammeConstraintConfiguration weights) {
        Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> byName = new java.util.HashMap<>();
        e.getConstraintMatchTotalMap().values().forEach(t -> byName.put(t.getConstraintName(), t));
        Map<String, HardMediumSoftLongScore> catalogue = new java.util.LinkedHashMap<>();
        for (String hard : List.of(ProgrammeConstraintProvider.CAPACITY, ProgrammeConstraintProvider.WINDOW,
                ProgrammeConstraintProvider.BLACKOUT, ProgrammeConstraintProvider.AREA_BURDEN,
                ProgrammeConstraintProvider.ANNOUNCED, ProgrammeConstraintProvider.NOTICE,
                ProgrammeConstraintProvider.ALIGNMENT)) {
            catalogue.put(hard, HardMediumSoftLongScore.ONE_HARD);
        }
        catalogue.put(ProgrammeConstraintProvider.UNSCHEDULED, HardMediumSoftLongScore.ONE_MEDIUM);
        catalogue.put(ProgrammeConstraintConfiguration.URGENCY, weights.getUrgency());
        catalogue.put(ProgrammeConstraintConfiguration.PREFERRED_START, weights.getPreferredStart());
        catalogue.put(ProgrammeConstraintConfiguration.LEVEL_LOADING, weights.getLevelLoading());
        catalogue.put(ProgrammeConstraintConfiguration.JOINT_BURDEN, weights.getJointBurden());
        catalogue.put(ProgrammeConstraintConfiguration.STABILITY, weights.getStability());
        catalogue.put(ProgrammeConstraintConfiguration.ALIGNMENT_PREFERENCE, weights.getAlignmentPreference());
        List<ConstraintReport> list = new ArrayList<>();
        catalogue.forEach((name, weight) -> {
            String level = weight.hardScore() != 0 ? "hard" : weight.mediumScore() != 0 ? "medium" : "soft";
            ConstraintMatchTotal<HardMediumSoftLongScore> total = byName.get(name);
            list.add(total == null
                    ? new ConstraintReport(name, level, weight.toString(), 0, HardMediumSoftLongScore.ZERO.toString(), List.of())
                    : report(total, level, weight));
        });
        return list;
    }

    private static ConstraintReport report(ConstraintMatchTotal<HardMediumSoftLongScore> total, String level,
            HardMediumSoftLongScore weight) {
        {
            List<Match> matches = total.getConstraintMatchSet().stream()
                    .sorted(Comparator.comparing(ConstraintMatch::getScore))
                    .limit(MATCHES_SHOWN)
                    .map(m -> new Match(m.getScore().toString(), describe(total.getConstraintName(), m)))
                    .toList();
            return new ConstraintReport(total.getConstraintName(), level, weight.toString(),
                    total.getConstraintMatchCount(), total.getScore().toString(), matches);
        }
    }

    /** A match in words: the inspections, weeks and staff it is about. */
    static String describe(String constraint, ConstraintMatch<HardMediumSoftLongScore> match) {
        List<Object> facts = match.getJustificationList();
        if (facts.size() == 4 && facts.get(0) instanceof Inspectorate inspectorate
                && facts.get(2) instanceof Integer demanded && facts.get(3) instanceof WeekCapacity capacity) {
            return inspectorate + " week of " + capacity.week().monday() + ": " + demanded + " staff demanded, "
                    + capacity.staff() + " available";
        }
        return facts.stream().map(ProgrammeReport::describeFact).collect(Collectors.joining(" + "));
    }

    private static String describeFact(Object fact) {
        if (fact instanceof ScheduledInspection i) {
            return i.getId() + (i.isScheduled() ? " starting " + i.getStart().monday() : " unscheduled")
                    + (i.getArea() == null ? "" : " (" + i.getArea() + ")");
        }
        if (fact instanceof Blackout b) {
            return "blackout week of " + b.week().monday() + (b.reason() == null ? "" : " (" + b.reason() + ")");
        }
        if (fact instanceof AreaRules r) {
            return "area gap " + r.gapWeeks() + " weeks";
        }
        return String.valueOf(fact);
    }

    private static Map<Inspectorate, int[]> demandGrid(ProgrammeSchedule s) {
        int horizon = s.getWeeks().size();
        Map<Inspectorate, int[]> demand = new EnumMap<>(Inspectorate.class);
        for (Inspectorate i : Inspectorate.values()) {
            demand.put(i, new int[horizon]);
        }
        for (ScheduledInspection i : s.getInspections()) {
            for (WeekDemand d : i.demands()) {
                demand.get(d.inspectorate())[d.week()] += d.staff();
            }
        }
        return demand;
    }

    private static List<LoadRow> load(ProgrammeSchedule s) {
        Map<Inspectorate, int[]> demand = demandGrid(s);
        return s.getCapacities().stream()
                .sorted(Comparator.comparing(WeekCapacity::inspectorate).thenComparingInt(WeekCapacity::weekIndex))
                .map(c -> new LoadRow(c.inspectorate(), c.week().monday(),
                        demand.get(c.inspectorate())[c.weekIndex()], c.staff()))
                .toList();
    }

    private static List<JointShare> jointShare(ProgrammeSchedule s) {
        Map<Inspectorate, long[]> weeks = new EnumMap<>(Inspectorate.class);
        for (ScheduledInspection i : s.getInspections()) {
            if (!i.isScheduled()) {
                continue;
            }
            i.getInspection().demand().forEach((inspectorate, staff) -> {
                long staffWeeks = (long) staff * i.getFieldworkWeeks();
                long[] sums = weeks.computeIfAbsent(inspectorate, k -> new long[2]);
                sums[0] += staffWeeks;
                if (i.getInspection().tier() == Tier.JOINT) {
                    sums[1] += staffWeeks;
                }
            });
        }
        List<JointShare> list = new ArrayList<>();
        weeks.forEach((inspectorate, sums) -> list.add(new JointShare(inspectorate, sums[0], sums[1],
                sums[0] == 0 ? 0 : round(sums[1] / (double) sums[0]))));
        return list;
    }

    /** The level-loading figure of a schedule (see {@link LevelLoading}). */
    public static LevelLoading levelLoading(ProgrammeSchedule s) {
        Map<Inspectorate, int[]> demand = demandGrid(s);
        Map<Inspectorate, int[]> staff = new EnumMap<>(Inspectorate.class);
        for (Inspectorate i : Inspectorate.values()) {
            staff.put(i, new int[s.getWeeks().size()]);
        }
        s.getCapacities().forEach(c -> staff.get(c.inspectorate())[c.weekIndex()] = c.staff());
        Map<Inspectorate, Utilisation> by = new EnumMap<>(Inspectorate.class);
        double sdSum = 0;
        int counted = 0;
        for (Inspectorate inspectorate : Inspectorate.values()) {
            int[] d = demand.get(inspectorate);
            int[] c = staff.get(inspectorate);
            List<Double> u = new ArrayList<>();
            boolean anyDemand = false;
            for (int w = 0; w < d.length; w++) {
                anyDemand |= d[w] > 0;
                if (c[w] > 0) {
                    u.add(100.0 * d[w] / c[w]);
                }
            }
            if (!anyDemand || u.isEmpty()) {
                continue;
            }
            double mean = u.stream().mapToDouble(Double::doubleValue).average().orElse(0);
            double sd = Math.sqrt(u.stream().mapToDouble(x -> (x - mean) * (x - mean)).average().orElse(0));
            double peak = u.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            by.put(inspectorate, new Utilisation(round(mean), round(sd), round(peak)));
            sdSum += sd;
            counted++;
        }
        return new LevelLoading(counted == 0 ? 0 : round(sdSum / counted), by);
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }
}
