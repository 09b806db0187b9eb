package org.inspectionplanner.web.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.io.CaseloadCsv;
import org.inspectionplanner.data.io.RosterCsv;
import org.inspectionplanner.data.roster.Roster;
import org.inspectionplanner.planner.allocation.AllocationParameters;
import org.inspectionplanner.planner.allocation.GeneratedAllocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AllocateCommandTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;

    private Path sample;
    private Path roster;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeInputs() {
        GeneratedAllocation data = GeneratedAllocation.generate(3, 1, 24, 4, AllocationParameters.of(MONDAY));
        sample = dir.resolve("sample.csv");
        roster = dir.resolve("inspectors.csv");
        CaseloadCsv.write(new Caseload("sample.csv", List.of(), data.cases()), sample);
        asSample(sample);
        RosterCsv.write(new Roster("inspectors.csv", List.of(), data.inspectors()), roster);
    }

    /** Adds the sampler's own columns, as every sample.csv has them (a bare caseload extract is refused). */
    static void asSample(Path caseload) {
        try {
            List<String> lines = Files.readAllLines(caseload, StandardCharsets.UTF_8);
            List<String> sample = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                sample.add(lines.get(i) + (i == 0 ? ",stratum,weight" : ",all,1"));
            }
            Files.write(caseload, sample, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private int run(String... args) {
        CommandLine cl = Cli.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void writesThePlanAndRePlansAroundPinnedRows() throws Exception {
        Path first = dir.resolve("first");
        int code = run("allocate", "--sample", sample.toString(), "--inspectors", roster.toString(),
                "--fieldwork-start", MONDAY.toString(), "--out", first.toString(), "--time-limit", "1s", "--seed", "1");
        assertThat(code).as(err.toString()).isZero();
        // The generated roster may leave a case nobody can take (e.g. its only specialist is conflicted).
        assertThat(out.toString()).containsPattern("Allocated 2[34] of 24 cases to \\d+ inspectors; every hard rule is kept")
                .containsPattern("Workload: the busiest inspector at \\d+% of capacity").doesNotContain("hard/").contains("wrote ");
        List<String> lines = Files.readAllLines(first.resolve("allocation.csv"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(25);
        assertThat(lines.get(0)).isEqualTo("case_id,inspector_id,interview_date,interview_time,weight,pinned,reason,reason_message");
        assertThat(Files.readString(first.resolve("report.json"))).contains("\"constraints\"").contains("\"best_score_over_time\"");

        // Pin the first three rows by hand, then re-plan: they must come back unchanged.
        List<String> edited = new ArrayList<>(lines);
        for (int i = 1; i <= 3; i++) {
            edited.set(i, edited.get(i).replace(",false,", ",true,"));
        }
        Path previous = dir.resolve("previous.csv");
        Files.write(previous, edited, StandardCharsets.UTF_8);
        Path second = dir.resolve("second");
        code = run("allocate", "--sample", sample.toString(), "--inspectors", roster.toString(),
                "--fieldwork-start", MONDAY.toString(), "--out", second.toString(), "--time-limit", "1s",
                "--previous", previous.toString(), "--weight", "stability=2000000", "--skill-rule", "domestic_abuse=off");
        assertThat(code).as(err.toString()).isZero();
        List<String> replanned = Files.readAllLines(second.resolve("allocation.csv"), StandardCharsets.UTF_8);
        for (int i = 1; i <= 3; i++) {
            assertThat(firstSixColumns(replanned.get(i))).isEqualTo(firstSixColumns(edited.get(i)));
        }
    }

    private static String firstSixColumns(String line) {
        return String.join(",", java.util.Arrays.asList(line.split(",", -1)).subList(0, 6));
    }

    @Test
    void badInputExitsTwoWithAMessage() {
        int code = run("allocate", "--sample", sample.toString(), "--inspectors", roster.toString(),
                "--fieldwork-start", "2026-03-03", "--out", dir.resolve("x").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("2026-03-03 is a TUESDAY, not a Monday");

        code = run("allocate", "--sample", dir.resolve("missing.csv").toString(), "--inspectors", roster.toString(),
                "--fieldwork-start", MONDAY.toString(), "--out", dir.resolve("x").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("missing.csv");

        code = run("allocate", "--sample", sample.toString(), "--inspectors", roster.toString(),
                "--fieldwork-start", MONDAY.toString(), "--out", dir.resolve("x").toString(), "--weight", "speed=3");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("unknown constraint 'speed'");
    }

    @Test
    void timeLimitsParseByTheOneSharedGrammar() {
        DurationConverter c = new DurationConverter();
        assertThat(c.convert("30s")).hasSeconds(30);
        assertThat(c.convert("500ms")).hasMillis(500);
        assertThat(c.convert("2m")).hasSeconds(120);
        assertThat(c.convert("1.5m")).hasSeconds(90);
        assertThat(c.convert("1h")).hasSeconds(3600);
        assertThat(c.convert("PT5S")).hasSeconds(5);
        assertThat(c.convert("7")).hasSeconds(7);
        for (String bad : List.of("0s", "-5s", "soon", "5 minutes", "PT-1S")) {
            assertThatThrownBy(() -> c.convert(bad)).as(bad).isInstanceOf(picocli.CommandLine.TypeConversionException.class);
        }
    }

    @Test
    void aBadTimeLimitIsAUsageErrorOfEitherCommandNamingTheOption() {
        for (String command : List.of("allocate", "schedule")) {
            StringWriter err = new StringWriter();
            picocli.CommandLine cl = Cli.newCommandLine();
            cl.setErr(new PrintWriter(err));
            int code = cl.execute(command, "--time-limit", "soon");
            assertThat(code).as(command).isEqualTo(2);
            assertThat(err.toString()).as(command).contains("--time-limit").contains("'soon' is not a duration");
        }
    }
}
