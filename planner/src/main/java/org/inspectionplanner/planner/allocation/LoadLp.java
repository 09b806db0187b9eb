package org.inspectionplanner.planner.allocation;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.Set;
import org.inspectionplanner.data.roster.Skill;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NoFeasibleSolutionException;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The linear relaxation of the allocation over a {@link LoadModel}: cases may be split between inspectors.
 * A variable is how many cases of one class go to one group of interchangeable inspectors (same max_cases,
 * interview capacity and the same classes open to them); by symmetry the LP loses nothing by spreading a
 * group's share evenly over its members, so grouping is exact for the LP and keeps it small (Apache Commons
 * Math's {@link SimplexSolver} works on a dense tableau).
 */
final class LoadLp {

    /** Interchangeable inspectors: {@code members} of them, each with the limits of {@code seat}. */
    private record Group(LoadModel.Seat seat, int members, BitSet classes) {
    }

    private final LoadModel model;
    private final List<Group> groups = new ArrayList<>();
    /** variables[k][g]: the column of class k at group g, or -1 when g may not take k (set by build). */
    private int solves;

    /** Past this many variables the exact grouping is too slow for the dense simplex; see {@link #LoadLp}. */
    static final int EXACT_COLUMN_LIMIT = 2_000;

    /**
     * Groups inspectors exactly (same limits and the same classes open to them) while that keeps the LP under
     * {@link #EXACT_COLUMN_LIMIT} variables. Otherwise, e.g. a national roster where conflicts of interest make
     * almost every inspector unique, it groups inspectors with the same limits and the same skills among those
     * cases ask for, and leaves conflicts of interest out: a relaxation (every plan stays feasible), so still a
     * bound, slightly weaker.
     */
    LoadLp(LoadModel model) {
        this(model, EXACT_COLUMN_LIMIT);
    }

    LoadLp(LoadModel model, int exactColumnLimit) {
        this.model = model;
        build(false);
        if (columns > exactColumnLimit) {
            groups.clear();
            relaxed = true;
            build(true);
        }
    }

    /** Cases alike for the LP: weight (hundredths), need of an interview, how many. */
    private record LpClass(long weight, boolean interview, long count) {
    }

    private boolean relaxed;
    private List<LpClass> lpClasses;
    private int[][] variables;
    private int columns;

    boolean relaxed() {
        return relaxed;
    }

    private void build(boolean bySkills) {
        Set<Skill> asked = EnumSet.noneOf(Skill.class);
        model.classes.forEach(c -> asked.addAll(c.skills()));
        Map<List<Object>, int[]> members = new LinkedHashMap<>();
        Map<List<Object>, LoadModel.Seat> sample = new LinkedHashMap<>();
        Map<List<Object>, BitSet> open = new LinkedHashMap<>();
        for (int i = 0; i < model.seats.size(); i++) {
            LoadModel.Seat seat = model.seats.get(i);
            Set<Skill> skills = EnumSet.copyOf(asked);
            skills.removeIf(skill -> !seat.inspector().hasSkills(Set.of(skill)));
            BitSet classes = new BitSet();
            for (int k = 0; k < model.classes.size(); k++) {
                LoadModel.CaseClass c = model.classes.get(k);
                // Relaxed: conflicts of interest are ignored, only skills (and pins) decide.
                if (c.eligible().get(i) || (bySkills && !c.pinned() && skills.containsAll(c.skills()))) {
                    classes.set(k);
                }
            }
            List<Object> key = List.of(seat.capacity(), seat.interviewCapacity(), seat.inspector().getMaxCases(),
                    bySkills ? skills : classes);
            members.computeIfAbsent(key, x -> new int[1])[0]++;
            sample.putIfAbsent(key, seat);
            open.computeIfAbsent(key, x -> new BitSet()).or(classes);
        }
        members.forEach((key, n) -> groups.add(new Group(sample.get(key), n[0], open.get(key))));
        // Classes that the same groups may take, with the same weight and need of an interview, have the same
        // columns: one class with their summed count is the same LP.
        Map<List<Object>, long[]> merged = new LinkedHashMap<>();
        for (int k = 0; k < model.classes.size(); k++) {
            LoadModel.CaseClass c = model.classes.get(k);
            BitSet takers = new BitSet();
            for (int g = 0; g < groups.size(); g++) {
                if (groups.get(g).classes().get(k)) {
                    takers.set(g);
                }
            }
            merged.computeIfAbsent(List.of(c.weight(), c.interview(), takers), x -> new long[1])[0] += c.count();
        }
        lpClasses = new ArrayList<>();
        variables = new int[merged.size()][groups.size()];
        int column = 0;
        for (Map.Entry<List<Object>, long[]> e : merged.entrySet()) {
            int k = lpClasses.size();
            lpClasses.add(new LpClass((Long) e.getKey().get(0), (Boolean) e.getKey().get(1), e.getValue()[0]));
            BitSet takers = (BitSet) e.getKey().get(2);
            for (int g = 0; g < groups.size(); g++) {
                variables[k][g] = takers.get(g) ? column++ : -1;
            }
        }
        columns = column;
    }

