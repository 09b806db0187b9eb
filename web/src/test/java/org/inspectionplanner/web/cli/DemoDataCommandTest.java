package org.inspectionplanner.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.io.CalendarCsv;
import org.inspectionplanner.data.io.CapacityCsv;
import org.inspectionplanner.data.io.CaseloadCsv;
import org.inspectionplanner.data.io.InspectionsCsv;
import org.inspectionplanner.data.io.RosterCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataCommandTest {

    static final List<String> FILES = List.of("caseload.csv", "fieldwork-plan.csv", "inspectors.csv",
            "inspections.csv", "capacity.csv", "calendar.csv");
    static final String[] SMALL = {"--pdus", "4", "--weekly-mean", "10", "--inspectors", "15", "--inspections", "30",
            "--programme-weeks", "26"};

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    static String[] args(Path dir, String... more) {
        String[] a = new String[3 + SMALL.length + more.length];
        a[0] = "demo-data";
        a[1] = "--out";
        a[2] = dir.toString();
        System.arraycopy(SMALL, 0, a, 3, SMALL.length);
        System.arraycopy(more, 0, a, 3 + SMALL.length, more.length);
        return a;
    }

    @Test
    void theSameSeedWritesByteIdenticalFilesAndAnotherSeedOthers(@TempDir Path tmp) throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        Path c = tmp.resolve("c");
        assertThat(run(args(a, "--seed", "11")).exit()).isZero();
        assertThat(run(args(b, "--seed", "11")).exit()).isZero();
        assertThat(run(args(c, "--seed", "12")).exit()).isZero();
        for (String f : FILES) {
            assertThat(Files.mismatch(a.resolve(f), b.resolve(f))).as(f).isEqualTo(-1L);
        }
        assertThat(Files.mismatch(a.resolve("caseload.csv"), c.resolve("caseload.csv"))).isNotEqualTo(-1L);
    }

    @Test
    void everyFileWrittenPassesItsReader(@TempDir Path dir) throws IOException {
        CliRun r = run(args(dir));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("caseload.csv").contains("4 PDUs");
        Caseload caseload = CaseloadCsv.read(dir.resolve("caseload.csv"));
        assertThat(caseload.cases().size()).isBetween(2500, 4000);
        assertThat(RosterCsv.read(dir.resolve("inspectors.csv")).inspectors()).hasSize(15);
        assertThat(InspectionsCsv.read(dir.resolve("inspections.csv"))).hasSize(30);
        assertThat(CapacityCsv.read(dir.resolve("capacity.csv"))).hasSize(26 * 5);
        assertThat(CalendarCsv.read(dir.resolve("calendar.csv"))).isNotEmpty();
        List<String> lines = Files.readAllLines(dir.resolve("fieldwork-plan.csv"));
        assertThat(lines.get(0)).isEqualTo("inspection_id,pdu,fieldwork_start"); // as schedule writes it
        List<org.inspectionplanner.sampler.FieldworkPlan.Entry> plan =
                org.inspectionplanner.sampler.FieldworkPlan.read(dir.resolve("fieldwork-plan.csv"));
        assertThat(plan).hasSize(4);
        var inspections = InspectionsCsv.read(dir.resolve("inspections.csv"));
        for (var entry : plan) {
            LocalDate fw = entry.fieldworkStart();
            assertThat(fw.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(caseload.cases()).anyMatch(c -> c.pdu().equals(entry.pdu())
                    && !c.startDate().isBefore(fw.minusWeeks(32)) && c.startDate().isBefore(fw.minusWeeks(26)));
            if (entry.inspectionId() != null) { // the programme's inspection of that PDU
                assertThat(inspections).anyMatch(i -> i.inspectionId().equals(entry.inspectionId())
                        && i.pdus().equals(List.of(entry.pdu())));
            }
        }
        assertThat(plan).anyMatch(e -> e.inspectionId() != null);
    }

    @Test
    void aFromDateAloneGivesSeventyEightWeeksOfCases(@TempDir Path dir) {
        CliRun r = run(args(dir, "--from", "2024-01-01"));
        assertThat(r.exit()).as(r.err()).isZero();
        Caseload caseload = CaseloadCsv.read(dir.resolve("caseload.csv"));
        assertThat(caseload.cases()).allMatch(c -> !c.startDate().isBefore(LocalDate.of(2024, 1, 1))
                && !c.startDate().isAfter(LocalDate.of(2025, 6, 29)));
        assertThat(caseload.cases()).anyMatch(c -> c.startDate().isAfter(LocalDate.of(2025, 6, 20)));
        assertThat(r.out()).contains("2024-01-01 .. 2025-06-29");
    }

    @Test
    void badOptionsExitTwoWithTheReason(@TempDir Path dir) {
        CliRun badDate = run("demo-data", "--out", dir.toString(), "--from", "06/01/2025x");
        assertThat(badDate.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(badDate.err()).contains("--from").contains("06/01/2025x");
        CliRun noPdus = run("demo-data", "--out", dir.toString(), "--pdus", "0");
        assertThat(noPdus.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(noPdus.err()).contains("pdus");
        CliRun tooShort = run("demo-data", "--out", dir.resolve("x").toString(), "--from", "2025-01-06", "--to", "2025-02-01");
        assertThat(tooShort.exit()).isEqualTo(Cli.BAD_INPUT);
        assertThat(tooShort.err()).contains("too short");
        assertThat(dir.resolve("x")).doesNotExist();
        assertThat(run("demo-data").exit()).isEqualTo(Cli.BAD_INPUT); // --out is required
    }
}
