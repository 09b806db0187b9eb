package org.inspectionplanner.sampler;

import java.util.ArrayList;
import java.util.List;
import org.inspectionplanner.sampler.report.SampleReport;

/**
 * The statistics of a case sample. Sizing: n0 = z^2 p (1 - p) / M^2 at p = 0.5 (the worst case),
 * n = n0 / (1 + (n0 - 1) / N), rounded up. Precision of a result: the Wilson score interval (the
 * inversion of the score test), which stays inside 0..1 and is asymmetric near 80% where the normal
 * (Wald) interval is neither; with a finite-population correction only for a random draw from a
 * listed population of N, through the effective size n (N - 1) / (N - n).
 */
public final class Precision {

    /** The rating bands' cuts: inadequate < 50% <= requires improvement < 65% <= good < 80% <= outstanding. */
    static final double[] THRESHOLDS = {0.50, 0.65, 0.80};
    private static final String[] BANDS = {"inadequate", "requires improvement", "good", "outstanding"};
    private static final double[] BAND_EDGES = {0.0, 0.50, 0.65, 0.80, 1.0};
    private static final double[] CONFIDENCES = {0.80, 0.95};

    private Precision() {
    }

    /** The two-sided standard normal quantile for a confidence level C (0.95 gives 1.95996...). */
    public static double z(double confidence) {
        return inverseNormal(1 - (1 - confidence) / 2);
    }

    /** Cases needed for a proportion at margin {@code margin} and confidence {@code confidence} out of N. */
    public static int sampleSize(double confidence, double margin, int population) {
        if (population <= 0) {
            return 0;
        }
        double z = z(confidence);
        double n0 = z * z * 0.25 / (margin * margin);
        double n = n0 / (1 + (n0 - 1) / population);
        return (int) Math.min(population, Math.ceil(n - 1e-9));
    }

    /** A two-sided interval for a share. */
    public record Interval(double lower, double upper) {
    }

    /**
     * The sample size that carries the information of n cases drawn at random without replacement from
     * N: n (N - 1) / (N - n). No population (null), or n at least N (every case taken): n itself.
     */
    static double effectiveSize(int n, Integer population) {
        if (population == null || n >= population || population <= 1) {
            return n;
        }
        return (double) n * (population - 1) / (population - n);
    }

