package org.inspectionplanner.data.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.inspectionplanner.data.Inspectorate;
import org.inspectionplanner.data.programme.BlackoutWeek;
import org.inspectionplanner.data.programme.Inspection;
import org.inspectionplanner.data.programme.InspectionKind;
import org.inspectionplanner.data.programme.StaffCapacity;
import org.inspectionplanner.data.programme.Tier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ProgrammeGeneratorTest {

    static final LocalDate FIRST = LocalDate.of(2026, 9, 7);

    /** The witness schedule obeys every hard rule of the programme planner, so the programme is feasible. */
    @ParameterizedTest
    @CsvSource({"1, 40, 26", "2, 40, 26", "3, 150, 52", "4, 150, 52", "5, 12, 10", "6, 300, 52"})
    void everyProgrammeHasAScheduleMeetingEveryHardRule(long seed, int n, int weeks) {
        ProgrammeGenerator.WithWitness g = ProgrammeGenerator.generateWithWitness(seed, n, FIRST, weeks, DemoNames.pdus(26));
        Programme p = g.programme();
        Map<String, LocalDate> start = g.witness();
        assertThat(p.inspections()).hasSize(n);
        Set<LocalDate> blackout = p.calendar().stream().map(BlackoutWeek::weekStart).collect(Collectors.toSet());
        Map<String, Integer> staff = new HashMap<>();
        p.capacity().forEach(c -> staff.put(c.inspectorate() + "@" + c.weekStart(), c.staff()));
        Map<String, Integer> used = new HashMap<>();
        LocalDate lastStart = FIRST.plusWeeks(weeks - 1);
        for (Inspection i : p.inspections()) {
            LocalDate s = start.get(i.inspectionId());
            LocalDate end = s.plusWeeks(i.fieldworkWeeks() - 1).plusDays(4);
            assertThat(s).as("notice").isAfterOrEqualTo(FIRST.plusWeeks(ProgrammeGenerator.NOTICE_WEEKS));
            assertThat(s.plusWeeks(i.fieldworkWeeks() - 1)).as("horizon").isBeforeOrEqualTo(lastStart);
            assertThat(s).as("window").isAfterOrEqualTo(i.earliestStart());
            assertThat(end).as("window").isBeforeOrEqualTo(i.latestEnd());
            if (i.fixedStart() != null) {
                assertThat(i.fixedStart()).isEqualTo(s);
            }
            for (int w = 0; w < i.fieldworkWeeks(); w++) {
                LocalDate week = s.plusWeeks(w);
                assertThat(blackout).as("blackout").doesNotContain(week);
                i.demand().forEach((k, d) -> used.merge(k + "@" + week, d, Integer::sum));
            }
            for (Inspection o : p.inspections()) {
                if (o != i && i.area() != null && i.area().equals(o.area())) {
                    long apart = Math.abs(java.time.temporal.ChronoUnit.WEEKS.between(s, start.get(o.inspectionId())));
                    assertThat(apart).as("area gap %s %s", i.inspectionId(), o.inspectionId())
                            .isGreaterThanOrEqualTo(ProgrammeGenerator.AREA_GAP_WEEKS);
                }
            }
        }
        used.forEach((key, demand) -> assertThat(demand).as("capacity %s", key).isLessThanOrEqualTo(staff.getOrDefault(key, 0)));
        // Tight: in its peak week, some inspectorate uses all its staff.
        assertThat(used.entrySet()).anyMatch(e -> e.getValue().equals(staff.get(e.getKey())));
    }

    /**
     * A year's programme inspects each caseload PDU at most once, names only caseload PDUs, and its
     * area inspections sample the caseload PDUs of their area: every sample it plans can be drawn.
     */
    @ParameterizedTest
    @CsvSource({"7, 150, 26", "8, 150, 3", "9, 40, 26", "10, 300, 26"})
    void pduInspectionsNameCaseloadPdusEachAtMostOnce(long seed, int n, int caseloadPdus) {
        List<String> pdus = DemoNames.pdus(caseloadPdus);
        Programme p = ProgrammeGenerator.generate(seed, n, FIRST, 52, pdus);
        List<String> inspected = p.inspections().stream().filter(i -> i.kind() == InspectionKind.PDU_PROBATION)
                .peek(i -> assertThat(i.pdus()).hasSize(1))
                .map(i -> i.pdus().get(0)).toList();
        assertThat(inspected).doesNotHaveDuplicates();
        assertThat(pdus).containsAll(inspected);
        assertThat(inspected).hasSizeGreaterThanOrEqualTo(Math.min(caseloadPdus, n / 10));
        for (Inspection i : p.inspections()) {
            assertThat(pdus).containsAll(i.pdus());
            // a PDU inspection the witness found no room for in its area's gaps becomes national
            i.pdus().forEach(pdu -> assertThat(i.area()).isIn(DemoNames.areaOf(pdu), null));
            assertThat(i.demand()).containsKey(i.lead());
        }
        assertThat(p.inspections()).anyMatch(i -> i.kind() == InspectionKind.JOINT_AREA && !i.pdus().isEmpty());
    }

    @Test
    void probationWorksMostlyInJointInspections() {
        for (long seed = 1; seed <= 3; seed++) {
            Programme p = ProgrammeGenerator.generate(seed, 150, FIRST, 52);
            double joint = 0;
            double all = 0;
            for (Inspection i : p.inspections()) {
                int weeks = i.demand().getOrDefault(Inspectorate.PROBATION, 0) * i.fieldworkWeeks();
                all += weeks;
                joint += i.tier() == Tier.JOINT ? weeks : 0;
            }
            assertThat(joint / all).as("probation staff-weeks in JOINT inspections").isBetween(0.78, 0.92);
        }
    }

    @Test
    void inspectionsAreWellFormedAndVaried() {
        Programme p = ProgrammeGenerator.generate(7, 150, FIRST, 52);
        assertThat(p.inspections().stream().map(Inspection::inspectionId).distinct().count()).isEqualTo(150);
        assertThat(p.inspections().stream().map(Inspection::kind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(InspectionKind.values());
        assertThat(p.inspections().stream().map(Inspection::lead).collect(Collectors.toSet())).hasSizeGreaterThanOrEqualTo(4);
        assertThat(p.inspections().stream().flatMap(i -> i.demand().keySet().stream()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Inspectorate.values());
        for (Inspection i : p.inspections()) {
            assertThat(i.demand()).containsKey(i.lead());
            assertThat(i.tier()).isEqualTo(i.demand().size() > 1 ? Tier.JOINT : Tier.SOLE);
            assertThat(i.priority()).isBetween(1, 5);
            assertThat(i.fieldworkWeeks()).isBetween(1, 3);
            assertThat(i.earliestStart().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            if (i.preferredStart() != null) {
                assertThat(i.preferredStart()).isBetween(i.earliestStart(), i.latestEnd());
            }
            if (i.kind() == InspectionKind.PDU_PROBATION) {
                String pdu = i.title().substring(i.title().indexOf(": ") + 2);
                assertThat(i.area()).as("area of %s", i.title()).isIn(DemoNames.areaOf(pdu), null);
                assertThat(i.lead()).isEqualTo(Inspectorate.PROBATION);
                assertThat(i.demand()).containsEntry(Inspectorate.PROBATION, 6);
            }
            if (i.kind() == InspectionKind.JOINT_AREA) {
                assertThat(i.demand().size()).isBetween(3, 4);
                assertThat(i.area()).isNotNull();
            }
        }
        List<String> pduTitles = p.inspections().stream().filter(i -> i.kind() == InspectionKind.PDU_PROBATION)
                .map(Inspection::title).toList();
        assertThat(pduTitles.subList(0, 26)).doesNotHaveDuplicates(); // every PDU once before any repeat
        assertThat(p.inspections().stream().filter(i -> i.area() == null).count()).isLessThan(20);
        assertThat(p.inspections().stream().filter(Inspection::isFixed).count()).isEqualTo(2);
        assertThat(ProgrammeGenerator.generate(7, 40, FIRST, 26).inspections().stream().filter(Inspection::isFixed).count()).isEqualTo(1);
        assertThat(p.inspections().stream().filter(i -> i.preferredStart() != null).count()).isBetween(15L, 80L);
        // Several inspections per area, so the area gap matters.
        Map<String, Long> perArea = p.inspections().stream().filter(i -> i.area() != null)
                .collect(Collectors.groupingBy(Inspection::area, Collectors.counting()));
        assertThat(perArea.values().stream().filter(n -> n >= 3).count()).isGreaterThanOrEqualTo(5);
        // Capacity covers demand on average, without being lavish.
        Set<LocalDate> blackout = new HashSet<>(p.calendar().stream().map(BlackoutWeek::weekStart).toList());
        for (Inspectorate k : Inspectorate.values()) {
            long demand = p.inspections().stream().mapToLong(i -> (long) i.demand().getOrDefault(k, 0) * i.fieldworkWeeks()).sum();
            long capacity = p.capacity().stream().filter(c -> c.inspectorate() == k && !blackout.contains(c.weekStart()))
                    .mapToLong(StaffCapacity::staff).sum();
            assertThat(capacity).as("capacity of %s", k).isGreaterThanOrEqualTo(demand);
            if (k == Inspectorate.PROBATION || k == Inspectorate.PRISONS) {
                assertThat(demand / (double) capacity).as("utilisation of %s", k).isGreaterThan(0.6);
            }
        }
        assertThat(p.capacity()).hasSize(52 * 5).allMatch(c -> c.weekStart().getDayOfWeek() == DayOfWeek.MONDAY);
    }

    @Test
    void blackoutWeeksAreChristmasNewYearAndEaster() {
        List<BlackoutWeek> weeks = ProgrammeGenerator.blackoutWeeks(LocalDate.of(2026, 9, 7), 52);
        assertThat(weeks).extracting(BlackoutWeek::weekStart).containsExactly(
                LocalDate.of(2026, 12, 21), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 3, 29));
        assertThat(weeks).extracting(BlackoutWeek::reason).containsExactly("Christmas", "New Year", "Easter");
        assertThat(ProgrammeGenerator.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(ProgrammeGenerator.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(ProgrammeGenerator.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    }

    @Test
    void theSameSeedGivesTheSameProgramme() {
        assertThat(ProgrammeGenerator.generate(9, 40, FIRST, 26)).isEqualTo(ProgrammeGenerator.generate(9, 40, FIRST, 26));
        assertThat(ProgrammeGenerator.generate(9, 40, FIRST, 26)).isNotEqualTo(ProgrammeGenerator.generate(10, 40, FIRST, 26));
    }

    @Test
    void badArgumentsAreRefused() {
        assertThatThrownBy(() -> ProgrammeGenerator.generate(1, 10, FIRST.plusDays(1), 26)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProgrammeGenerator.generate(1, 10, FIRST, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