    int columns() {
        return columns;
    }

    int rows() {
        return lpClasses.size() + 3 * groups.size() + 1;
    }

    int solves() {
        return solves;
    }

    /** The most cases the capacities let the inspectors take (a flow problem, so the LP optimum is whole). */
    int maxPlaced() {
        double[] objective = new double[columns];
        java.util.Arrays.fill(objective, 1);
        List<LinearConstraint> constraints = limits(0, null);
        double value = solve(objective, constraints, GoalType.MAXIMIZE).getValue();
        return (int) Math.floor(value + 1e-6);
    }

    /** The smallest peak relative load of a split plan that places {@code placed} cases. */
    double minPeak(int placed) {
        double[] objective = new double[columns + 1];
        objective[columns] = 1;
        List<LinearConstraint> constraints = limits(1, null);
        constraints.add(placed(placed, 1));
        for (int g = 0; g < groups.size(); g++) {
            double[] row = weightRow(g, 1);
            Group group = groups.get(g);
            row[columns] = -group.members() * LoadModel.divisor(group.seat()) / CaseWeights.SCALE;
            constraints.add(new LinearConstraint(row, Relationship.LEQ, 0));
        }
        return solve(objective, constraints, GoalType.MINIMIZE).getValue();
    }

    /** Whether a split plan places {@code placed} cases with every inspector at most at {@code peak}, in whole weight steps. */
    boolean feasibleAt(double peak, int placed) {
        List<LinearConstraint> constraints = limits(0, peak);
        constraints.add(placed(placed, 0));
        try {
            solve(new double[columns], constraints, GoalType.MINIMIZE);
            return true;
        } catch (NoFeasibleSolutionException e) {
            return false;
        }
    }

    /** Each class at most its count; each group at most its case and interview capacity and, given a peak, weight. */
    private List<LinearConstraint> limits(int extra, Double peak) {
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int k = 0; k < lpClasses.size(); k++) {
            double[] row = new double[columns + extra];
            for (int g = 0; g < groups.size(); g++) {
                if (variables[k][g] >= 0) {
                    row[variables[k][g]] = 1;
                }
            }
            constraints.add(new LinearConstraint(row, Relationship.LEQ, lpClasses.get(k).count()));
        }
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            double[] cases = new double[columns + extra];
            double[] interviews = new double[columns + extra];
            for (int k = 0; k < lpClasses.size(); k++) {
                if (variables[k][g] >= 0) {
                    cases[variables[k][g]] = 1;
                    interviews[variables[k][g]] = lpClasses.get(k).interview() ? 1 : 0;
                }
            }
            constraints.add(new LinearConstraint(cases, Relationship.LEQ, group.members() * (double) group.seat().capacity()));
            if (group.seat().interviewCapacity() < group.seat().capacity()) {
                constraints.add(new LinearConstraint(interviews, Relationship.LEQ,
                        group.members() * (double) group.seat().interviewCapacity()));
            }
            if (peak != null) {
                // A hair of slack: rounding in the simplex must never call a feasible peak infeasible.
                double limit = group.members() * model.weightLimit(group.seat(), peak) / (double) CaseWeights.SCALE;
                constraints.add(new LinearConstraint(weightRow(g, extra), Relationship.LEQ, limit + 1e-7));
            }
        }
        return constraints;
    }

    private double[] weightRow(int g, int extra) {
        double[] row = new double[columns + extra];
        for (int k = 0; k < lpClasses.size(); k++) {
            if (variables[k][g] >= 0) {
                row[variables[k][g]] = lpClasses.get(k).weight() / (double) CaseWeights.SCALE;
            }
        }
        return row;
    }

    private LinearConstraint placed(int placed, int extra) {
        double[] row = new double[columns + extra];
        java.util.Arrays.fill(row, 0, columns, 1);
        return new LinearConstraint(row, Relationship.GEQ, placed);
    }

    private PointValuePair solve(double[] objective, List<LinearConstraint> constraints, GoalType goal) {
        solves++;
        return new SimplexSolver().optimize(new MaxIter(1_000_000), new LinearObjectiveFunction(objective, 0),
                new LinearConstraintSet(constraints), goal, new NonNegativeConstraint(true));
    }
}
