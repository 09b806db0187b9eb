package org.inspectionplanner.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.inspectionplanner.sampler.report.SampleReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PrecisionTest {

    @Test
    void normalQuantilesMatchTheTables() {
        assertThat(Precision.z(0.95)).isCloseTo(1.959964, within(1e-5));
        assertThat(Precision.z(0.80)).isCloseTo(1.281552, within(1e-5));
        assertThat(Precision.z(0.99)).isCloseTo(2.575829, within(1e-5));
        assertThat(Precision.z(0.999)).isCloseTo(3.290527, within(1e-5));
    }

    @Test
    void sampleSizeAppliesTheFinitePopulationCorrectionOfTheSizingPopulation() {
        // n0 = 1.96^2 * 0.25 / 0.05^2 = 384.15; N = 1000: n = 384.15 / (1 + 383.15 / 1000) = 277.7 -> 278
        assertThat(Precision.sampleSize(0.95, 0.05, 1000)).isEqualTo(278);
        assertThat(Precision.sampleSize(0.95, 0.05, 1_000_000)).isEqualTo(384); // 384.146 / 1.000383 = 383.999
        assertThat(Precision.sampleSize(0.95, 0.05, 50)).isEqualTo(45);
        assertThat(Precision.sampleSize(0.95, 0.05, 0)).isZero();
    }

    /**
     * Wilson score intervals against values computed outside the project, with python3 3.11's standard
     * library only (statistics.NormalDist for z), by a different route than the Java closed form: the
     * interval is every t that the score test |p - t| <= z sqrt(t (1 - t) / m) does not reject, found
     * by bisection (200 halvings) on each side of p; m = n, or n (N - 1) / (N - n) with a population N
     * when n < N. The script:
     * <pre>
     * from statistics import NormalDist; from math import sqrt
     * z = lambda c: NormalDist().inv_cdf(1 - (1 - c) / 2)
     * m = lambda n, N: n if N is None or n >= N else n * (N - 1) / (N - n)
     * f = lambda p, t, n, c, N: abs(p - t) - z(c) * sqrt(t * (1 - t) / m(n, N))
     * # bisect f = 0 on (0, p) and (p, 1); print to 6 decimals
     * </pre>
     */
    @ParameterizedTest(name = "p={0} n={1} C={2} N={3}")
    @CsvSource(nullValues = "-", value = {
            // p,   n,  C,    N,    lower,    upper
            "0.5,  70, 0.95, -,    0.385957, 0.614043",
            "0.8,  70, 0.95, -,    0.691834, 0.876953", // the 56/70: 69.2% to 87.7%
            "0.65, 70, 0.95, -,    0.533127, 0.751266",
            "0.5,  70, 0.80, -,    0.424296, 0.575704",
            "0.8,  70, 0.80, -,    0.732170, 0.854075",
            "0.5,  70, 0.95, 230,  0.403918, 0.596082", // a random draw of 70 from 230
            "0.65, 67, 0.95, -,    0.530499, 0.753233",
            "0.5,  1,  0.95, -,    0.054621, 0.945379", // n = 1
            "0.8,  1,  0.80, -,    0.247177, 0.979892",
            "0.5,  4,  0.95, -,    0.150039, 0.849961",
            "0.5,  4,  0.95, 4,    0.150039, 0.849961", // n = N: every case taken, no correction
            "0.65, 200, 0.95, 1000, 0.588979, 0.706476",
            "0.8,  400, 0.95, -,   0.758030, 0.836263",
            "0.5,  30, 0.80, 60,   0.417716, 0.582284",
    })
    void wilsonIntervalsMatchTheReferenceTable(double p, int n, double c, Integer population, double lower,
            double upper) {
        Precision.Interval i = Precision.wilson(p, n, c, population);
        assertThat(i.lower()).isCloseTo(lower, within(2e-6));
        assertThat(i.upper()).isCloseTo(upper, within(2e-6));
    }

    /** Sample sizes from the same python: ceil(n0 / (1 + (n0 - 1) / N) - 1e-9), n0 = z^2 / 4 / M^2, at most N. */
    @ParameterizedTest(name = "C={0} M={1} N={2}")
    @CsvSource({"0.95, 0.05, 1000, 278", "0.95, 0.05, 1000000, 384", "0.95, 0.05, 50, 45", "0.90, 0.10, 300, 56",
            "0.80, 0.10, 180, 34", "0.95, 0.10, 1, 1", "0.99, 0.05, 500, 286"})
    void sampleSizesMatchTheReferenceTable(double c, double m, int population, int expected) {
        assertThat(Precision.sampleSize(c, m, population)).isEqualTo(expected);
    }

    /**
     * What a result must be to be told apart from each threshold at 95%: the fewest cases whose Wilson
     * interval lies wholly above it and the most wholly below, found in python3 by trying every x of n
     * with the bisection above ("-": no such result).
     */
    @ParameterizedTest(name = "n={0} t={1}")
    @CsvSource(nullValues = "-", value = {"70, 0.5, 44, 26", "70, 0.65, 54, 37", "70, 0.8, 63, 49", "4, 0.5, 4, 0",
            "4, 0.65, -, 0", "4, 0.8, -, 1", "1, 0.5, -, -", "400, 0.65, 279, 241", "400, 0.8, 336, 304"})
    void resultsToldApartFromEachThresholdMatchTheReference(int n, double t, Integer above, Integer below) {
        SampleReport.BandBoundary b = Precision.summary(n, null, "").distinguishableBands().stream()
                .filter(x -> x.threshold() == t).findFirst().orElseThrow();
        assertThat(b.clearlyAbove()).isEqualTo(above == null ? null : Math.round((double) above / n * 10000) / 10000.0);
        assertThat(b.clearlyBelow()).isEqualTo(below == null ? null : Math.round((double) below / n * 10000) / 10000.0);
    }

    @Test
    void aPduCohortOf70SaysInWordsWhatItCanTellApart() {
        SampleReport.PrecisionSummary s = Precision.summary(70, null, "No correction.");
        assertThat(s.population()).isNull();
        assertThat(s.finitePopulationCorrection()).isFalse();
        assertThat(s.intervalMethod()).isEqualTo("wilson_score");
        assertThat(s.margin95()).isCloseTo(0.1140, within(0.0001));
        assertThat(s.intervals()).hasSize(6);
        assertThat(s.intervals()).filteredOn(i -> i.share() == 0.8 && i.confidence() == 0.95).singleElement()
                .satisfies(i -> {
                    assertThat(i.lower()).isEqualTo(0.6918);
                    assertThat(i.upper()).isEqualTo(0.877); // not symmetric about 80%
                });
        assertThat(s.distinguishableBands().get(1).statement())
                .contains("77.1% (54 of 70 cases) or more is above 65%")
                .contains("52.9% (37 of 70 cases) or less is below it")
                .contains("cannot be told apart");
        assertThat(s.statement()).contains("80% stands for a true share of 69.2% to 87.7%").contains("No correction.")
                .contains("No pair of neighbouring rating bands can be told apart");
        assertThat(Precision.summary(400, null, "").distinguishableBands().get(2).bandsDistinguishable()).isTrue();
    }

    @Test
    void theCorrectionNeedsAStrictSubsetOfTheListedPopulation() {
        // the Leeds figures: n = 70 of N = 230 is a draw; a census of N never claims zero margin
        assertThat(Precision.summary(70, 230, "").population()).isEqualTo(230);
        assertThat(Precision.summary(70, 230, "").margin95())
                .isLessThan(Precision.summary(70, null, "").margin95());
        SampleReport.PrecisionSummary census = Precision.summary(4, 4, "");
        assertThat(census.finitePopulationCorrection()).isFalse();
        assertThat(census.margin95()).isGreaterThan(0.3);
        assertThat(census.distinguishableBands()).noneMatch(SampleReport.BandBoundary::bandsDistinguishable);
    }

    @Test
    void largestRemainderIsProportionalDeterministicAndRespectsCapacity() {
        assertThat(Allocation.largestRemainder(10, new int[]{5, 3, 2}, new int[]{5, 3, 2})).containsExactly(5, 3, 2);
        assertThat(Allocation.largestRemainder(7, new int[]{50, 30, 20}, new int[]{50, 30, 20}))
                .containsExactly(4, 2, 1); // 3.5, 2.1, 1.4: the largest remainder (0.5) gets the spare unit
        assertThat(Allocation.largestRemainder(10, new int[]{8, 1, 1}, new int[]{3, 10, 10}))
                .containsExactly(3, 4, 3); // the capped group's overflow shared by the others
        assertThat(Allocation.largestRemainder(100, new int[]{1, 1}, new int[]{2, 3})).containsExactly(2, 3);
        assertThat(Allocation.largestRemainder(3, new int[]{0, 0, 5}, new int[]{4, 4, 1})).containsExactly(1, 1, 1);
    }

    @Test
    void equalRemaindersGoByTheTieOrderWhenOneIsGiven() {
        int[] four = {1, 1, 1, 1};
        assertThat(Allocation.largestRemainder(2, four, four)).containsExactly(1, 1, 0, 0);
        assertThat(Allocation.largestRemainder(2, four, four, new int[]{9, 3, 7, 1})).containsExactly(0, 1, 0, 1);
    }
}
