package org.inspectionplanner.planner.allocation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.inspectionplanner.planner.solve.SolveFigures;

/**
 * Everything the plan owes its reader, as plain records for JSON: the score; per constraint its level,
 * weight, match count, score and concrete matches; per inspector the cases, weighted load, capacity,
 * days used and offices; the unassigned cases with reasons; the balance against its ideal; solver figures.
 */
public record AllocationReport(
        ScoreFigures score,
        BalanceFigures balance,
        BoundFigures bound,
        List<ConstraintFigures> constraints,
        List<InspectorFigures> inspectors,
        List<UnassignedCase> unassigned,
        SolveFigures solver) {

    public record ScoreFigures(long hard, long medium, long soft, boolean feasible, int assignedCases, int totalCases) {
    }

    /**
     * Balance of relative load (weighted load over capacity) across usable inspectors. The ideal is every
     * inspector at {@code idealRelativeLoad}; {@code rmsDeviation} is 0 there.
     */
    public record BalanceFigures(double idealRelativeLoad, double rmsDeviation, double minRelativeLoad,
            double maxRelativeLoad, double maxOverIdeal) {
    }

    /**
     * How far the plan's peak relative load is from the best possible: {@code peakLowerBound} is
     * {@link PeakLoadBound} for plans placing at least {@code placedCases} cases (this plan's count), so
     * {@code peakOverBound} 1.0 means no such plan has a lower peak. {@code linearBound} is the LP relaxation
     * before rounding; {@code tightestGroup} the inspectors whose whole-case packing raised it, if any.
     * {@code balancePenalty} is the balance rule's penalty of the plan (squared deviations, weight 1) and
     * {@code balancePenaltyBound} the least any plan placing as many cases can have ({@link BalancePenaltyBound}):
     * when the penalty is at its bound, no such plan is better balanced (the pipeline's stop; the peak may still
     * sit above its own bound, see {@link AllocationPipeline#stopRule}).
     */
    public record BoundFigures(double peakLowerBound, double linearBound, int placedCases, double peakOverBound,
            boolean reached, List<String> tightestGroup, long millis, long balancePenalty, long balancePenaltyBound) {
    }

    public record ConstraintFigures(String name, String level, long weight, int matchCount, long score,
            List<MatchFigures> matches) {
    }

    /** One match: the cases and inspectors it concerns, other facts (practitioner, day, count), and its score. */
    public record MatchFigures(List<String> cases, List<String> inspectors, List<String> facts, long score) {
    }

    public record InspectorFigures(String inspectorId, int caseCount, List<String> cases, double weightedLoad,
            int capacity, double relativeLoad, List<LocalDate> daysUsed, List<String> offices) {
    }

    private static final class ExplainerHolder {
        // Explaining needs a solver factory; its termination is never used.
        static final SolutionManager<AllocationSolution, HardMediumSoftLongScore> MANAGER = SolutionManager.create(
                SolverFactory.create(AllocationSolverConfig.create(null)));
    }

    /** Builds the report; recalculates and sets the solution's score. */
    public static AllocationReport of(AllocationSolution solution, SolveFigures figures) {
        ScoreExplanation<AllocationSolution, HardMediumSoftLongScore> explanation = ExplainerHolder.MANAGER.explain(solution);
        HardMediumSoftLongScore score = explanation.getScore();
        int assigned = (int) solution.getCases().stream().filter(CaseAllocation::isAssigned).count();
        ScoreFigures scoreFigures = new ScoreFigures(score.hardScore(), score.mediumScore(), score.softScore(),
                score.isFeasible(), assigned, solution.getCases().size());

        // Every constraint, matched or not, in the documented order (explain lists only those with matches).
        Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> totals = new LinkedHashMap<>();
        explanation.getConstraintMatchTotalMap().values().forEach(t -> totals.put(t.getConstraintName(), t));
        List<ConstraintFigures> constraints = new ArrayList<>();
        solution.getConstraintConfiguration().weightsByName().forEach((name, weight) -> {
            ConstraintMatchTotal<HardMediumSoftLongScore> total = totals.get(name);
            constraints.add(total != null ? constraintFigures(total)
                    : new ConstraintFigures(name, level(weight), Math.abs(levelValue(weight, level(weight))), 0, 0, List.of()));
        });
        BalanceFigures balance = balance(solution);
        return new AllocationReport(scoreFigures, balance, bound(solution, assigned, score, balance), constraints, inspectors(solution),
                UnassignedAnalysis.analyse(solution), figures);
    }

    private static BoundFigures bound(AllocationSolution solution, int assigned, HardMediumSoftLongScore score,
            BalanceFigures balance) {
        PeakLoadBound bound = PeakLoadBound.of(solution, assigned);
        double peak = bound.peak();
        boolean reached = peak > 0 && score.hardScore() >= 0 && assigned >= bound.placeableCases()
                && balance.maxRelativeLoad() <= peak + 1e-4;
        int placed = Math.min(bound.placeableCases(), assigned);
        return new BoundFigures(round4(peak), round4(bound.linearPeak()), placed,
                peak == 0 ? 0 : round4(balance.maxRelativeLoad() / peak), reached, bound.tightestGroup(), bound.millis(),
                BalancePenaltyBound.penalty(solution), BalancePenaltyBound.lowerBound(solution, placed));
    }

    private static ConstraintFigures constraintFigures(ConstraintMatchTotal<HardMediumSoftLongScore> total) {
        HardMediumSoftLongScore weight = total.getConstraintWeight();
        String level = level(weight);
        List<MatchFigures> matches = new ArrayList<>();
        for (ConstraintMatch<HardMediumSoftLongScore> match : total.getConstraintMatchSet()) {
            List<String> cases = new ArrayList<>();
            List<String> inspectors = new ArrayList<>();
            List<String> facts = new ArrayList<>();
            for (Object o : match.getJustificationList()) {
                if (o instanceof CaseAllocation c) {
                    cases.add(c.getCaseId());
                } else if (o instanceof FieldworkInspector i) {
                    inspectors.add(i.getId());
                } else if (o != null) {
                    facts.add(describe(total.getConstraintName(), o));
                }
            }
            matches.add(new MatchFigures(cases, inspectors, facts, levelValue(match.getScore(), level)));
        }
        matches.sort(Comparator.comparingLong(MatchFigures::score)
                .thenComparing(m -> String.join(",", m.cases()) + "|" + String.join(",", m.inspectors()) + "|" + String.join(",", m.facts())));
        return new ConstraintFigures(total.getConstraintName(), level, Math.abs(levelValue(weight, level)),
                total.getConstraintMatchCount(), levelValue(total.getScore(), level), matches);
    }

    /** Group-by results come as bare numbers and keys; say what they are. */
    private static String describe(String constraint, Object fact) {
        if (fact instanceof LocalDate day) {
            return "day " + day;
        }
        if (fact instanceof String practitioner) {
            return "practitioner " + practitioner;
        }
        if (fact instanceof Number n) {
            return switch (constraint) {
                case AllocationConstraintConfiguration.CAPACITY -> n + " cases";
                case AllocationConstraintConfiguration.BALANCE -> "weighted load " + (n.longValue() / (double) CaseWeights.SCALE);
                case AllocationConstraintConfiguration.CONTINUITY -> n + " inspectors";
                case AllocationConstraintConfiguration.TRAVEL -> n + " offices";
                case AllocationConstraintConfiguration.PRACTITIONER_LOAD -> n + " interviews";
                default -> n.toString();
            };
        }
        return fact.toString();
    }

    private static String level(HardMediumSoftLongScore weight) {
        if (weight.hardScore() != 0) {
            return "HARD";
        }
        return weight.mediumScore() != 0 ? "MEDIUM" : "SOFT";
    }

    private static long levelValue(HardMediumSoftLongScore score, String level) {
        return switch (level) {
            case "HARD" -> score.hardScore();
            case "MEDIUM" -> score.mediumScore();
            default -> score.softScore();
        };
    }

    private static List<InspectorFigures> inspectors(AllocationSolution solution) {
        Map<FieldworkInspector, List<CaseAllocation>> byInspector = new LinkedHashMap<>();
        solution.getInspectors().forEach(i -> byInspector.put(i, new ArrayList<>()));
        solution.getCases().stream().filter(CaseAllocation::isAssigned)
                .forEach(c -> byInspector.computeIfAbsent(c.getInspector(), i -> new ArrayList<>()).add(c));
        List<InspectorFigures> figures = new ArrayList<>();
        byInspector.forEach((inspector, cases) -> {
            long load = cases.stream().mapToLong(CaseAllocation::getWeight).sum();
            figures.add(new InspectorFigures(inspector.getId(), cases.size(),
                    cases.stream().map(CaseAllocation::getCaseId).toList(),
                    load / (double) CaseWeights.SCALE, inspector.getMaxCases(), round4(inspector.relativeLoad(load)),
                    List.copyOf(new TreeSet<>(cases.stream().filter(c -> c.getSlot() != null).map(c -> c.getSlot().getDay()).toList())),
                    List.copyOf(new TreeSet<>(cases.stream().map(CaseAllocation::getOffice).filter(o -> o != null).toList()))));
        });
        return figures;
    }

    /** The balance of a plan, over usable inspectors (those with capacity and a fieldwork day). */
    public static BalanceFigures balance(AllocationSolution solution) {
        Map<FieldworkInspector, Long> loads = new LinkedHashMap<>();
        solution.getInspectors().stream().filter(FieldworkInspector::isUsable).forEach(i -> loads.put(i, 0L));
        solution.getCases().stream().filter(CaseAllocation::isAssigned)
                .forEach(c -> loads.merge(c.getInspector(), c.getWeight(), Long::sum));
        double ideal = solution.getIdealRelativeLoad();
        double sumSquares = 0;
        double min = Double.MAX_VALUE;
        double max = 0;
        for (Map.Entry<FieldworkInspector, Long> e : loads.entrySet()) {
            double relative = e.getKey().relativeLoad(e.getValue());
            sumSquares += (relative - ideal) * (relative - ideal);
            min = Math.min(min, relative);
            max = Math.max(max, relative);
        }
        int n = loads.size();
        return new BalanceFigures(round4(ideal), n == 0 ? 0 : round4(Math.sqrt(sumSquares / n)),
                n == 0 ? 0 : round4(min), round4(max), ideal == 0 ? 0 : round4(max / ideal));
    }

    private static double round4(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
