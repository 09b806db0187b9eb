package org.inspectionplanner.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.demo.Programme;
import org.inspectionplanner.data.demo.ProgrammeGenerator;
import org.inspectionplanner.data.io.CalendarCsv;
import org.inspectionplanner.data.io.CapacityCsv;
import org.inspectionplanner.data.io.CaseloadCsv;
import org.inspectionplanner.data.io.InspectionsCsv;
import org.inspectionplanner.data.io.RosterCsv;
import org.inspectionplanner.data.roster.Roster;
import org.inspectionplanner.planner.allocation.AllocationParameters;
import org.inspectionplanner.planner.allocation.GeneratedAllocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A black-box review: {@code allocate --sample caseload.csv} allocated the whole caseload extract as if it were a
 * sample, without a word. A file given to the wrong option is refused now, saying which file, what it looks like
 * and which command takes it: exit 2, no stack trace, nothing written.
 */
class WrongFileTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @TempDir
    static Path dir;

    static Path caseload;
    static Path sample;
    static Path roster;
    static Path inspections;
    static Path capacity;
    static Path calendar;
    static Path plan;

    @BeforeAll
    static void writeFiles() throws Exception {
        GeneratedAllocation data = GeneratedAllocation.generate(3, 1, 12, 4, AllocationParameters.of(MONDAY));
        caseload = dir.resolve("caseload.csv");
        CaseloadCsv.write(new Caseload("caseload.csv", List.of(), data.cases()), caseload);
        sample = dir.resolve("sample.csv");
        Files.copy(caseload, sample);
        AllocateCommandTest.asSample(sample);
        roster = dir.resolve("inspectors.csv");
        RosterCsv.write(new Roster("inspectors.csv", List.of(), data.inspectors()), roster);
        Programme programme = ProgrammeGenerator.generate(3, 6, MONDAY, 26);
        inspections = dir.resolve("inspections.csv");
        InspectionsCsv.write(programme.inspections(), inspections);
        capacity = dir.resolve("capacity.csv");
        CapacityCsv.write(programme.capacity(), capacity);
        calendar = dir.resolve("calendar.csv");
        CalendarCsv.write(programme.calendar(), calendar);
        plan = dir.resolve("fieldwork-plan.csv");
        Files.writeString(plan, "inspection_id,pdu,fieldwork_start\nI1,North,2026-03-02\n");
    }

    private static void refused(CliRun run, Path out, String... says) {
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: ").contains(says).doesNotContain("Exception", "\tat ");
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void allocateRefusesACaseloadExtractAsTheSampleAndSaysWhichCommandTakesIt() {
        Path out = dir.resolve("allocate-caseload");
        CliRun run = CliRun.of("allocate", "--sample", caseload.toString(), "--inspectors", roster.toString(),
                "--fieldwork-start", MONDAY.toString(), "--out", out.toString(), "--time-limit", "1s");
        refused(run, out, "--sample " + caseload + ": this is not a sample", "it looks like a caseload extract",
                "but not stratum and weight", "is what 'sample --caseload' takes", "Draw a sample from it");
        // The same files the right way round are allocated.
        CliRun right = CliRun.of("allocate", "--sample", sample.toString(), "--inspectors", roster.toString(),
                "--fieldwork-start", MONDAY.toString(), "--out", out.toString(), "--time-limit", "1s", "--seed", "1");
        assertThat(right.exit()).as(right.err()).isZero();
    }

    @Test
    void allocateRefusesOtherFilesInPlaceOfTheSampleTheRosterOrThePreviousPlan() {
        Path out = dir.resolve("allocate-other");
        refused(CliRun.of("allocate", "--sample", sample.toString(), "--inspectors", caseload.toString(),
                "--fieldwork-start", MONDAY.toString(), "--out", out.toString()), out,
                "--inspectors " + caseload + ": this is not an inspector roster; it looks like a caseload extract");
        refused(CliRun.of("allocate", "--sample", roster.toString(), "--inspectors", roster.toString(),
                "--fieldwork-start", MONDAY.toString(), "--out", out.toString()), out,
                "--sample " + roster + ": this is not a sample", "it looks like an inspector roster", "'allocate --inspectors'");
        refused(CliRun.of("allocate", "--sample", sample.toString(), "--inspectors", roster.toString(),
                "--fieldwork-start", MONDAY.toString(), "--out", out.toString(), "--previous", sample.toString()), out,
                "--previous " + sample + ": this is not an allocation", "it looks like a sample", "'allocate --sample'");
    }

    @Test
    void sampleRefusesAnInspectionsFileAsTheFieldworkPlanAndARosterAsTheCaseload() {
        Path out = dir.resolve("sample-out");
        refused(CliRun.of("sample", "--caseload", caseload.toString(), "--fieldwork-plan", inspections.toString(),
                "--out", out.toString()), out,
                "--fieldwork-plan " + inspections + ": this is not a fieldwork plan; it looks like an inspection programme",
                "'schedule --inspections'");
        refused(CliRun.of("sample", "--caseload", roster.toString(), "--fieldwork-start", MONDAY.toString(),
                "--out", out.toString()), out,
                "--caseload " + roster + ": this is not a caseload extract; it looks like an inspector roster");
    }

    @Test
    void scheduleRefusesARosterAsTheInspectionsAndSwappedCapacityAndCalendar() {
        Path out = dir.resolve("schedule-out");
        List<String> dates = List.of("--from", MONDAY.toString(), "--to", MONDAY.plusWeeks(25).toString(),
                "--plan-date", MONDAY.toString(), "--out", out.toString(), "--time-limit", "1s");
        refused(run("schedule", "--inspections", roster.toString(), "--capacity", capacity.toString(),
                "--calendar", calendar.toString(), dates), out,
                "--inspections " + roster + ": this is not an inspection programme; it looks like an inspector roster",
                "'allocate --inspectors'");
        refused(run("schedule", "--inspections", inspections.toString(), "--capacity", calendar.toString(),
                "--calendar", capacity.toString(), dates), out,
                "--capacity " + calendar + ": this is not a staff capacity file; it looks like a blackout calendar");
        refused(run("schedule", "--inspections", inspections.toString(), "--capacity", capacity.toString(),
                "--calendar", calendar.toString(), "--previous", plan.toString(), dates), out,
                "--previous " + plan + ": this is not a schedule", "it looks like a fieldwork plan", "'sample --fieldwork-plan'");
    }

    @Test
    void validateSaysWhatAWrongFileLooksLikeAndStillChecksTheOthers() {
        CliRun run = CliRun.of("validate", "--inspectors", caseload.toString(), "--calendar", calendar.toString(),
                "--caseload", sample.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--inspectors " + caseload + ": this is not an inspector roster; it looks like a caseload extract")
                .doesNotContain("Exception");
        assertThat(run.out()).contains(calendar + ": OK").contains(sample + ": OK");
    }

    private static CliRun run(String command, String o1, String f1, String o2, String f2, String o3, String f3, List<String> rest) {
        return run(command, o1, f1, o2, f2, o3, f3, "", "", rest);
    }

    private static CliRun run(String command, String o1, String f1, String o2, String f2, String o3, String f3, String o4,
            String f4, List<String> rest) {
        List<String> args = new java.util.ArrayList<>(List.of(command, o1, f1, o2, f2, o3, f3));
        if (!o4.isEmpty()) {
            args.add(o4);
            args.add(f4);
        }
        args.addAll(rest);
        return CliRun.of(args.toArray(String[]::new));
    }
}
