package org.inspectionplanner.data.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.inspectionplanner.data.Inspectorate;
import org.inspectionplanner.data.roster.Inspector;
import org.inspectionplanner.data.roster.Skill;
import org.junit.jupiter.api.Test;

class RosterGeneratorTest {

    static final List<String> PDUS = DemoNames.pdus(26);
    static final List<String> PRACTITIONERS = List.of("PR00001", "PR00002", "PR00003", "PR00004");
    static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3),
            LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 6));

    @Test
    void mostlyProbationInspectorsWithEverySkillHeld() {
        List<Inspector> roster = RosterGenerator.generate(7, 60, PDUS, PRACTITIONERS, DAYS);
        assertThat(roster).hasSize(60);
        assertThat(roster.stream().map(Inspector::inspectorId).distinct().count()).isEqualTo(60);
        long probation = roster.stream().filter(i -> i.inspectorate() == Inspectorate.PROBATION).count();
        assertThat(probation).isBetween(48L, 59L);
        assertThat(roster.stream().flatMap(i -> i.skills().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Skill.values());
        assertThat(roster.stream().filter(i -> i.skills().contains(Skill.WELSH_LANGUAGE)).count()).isGreaterThanOrEqualTo(2);
        assertThat(roster).allMatch(i -> i.maxCases() >= 8 && i.maxCases() <= 12);
        assertThat(roster).allMatch(i -> i.name() != null && !i.name().isBlank() && i.role() != null);
    }

    @Test
    void aFewInspectorsMissAFewDaysOrHaveConflicts() {
        List<Inspector> roster = RosterGenerator.generate(7, 60, PDUS, PRACTITIONERS, DAYS);
        List<Inspector> partTime = roster.stream().filter(i -> !i.availableDays().isEmpty()).toList();
        assertThat(partTime.size()).isBetween(3, 25);
        assertThat(partTime).allMatch(i -> DAYS.containsAll(i.availableDays()) && i.availableDays().size() < DAYS.size());
        assertThat(roster.stream().filter(i -> !i.conflictPdus().isEmpty()).count()).isBetween(1L, 12L);
        assertThat(roster.stream().filter(i -> !i.conflictPractitioners().isEmpty()).count()).isBetween(1L, 12L);
        assertThat(roster).allMatch(i -> PDUS.containsAll(i.conflictPdus()) && PRACTITIONERS.containsAll(i.conflictPractitioners()));
        // Without fieldwork days, nobody is restricted.
        assertThat(RosterGenerator.generate(7, 60, PDUS, PRACTITIONERS)).allMatch(i -> i.availableDays().isEmpty());
    }

    @Test
    void smallRostersStillReadCasesAndTheSameSeedGivesTheSameRoster() {
        List<Inspector> three = RosterGenerator.generate(1, 3, PDUS.subList(0, 3), PRACTITIONERS);
        assertThat(three).allMatch(i -> i.inspectorate() == Inspectorate.PROBATION);
        assertThat(RosterGenerator.generate(5, 20, PDUS, PRACTITIONERS, DAYS)).isEqualTo(RosterGenerator.generate(5, 20, PDUS, PRACTITIONERS, DAYS));
        assertThat(RosterGenerator.generate(5, 20, PDUS, PRACTITIONERS, DAYS)).isNotEqualTo(RosterGenerator.generate(6, 20, PDUS, PRACTITIONERS, DAYS));
    }
}
