package org.inspectionplanner.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.inspectionplanner.sampler.Cases.F;
import static org.inspectionplanner.sampler.Cases.aCase;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CohortWeeksTest {

    @Test
    void weekKIsTheSevenDaysFromFMinus7kInclusiveToFMinus7kPlus7Exclusive() {
        for (int k = 1; k <= 60; k++) {
            LocalDate first = F.minusDays(7L * k);
            assertThat(CohortWeeks.weekStart(F, k)).isEqualTo(first);
            assertThat(CohortWeeks.weekEnd(F, k)).isEqualTo(first.plusDays(6));
            assertThat(CohortWeeks.weekBefore(F, first)).isEqualTo(k);
            assertThat(CohortWeeks.weekBefore(F, first.plusDays(6))).isEqualTo(k);
            assertThat(CohortWeeks.weekBefore(F, first.plusDays(7))).isEqualTo(k - 1);
            assertThat(CohortWeeks.weekBefore(F, first.minusDays(1))).isEqualTo(k + 1);
        }
        assertThat(CohortWeeks.weekBefore(F, F)).isZero();
        assertThat(CohortWeeks.weekBefore(F, F.minusDays(1))).isEqualTo(1);
    }

    @Test
    void aLeapDayFallsInTheWeekThatContainsIt() {
        LocalDate fieldwork = LocalDate.of(2024, 3, 4); // a Monday; week 1 is 26 Feb to 3 Mar 2024
        assertThat(CohortWeeks.weekBefore(fieldwork, LocalDate.of(2024, 2, 29))).isEqualTo(1);
        assertThat(CohortWeeks.weekStart(fieldwork, 1)).isEqualTo(LocalDate.of(2024, 2, 26));
        assertThat(CohortWeeks.weekEnd(fieldwork, 1)).isEqualTo(LocalDate.of(2024, 3, 3));
        // 52 weeks back crosses the leap day: 364 days exactly
        assertThat(CohortWeeks.weekStart(fieldwork, 52)).isEqualTo(LocalDate.of(2023, 3, 6));
    }

    @Test
    void weeksRunAcrossAYearEnd() {
        LocalDate fieldwork = LocalDate.of(2027, 1, 4); // a Monday
        assertThat(CohortWeeks.weekStart(fieldwork, 1)).isEqualTo(LocalDate.of(2026, 12, 28));
        assertThat(CohortWeeks.weekBefore(fieldwork, LocalDate.of(2026, 12, 31))).isEqualTo(1);
        assertThat(CohortWeeks.weekBefore(fieldwork, LocalDate.of(2027, 1, 3))).isEqualTo(1);
        assertThat(CohortWeeks.weekBefore(fieldwork, LocalDate.of(2026, 12, 27))).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-03", "2026-03-01", "2026-02-28", "2024-02-29"})
    void aFieldworkStartThatIsNotAMondayIsAUsageError(String date) {
        assertThatThrownBy(() -> CohortWeeks.requireMonday(LocalDate.parse(date)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Monday");
        SampleRequest request = SampleRequest.builder(SamplingMethod.PDU_COHORT, LocalDate.parse(date)).seed(1L).build();
        assertThatThrownBy(() -> Sampler.sample(Cases.caseload(aCase("C1")), "t.csv", "x", request))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCohortWindowRunsFromTheFirstDayOfWeek32ToTheLastDayOfWeek27() {
        var caseload = Cases.caseload(
                aCase("IN-FIRST").start(Cases.weekStart(32)),
                aCase("OUT-BEFORE").start(Cases.weekStart(32).minusDays(1)),
                aCase("IN-LAST").start(Cases.weekStart(27).plusDays(6)),
                aCase("OUT-AFTER").start(Cases.weekStart(27).plusDays(7)));
        SampleResult result = Sampler.sample(caseload, "t.csv", "x",
                SampleRequest.builder(SamplingMethod.PDU_COHORT, F).seed(3L).allowAdjacentWeeks(true).noQuotas()
                        .build());
        assertThat(result.report().window().from()).isEqualTo("2025-07-21");
        assertThat(result.report().window().to()).isEqualTo("2025-08-31");
        assertThat(result.report().counts().inWindow()).isEqualTo(2);
        assertThat(result.report().candidateWeeks()).extracting(w -> w.week()).containsExactly(27, 28, 29, 30, 31, 32);
        assertThat(result.report().candidateWeeks().get(0).eligible()).isEqualTo(1);
        assertThat(result.report().candidateWeeks().get(5).eligible()).isEqualTo(1);
    }
}
