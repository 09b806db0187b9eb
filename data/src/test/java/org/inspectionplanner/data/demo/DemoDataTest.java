package org.inspectionplanner.data.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.programme.BlackoutWeek;
import org.inspectionplanner.data.roster.Inspector;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    @Test
    void everyPlannedFieldworkCanBeSampledFromTheCaseload() {
        CaseloadSpec spec = CaseloadSpec.defaults();
        List<DemoData.PlannedFieldwork> plan = DemoData.fieldworkPlan(spec, CaseloadGenerator.pduNames(spec));
        assertThat(plan).hasSize(26);
        assertThat(plan.stream().map(DemoData.PlannedFieldwork::pdu).distinct().count()).isEqualTo(26);
        for (DemoData.PlannedFieldwork f : plan) {
            LocalDate fw = f.fieldworkStart();
            assertThat(fw.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            // rosh-thematic looks back 52 weeks, quality-impact 41: both inside the caseload's dates.
            assertThat(fw.minusWeeks(52)).isAfterOrEqualTo(spec.from());
            // the last cohort week (27 before fieldwork) ends inside the caseload's dates.
            assertThat(fw.minusWeeks(26).minusDays(1)).isBeforeOrEqualTo(spec.to());
        }
        Set<LocalDate> blackout = ProgrammeGenerator.blackoutWeeks(plan.get(0).fieldworkStart(), 60).stream()
                .map(BlackoutWeek::weekStart).collect(Collectors.toSet());
        assertThat(plan).noneMatch(f -> blackout.contains(f.fieldworkStart()));
        // spread out: not all in one week
        assertThat(plan.stream().map(DemoData.PlannedFieldwork::fieldworkStart).distinct().count()).isGreaterThan(20);
    }

    @Test
    void shortCaseloadsGetTheShortestLookbackOrARefusal() {
        CaseloadSpec short20 = CaseloadSpec.defaults().withDates(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 5, 25));
        List<DemoData.PlannedFieldwork> plan = DemoData.fieldworkPlan(short20, List.of("A", "B"));
        for (DemoData.PlannedFieldwork f : plan) {
            assertThat(f.fieldworkStart().minusWeeks(41)).isAfterOrEqualTo(short20.from());
            assertThat(f.fieldworkStart().minusWeeks(26).minusDays(1)).isBeforeOrEqualTo(short20.to());
        }
        CaseloadSpec tooShort = CaseloadSpec.defaults().withDates(LocalDate.of(2025, 1, 6), LocalDate.of(2025, 3, 1));
        assertThatThrownBy(() -> DemoData.fieldworkPlan(tooShort, List.of("A"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too short");
    }

    @Test
    void theSmallSetFitsTogether() {
        DemoData small = DemoData.small();
        assertThat(small.caseload().stream().map(CaseRecord::pdu).distinct().toList()).hasSize(3)
                .anyMatch(DemoNames::isWelshPdu);
        assertThat(small.caseload().size()).isBetween(4000, 7000);
        assertThat(small.fieldworkPlan()).hasSize(3);
        assertThat(small.inspectors()).hasSize(12);
        assertThat(small.programme().inspections()).hasSize(40);
        assertThat(small.programme().capacity().get(0).weekStart()).isEqualTo(small.fieldworkPlan().get(0).fieldworkStart());
        Set<String> practitioners = Set.copyOf(DemoData.practitionerIds(small.caseload()));
        assertThat(small.inspectors()).allMatch(i -> practitioners.containsAll(i.conflictPractitioners()));
        Set<LocalDate> fieldworkDays = small.fieldworkPlan().stream()
                .flatMap(f -> f.fieldworkStart().datesUntil(f.fieldworkStart().plusDays(5))).collect(Collectors.toSet());
        assertThat(small.inspectors()).allMatch(i -> fieldworkDays.containsAll(i.availableDays()));
        assertThat(small.inspectors().stream().filter(i -> i.skills().contains(org.inspectionplanner.data.roster.Skill.WELSH_LANGUAGE)))
                .isNotEmpty();
        assertThat(DemoData.small()).isEqualTo(small);
        assertThat(small.inspectors().stream().map(Inspector::inspectorId).distinct().count()).isEqualTo(12);
    }
}
