package org.inspectionplanner.sampler;

import java.util.ArrayList;
import java.util.List;
import org.inspectionplanner.sampler.report.SampleReport;

/**
 * Sample size and margin of error for a proportion, with the finite-population correction.
 * n0 = z^2 p (1 - p) / M^2 at p = 0.5 (the worst case), n = n0 / (1 + (n0 - 1) / N), rounded up.
 */
public final class Precision {

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

    /** Margin of error of a proportion at p = 0.5 for n sampled out of N (0 when everything is sampled). */
    public static double margin(double confidence, int n, int population) {
        if (n <= 0) {
            return 1.0;
        }
        double fpc = population > 1 ? Math.sqrt(Math.max(0, (double) (population - n) / (population - 1))) : 0;
        return Math.min(1.0, z(confidence) * Math.sqrt(0.25 / n) * fpc);
    }

    /** Margins at 80% and 95%, and where a result can be told apart from each rating threshold. */
    static SampleReport.PrecisionSummary summary(int n, int population) {
        double m80 = round4(margin(0.80, n, population));
        double m95 = round4(margin(0.95, n, population));
        // bands: inadequate < 50% <= requires improvement < 65% <= good < 80% <= outstanding
        double[] thresholds = {0.50, 0.65, 0.80};
        String[] between = {"inadequate|requires improvement", "requires improvement|good", "good|outstanding"};
        List<SampleReport.BandBoundary> bands = new ArrayList<>();
        for (int i = 0; i < thresholds.length; i++) {
            double t = thresholds[i];
            // a result in the middle of the narrower neighbouring band (15 points wide) must clear t by 7.5 points
            boolean distinguishable = m95 <= 0.075;
            bands.add(new SampleReport.BandBoundary(t, between[i], round4(Math.max(0, t - m95)),
                    round4(Math.min(1, t + m95)), distinguishable));
        }
        return new SampleReport.PrecisionSummary(n, population, m80, m95, bands);
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