    /** The Wilson score interval for an observed share p of n cases, with the optional population N. */
    public static Interval wilson(double p, int n, double confidence, Integer population) {
        if (n <= 0) {
            return new Interval(0, 1);
        }
        double z = z(confidence);
        double m = effectiveSize(n, population);
        double d = 1 + z * z / m;
        double centre = (p + z * z / (2 * m)) / d;
        double half = z / d * Math.sqrt(p * (1 - p) / m + z * z / (4 * m * m));
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /**
     * How far a result must lie from threshold t to be told apart from it (the score test, whose
     * inversion is the Wilson interval): |p - t| > z sqrt(t (1 - t) / n).
     */
    static double distanceToTellApart(double t, int n, double confidence, Integer population) {
        return z(confidence) * Math.sqrt(t * (1 - t) / effectiveSize(n, population));
    }

    /**
     * The precision statement of a sample of n cases: Wilson intervals at 80% and 95% at 50%, 65% and
     * 80%, and for each rating threshold the results that are told apart from it at 95% confidence.
     * {@code population} is N for a random draw from a listed population, null for a cohort or a census
     * (their cases stand for the PDU's ongoing work, so no correction applies); {@code basis} says which.
     */
    static SampleReport.PrecisionSummary summary(int n, Integer population, String basis) {
        Integer fpcN = population != null && n < population ? population : null;
        List<SampleReport.ShareInterval> intervals = new ArrayList<>();
        for (double c : CONFIDENCES) {
            for (double p : THRESHOLDS) {
                Interval i = wilson(p, n, c, fpcN);
                intervals.add(new SampleReport.ShareInterval(p, c, round4(i.lower()), round4(i.upper())));
            }
        }
        double m80 = round4(halfWidth(wilson(0.5, n, 0.80, fpcN)));
        double m95 = round4(halfWidth(wilson(0.5, n, 0.95, fpcN)));
        List<SampleReport.BandBoundary> bands = new ArrayList<>();
        for (int i = 0; i < THRESHOLDS.length; i++) {
            bands.add(boundary(i, n, fpcN));
        }
        return new SampleReport.PrecisionSummary(n, fpcN, fpcN != null, "wilson_score", basis, m80, m95, intervals,
                bands, statement(n, intervals, bands, basis));
    }

    private static SampleReport.BandBoundary boundary(int i, int n, Integer fpcN) {
        double t = THRESHOLDS[i];
        String below = BANDS[i];
        String above = BANDS[i + 1];
        if (n <= 0) {
            return new SampleReport.BandBoundary(t, below + "|" + above, null, null, false,
                    "With no cases, no result can be told apart from " + percent(t) + ".");
        }
        double d = distanceToTellApart(t, n, 0.95, fpcN);
        // the fewest cases judged sufficient that lie above t, the most that lie below it
        int aboveFrom = (int) Math.floor((t + d) * n + 1e-9) + 1;
        int belowTo = (int) Math.ceil((t - d) * n - 1e-9) - 1;
        Integer aboveCases = aboveFrom <= n ? aboveFrom : null;
        Integer belowCases = belowTo >= 0 ? belowTo : null;
        double midBelow = (BAND_EDGES[i] + t) / 2;
        double midAbove = (t + BAND_EDGES[i + 2]) / 2;
        boolean apart = midAbove - t > d && t - midBelow > d;
        StringBuilder s = new StringBuilder("At n = " + n + ", ");
        if (aboveCases != null) {
            s.append("a PDU result of ").append(share(aboveCases, n)).append(" or more is above ").append(percent(t));
        } else {
            s.append("no result is above ").append(percent(t));
        }
        if (belowCases != null) {
            s.append(", and ").append(share(belowCases, n)).append(" or less is below it,");
        } else {
            s.append(", and no result is below it,");
        }
        s.append(" with 95% confidence. '").append(capitalised(below)).append("' and '").append(above)
                .append(apart ? "' can be told apart: " : "' cannot be told apart: ")
                .append("a result in the middle of each (").append(percent(midBelow)).append(" and ")
                .append(percent(midAbove)).append(apart ? ") lies clearly on its side." : ") could lie on either side.");
        return new SampleReport.BandBoundary(t, below + "|" + above,
                belowCases == null ? null : round4((double) belowCases / n),
                aboveCases == null ? null : round4((double) aboveCases / n), apart, s.toString());
    }

    private static String statement(int n, List<SampleReport.ShareInterval> intervals,
            List<SampleReport.BandBoundary> bands, String basis) {
        if (n <= 0) {
            return "The sample has no cases, so it supports no result. " + basis;
        }
        StringBuilder s = new StringBuilder("With the " + n + (n == 1 ? " case" : " cases")
                + " of the sample, at 95% confidence (Wilson score interval) ");
        List<String> parts = new ArrayList<>();
        for (SampleReport.ShareInterval i : intervals) {
            if (i.confidence() == 0.95) {
                parts.add((parts.isEmpty() ? "a result of " : "") + percent(i.share()) + " stands for a true share of "
                        + percent(i.lower()) + " to " + percent(i.upper()));
            }
        }
        s.append(String.join("; ", parts)).append(". ").append(basis);
        long apart = bands.stream().filter(SampleReport.BandBoundary::bandsDistinguishable).count();
        s.append(apart == bands.size() ? " Every pair of neighbouring rating bands can be told apart."
                : apart == 0 ? " No pair of neighbouring rating bands can be told apart."
                : " Only some neighbouring rating bands can be told apart (see each threshold).");
        return s.toString();
    }

    private static String share(int cases, int n) {
        return percent((double) cases / n) + " (" + cases + " of " + n + " cases)";
    }

    /** A share in whole per cent, or to one decimal when that changes it (69.2%). */
    static String percent(double share) {
        double pct = Math.round(share * 1000) / 10.0;
        return pct == Math.rint(pct) ? (long) pct + "%" : pct + "%";
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static double halfWidth(Interval i) {
        return (i.upper() - i.lower()) / 2;
    }

    private static double round4(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /**
     * Acklam's rational approximation of the normal quantile (relative error below 1.2e-9):
     * far finer than any confidence level a planner would ask for.
     */
    static double inverseNormal(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("probability must be in (0, 1): " + p);
        }
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
                1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                6.680131188771972e+01, -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                3.754408661907416e+00};
        double pLow = 0.02425;
        double x;
        if (p < pLow) {
            double q = Math.sqrt(-2 * Math.log(p));
            x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        } else if (p <= 1 - pLow) {
            double q = p - 0.5;
            double r = q * q;
            x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                    / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
        } else {
            double q = Math.sqrt(-2 * Math.log(1 - p));
            x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        return x;
    }
}
