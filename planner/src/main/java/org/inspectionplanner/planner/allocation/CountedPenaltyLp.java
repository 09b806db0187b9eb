package org.inspectionplanner.planner.allocation;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.fraction.BigFraction;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * A lower bound on the balance penalty that counts cases, for small problems: the linear programme in which
 * cases of a class may be split between the inspectors who may take them, each inspector within max_cases and
 * their slots in cases (not only in weight, as {@link BalancePenaltyBound}'s flow), with each inspector's penalty
 * the convex hull of the exact penalties of their loads. Every real plan is a solution, so its optimum is a bound.
 *
 * <p>Proven, not trusted: the floating-point simplex solves the dual; the bound is then the dual's value computed
 * exactly (fractions), less what the rounded dual loses on any constraint it breaks, times the variable's upper
 * bound (weak duality with a box). Rounding can only weaken it, never raise it above the LP optimum.
 */
final class CountedPenaltyLp {

    /** Past this many primal variables the dense simplex is too slow for a solve's start: no bound (0). */
    static final int MAX_COLUMNS = 400;

    /** Primal rows: a x >= b, integers. */
    private final List<long[]> rows = new ArrayList<>();
    private final List<Long> rhs = new ArrayList<>();
    private final int columns;
    /** Objective (integers) and each variable's upper bound in any solution worth having. */
    private final long[] cost;
    private final long[] upper;

    private CountedPenaltyLp(int columns) {
        this.columns = columns;
        this.cost = new long[columns];
        this.upper = new long[columns];
    }

    /**
     * @param placeAll every case some inspector may take must be placed; otherwise at least {@code placed} cases
     * @return a lower bound on the balance penalty (0 when the problem is too large or the simplex gives up)
     */
    static long lowerBound(LoadModel model, boolean placeAll, int placed) {
        int seats = model.seats.size();
        int classes = model.classes.size();
        int[][] column = new int[classes][seats];
        int n = 0;
        for (int k = 0; k < classes; k++) {
            for (int s = 0; s < seats; s++) {
                column[k][s] = model.classes.get(k).eligible().get(s) ? n++ : -1;
            }
        }
        int x = n;
        n += seats; // t_s, the penalty of seat s
        if (x == 0 || n > MAX_COLUMNS || model.weightStep == 0) {
            return 0;
        }
        CountedPenaltyLp lp = new CountedPenaltyLp(n);
        long total = 0;
        for (int k = 0; k < classes; k++) {
            LoadModel.CaseClass c = model.classes.get(k);
            long[] at = new long[n];
            for (int s = 0; s < seats; s++) {
                if (column[k][s] >= 0) {
                    at[column[k][s]] = -1;
                    lp.upper[column[k][s]] = c.count();
                }
            }
            lp.add(at, -c.count()); // at most the class's cases
            if (placeAll) {
                lp.add(negate(at), c.count()); // and all of them
            }
            total += c.count();
        }
        if (!placeAll) {
            long[] all = new long[n];
            for (int j = 0; j < x; j++) {
                all[j] = 1;
            }
            lp.add(all, Math.min(placed, total));
        }
        for (int s = 0; s < seats; s++) {
            LoadModel.Seat seat = model.seats.get(s);
            long[] cases = new long[n];
            long[] interviews = new long[n];
            long[] load = new long[n]; // in weight steps
            List<LoadModel.CaseClass> open = new ArrayList<>();
            for (int k = 0; k < classes; k++) {
                if (column[k][s] >= 0) {
                    LoadModel.CaseClass c = model.classes.get(k);
                    open.add(c);
                    cases[column[k][s]] = -1;
                    interviews[column[k][s]] = c.interview() ? -1 : 0;
                    load[column[k][s]] = c.weight() / model.weightStep;
                }
            }
            lp.add(cases, -seat.capacity());
            lp.add(interviews, -seat.interviewCapacity());
            int most = (int) (BalancePenaltyBound.mostWeight(seat, open) / model.weightStep);
            long[] exact = new long[most + 1];
            for (int u = 0; u <= most; u++) {
                exact[u] = seat.inspector().balancePenalty(u * model.weightStep);
            }
            int t = x + s;
            lp.cost[t] = 1;
            lp.upper[t] = Math.max(exact[0], exact[most]); // a convex function peaks at an end
            int[] hull = BalancePenaltyBound.hullVertices(exact);
            for (int h = 0; h + 1 < hull.length; h++) {
                // (b - a) t >= (b - a) p_a + (p_b - p_a)(L - a): the hull's segment from a to b, in integers
                int a = hull[h];
                int b = hull[h + 1];
                long rise = exact[b] - exact[a];
                long[] row = new long[n];
                row[t] = b - a;
                for (int j = 0; j < x; j++) {
                    row[j] = -rise * load[j];
                }
                lp.add(row, (b - a) * exact[a] - rise * a);
            }
        }
        try {
            BigFraction bound = lp.provenBound();
            if (bound.compareTo(BigFraction.ZERO) <= 0) {
                return 0;
            }
            BigInteger[] qr = bound.getNumerator().divideAndRemainder(bound.getDenominator());
            return qr[0].longValueExact() + (qr[1].signum() > 0 ? 1 : 0); // penalties are whole: round up
        } catch (MathIllegalStateException | ArithmeticException e) {
            return 0; // infeasible, unbounded or given up: 0 is always a bound
        }
    }

    private void add(long[] row, long bound) {
        rows.add(row);
        rhs.add(bound);
    }

    private static long[] negate(long[] row) {
        long[] out = new long[row.length];
        for (int j = 0; j < row.length; j++) {
            out[j] = -row[j];
        }
        return out;
    }

    /** Solves the dual (max b y, A^T y <= c, y >= 0) in floating point; its value, made exact and safe. */
    private BigFraction provenBound() {
        int m = rows.size();
        // Each primal row scaled to coefficients of at most 1 (a hull segment's rise times a load can reach 10^10
        // beside coefficients of 1, too wide a range for the simplex): the dual's variables scale inversely.
        double[] scale = new double[m];
        for (int i = 0; i < m; i++) {
            long largest = 1;
            for (long a : rows.get(i)) {
                largest = Math.max(largest, Math.abs(a));
            }
            scale[i] = largest;
        }
        List<LinearConstraint> constraints = new ArrayList<>();
        for (int j = 0; j < columns; j++) {
            double[] coefficients = new double[m];
            for (int i = 0; i < m; i++) {
                coefficients[i] = rows.get(i)[j] / scale[i];
            }
            constraints.add(new LinearConstraint(coefficients, Relationship.LEQ, cost[j]));
        }
        double[] objective = new double[m];
        for (int i = 0; i < m; i++) {
            objective[i] = rhs.get(i) / scale[i];
        }
        PointValuePair dual = new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(objective, 0),
                new LinearConstraintSet(constraints), GoalType.MAXIMIZE, new NonNegativeConstraint(true));
        BigFraction[] y = new BigFraction[m];
        for (int i = 0; i < m; i++) {
            // exact value of the double, over the row's scale: a dual point of the integer rows
            y[i] = new BigFraction(Math.max(0, dual.getPoint()[i])).divide(BigInteger.valueOf((long) scale[i]));
        }
        // For every x >= 0 with A x >= b and x <= upper: c x >= (A^T y) x - sum_j max(0, (A^T y - c)_j) upper_j >= b y - ...
        BigFraction value = BigFraction.ZERO;
        for (int i = 0; i < m; i++) {
            value = value.add(y[i].multiply(BigInteger.valueOf(rhs.get(i))));
        }
        for (int j = 0; j < columns; j++) {
            BigFraction reduced = BigFraction.ZERO;
            for (int i = 0; i < m; i++) {
                long a = rows.get(i)[j];
                if (a != 0) {
                    reduced = reduced.add(y[i].multiply(BigInteger.valueOf(a)));
                }
            }
            BigFraction excess = reduced.subtract(BigInteger.valueOf(cost[j]));
            if (excess.compareTo(BigFraction.ZERO) > 0) {
                value = value.subtract(excess.multiply(BigInteger.valueOf(upper[j])));
            }
        }
        return value;
    }
}
