package org.inspectionplanner.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.inspectionplanner.data.demo.Programme;
import org.inspectionplanner.data.demo.ProgrammeGenerator;
import org.inspectionplanner.data.io.CalendarCsv;
import org.inspectionplanner.data.io.CapacityCsv;
import org.inspectionplanner.data.io.InspectionsCsv;
import org.inspectionplanner.data.io.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schedule command end to end on a small generated programme (no Spring context). */
class ScheduleCommandTest {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 6);

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private List<String> baseArgs(Path outDir) {
        Programme programme = ProgrammeGenerator.generate(3, 20, FROM, 26);
        InspectionsCsv.write(programme.inspections(), dir.resolve("inspections.csv"));
        CapacityCsv.write(programme.capacity(), dir.resolve("capacity.csv"));
        CalendarCsv.write(programme.calendar(), dir.resolve("calendar.csv"));
        return new ArrayList<>(List.of("schedule",
                "--inspections", dir.resolve("inspections.csv").toString(),
                "--capacity", dir.resolve("capacity.csv").toString(),
                "--calendar", dir.resolve("calendar.csv").toString(),
                "--from", FROM.toString(), "--to", FROM.plusWeeks(25).toString(),
                "--plan-date", FROM.toString(), "--out", outDir.toString(),
                "--time-limit", "2s", "--seed", "1"));
    }

    @Test
    void writesScheduleFieldworkPlanAndReport() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = run(baseArgs(out).toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> schedule = Files.readAllLines(out.resolve("schedule.csv"), StandardCharsets.UTF_8);
        assertThat(schedule.get(0)).startsWith("inspection_id,kind,tier,lead,area,pdus,priority,fieldwork_start,"
                + "fieldwork_end,notice_date,pinned,cohort_window_start,cohort_window_end,reason");
        assertThat(schedule).hasSize(21);
        List<String> plan = Files.readAllLines(out.resolve("fieldwork-plan.csv"), StandardCharsets.UTF_8);
        assertThat(plan.get(0)).isEqualTo("inspection_id,pdu,fieldwork_start");
        var report = Json.mapper().readTree(out.resolve("report.json").toFile());
        assertThat(report.get("feasible").asBoolean()).isTrue();
        assertThat(report.get("constraints")).hasSize(14);
        assertThat(report.get("joint_share")).isNotEmpty();
        assertThat(report.get("solver").get("score_calculation_speed_per_second").asLong()).isPositive();
        assertThat(run.out()).contains("Wrote").containsPattern("Scheduled \\d+ of 20 inspections \\(\\d+ pinned\\); every hard rule is kept")
                .containsPattern("Staff use, Probation: \\d+% of capacity in an average week").doesNotContain("hard/");
    }

    @Test
    void previousPinnedRowsStay() throws Exception {
        Path first = dir.resolve("first");
        assertThat(run(baseArgs(first).toArray(String[]::new)).exit()).isZero();
        // pin the second scheduled row at a week of our choosing (inside its window: its own week + 0)
        List<String> lines = new ArrayList<>(Files.readAllLines(first.resolve("schedule.csv")));
        String[] cells = lines.get(1).split(",", -1);
        String pinnedId = cells[0];
        String pinnedStart = cells[7];
        cells[10] = "true";
        lines.set(1, String.join(",", cells));
        Path previous = dir.resolve("previous.csv");
        Files.write(previous, lines);

        Path second = dir.resolve("second");
        List<String> args = baseArgs(second);
        args.addAll(List.of("--previous", previous.toString()));
        CliRun run = run(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        String row = Files.readAllLines(second.resolve("schedule.csv")).stream()
                .filter(l -> l.startsWith(pinnedId + ",")).findFirst().orElseThrow();
        assertThat(row.split(",", -1)[7]).isEqualTo(pinnedStart);
        assertThat(row.split(",", -1)[10]).isEqualTo("true");
    }

    @Test
    void badInputExitsTwoWithTheReason() {
        List<String> args = baseArgs(dir.resolve("bad"));
        args.set(args.indexOf("--from") + 1, "2026-04-07");
        CliRun run = run(args.toArray(String[]::new));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--from must be a Monday");
    }

    @Test
    void badPreviousFileIsLocated() throws Exception {
        Path previous = dir.resolve("previous.csv");
        Files.writeString(previous, "inspection_id,fieldwork_start,pinned\nINS001,2026-04-08,true\n");
        List<String> args = baseArgs(dir.resolve("bad"));
        args.addAll(List.of("--previous", previous.toString()));
        CliRun run = run(args.toArray(String[]::new));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("previous.csv:2:2:").contains("expected a Monday");
    }
}
