package org.inspectionplanner.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.inspectionplanner.sampler.report.SampleReport;
import org.junit.jupiter.api.Test;

class PrecisionTest {

    @Test
    void normalQuantilesMatchTheTables() {
        assertThat(Precision.z(0.95)).isCloseTo(1.959964, within(1e-5));
        assertThat(Precision.z(0.80)).isCloseTo(1.281552, within(1e-5));
        assertThat(Precision.z(0.99)).isCloseTo(2.575829, within(1e-5));
        assertThat(Precision.z(0.999)).isCloseTo(3.290527, within(1e-5));
    }

    @Test
    void sampleSizeAppliesTheFinitePopulationCorrection() {
        // n0 = 1.96^2 * 0.25 / 0.05^2 = 384.15; N = 1000: n = 384.15 / (1 + 383.15 / 1000) = 277.7 -> 278
        assertThat(Precision.sampleSize(0.95, 0.05, 1000)).isEqualTo(278);
        assertThat(Precision.sampleSize(0.95, 0.05, 1_000_000)).isEqualTo(384); // 384.146 / 1.000383 = 383.999
        assertThat(Precision.sampleSize(0.95, 0.05, 50)).isEqualTo(45);
        assertThat(Precision.sampleSize(0.95, 0.05, 0)).isZero();
    }

    @Test
    void marginShrinksWithTheFinitePopulationAndVanishesForACensus() {
        assertThat(Precision.margin(0.95, 100, 1_000_000)).isCloseTo(0.098, within(0.001));
        assertThat(Precision.margin(0.95, 100, 200)).isCloseTo(0.0695, within(0.001));
        assertThat(Precision.margin(0.95, 200, 200)).isZero();
    }

    @Test
    void ratingBandsAreDistinguishableOnlyWhenTheMarginIsSmallEnough() {
        SampleReport.PrecisionSummary small = Run.precision(67, 100_000);
        assertThat(small.margin95()).isCloseTo(0.1197, within(0.0002));
        assertThat(small.margin80()).isLessThan(small.margin95());
        assertThat(small.distinguishableBands()).hasSize(3)
                .allSatisfy(b -> assertThat(b.bandsDistinguishable()).isFalse());
        assertThat(small.distinguishableBands().get(1).clearlyAbove()).isCloseTo(0.65 + 0.1197, within(0.0002));
        SampleReport.PrecisionSummary large = Run.precision(400, 100_000);
        assertThat(large.distinguishableBands()).allSatisfy(b -> assertThat(b.bandsDistinguishable()).isTrue());
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
