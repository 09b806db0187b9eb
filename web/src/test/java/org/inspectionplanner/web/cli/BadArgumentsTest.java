package org.inspectionplanner.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.demo.CaseloadGenerator;
import org.inspectionplanner.data.demo.CaseloadSpec;
import org.inspectionplanner.data.io.CaseloadCsv;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes a user makes on the command line exit 2 with a message in words, never 1 ("internal
 * error") and never Java's exception names: dates out of range or that do not exist, an --out that
 * is a file, a folder given as an input file.
 */
class BadArgumentsTest {

    @TempDir
    static Path dir;
    static Path caseload;
    static String pdu;

    @BeforeAll
    static void writeCaseload() {
        CaseloadSpec spec = new CaseloadSpec(1, 3, LocalDate.of(2025, 1, 6), LocalDate.of(2026, 1, 25), 12);
        caseload = dir.resolve("caseload.csv");
        CaseloadCsv.write(new Caseload("demo", List.of(), CaseloadGenerator.generate(spec)), caseload);
        pdu = CaseloadGenerator.pduNames(spec).get(0);
    }

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    private static CliRun sample(String fieldworkStart, Path out) {
        return run("sample", "--caseload", caseload.toString(), "--fieldwork-start", fieldworkStart, "--pdu", pdu,
                "--out", out.toString());
    }

    private static void assertBadInput(CliRun o, String message) {
        assertThat(o.exit()).as(o.err()).isEqualTo(Cli.BAD_INPUT);
        assertThat(o.err()).contains(message).doesNotContain("Exception").doesNotContain("internal error");
    }

    @Test
    void aFieldworkStartOutsideTheYears1900To2100IsAUsageError() {
        for (String date : List.of("-999999999-01-01", "1800-01-06", "2200-01-06")) {
            assertBadInput(sample(date, dir.resolve("far")), "'" + date + "' is not between the years 1900 and 2100");
        }
        assertThat(dir.resolve("far")).doesNotExist();
    }

    @Test
    void aDayThatDoesNotExistIsAUsageErrorInWords() {
        assertBadInput(sample("2026-02-30", dir.resolve("x")), "'2026-02-30' is not a date as yyyy-MM-dd");
        assertBadInput(run("schedule", "--inspections", "i.csv", "--capacity", "c.csv", "--calendar", "k.csv",
                "--from", "2026-01-05", "--to", "2026-12-28", "--plan-date", "30/11/2025", "--out", "o"),
                "'30/11/2025' is not a date as yyyy-MM-dd");
    }

    @Test
    void anOutputThatIsAFileIsBadInput() throws Exception {
        Path file = Files.writeString(dir.resolve("taken.txt"), "x");
        assertBadInput(sample("2026-02-02", file), file + ": already exists and is not a folder");
    }

    @Test
    void aFolderGivenAsAnInputFileIsBadInput() {
        assertBadInput(run("validate", "--inspectors", dir.toString()), "is a folder, not a file");
        assertBadInput(run("sample", "--caseload", dir.toString(), "--fieldwork-start", "2026-02-02", "--pdu", pdu,
                "--out", dir.resolve("y").toString()), "is a folder, not a file");
    }

    @Test
    void aDemoDataSetTooLargeToBeMeantIsRefusedBeforeWritingAnything() {
        Path out = dir.resolve("huge");
        assertBadInput(run("demo-data", "--out", out.toString(), "--pdus", "100000"),
                "--pdus 100000 with --weekly-mean 40.0 over 78 weeks would write about 312,000,000 cases");
        assertThat(out).doesNotExist();
    }
}
