package org.inspectionplanner.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.inspectionplanner.data.demo.CaseloadGenerator;
import org.inspectionplanner.data.demo.CaseloadSpec;
import org.inspectionplanner.data.io.CaseloadCsv;
import org.inspectionplanner.data.caseload.Caseload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample command end to end, without Spring: exit codes, files, warnings. */
class SampleCommandTest {

    @TempDir
    static Path dir;
    static Path caseload;
    static String pdu;
    static final String MONDAY = "2026-02-02";

    @BeforeAll
    static void writeCaseload() {
        CaseloadSpec spec = new CaseloadSpec(3, 3, LocalDate.of(2025, 1, 6), LocalDate.of(2026, 1, 25), 12);
        caseload = dir.resolve("caseload.csv");
        CaseloadCsv.write(new Caseload("demo", List.of(), CaseloadGenerator.generate(spec)), caseload);
        pdu = CaseloadGenerator.pduNames(spec).get(0);
    }

    static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void samplesOnePduIntoTheFourFilesReproducibly() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        CliRun first = run("sample", "--caseload", caseload.toString(), "--fieldwork-start", MONDAY,
                "--method", "pdu-cohort", "--pdu", pdu, "--seed", "5", "--out", a.toString());
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).contains("pdu-cohort " + pdu).contains("seed 5");
        run("sample", "--caseload", caseload.toString(), "--fieldwork-start", MONDAY, "--pdu", pdu, "--seed", "5",
                "--out", b.toString());
        for (String file : List.of("sample.csv", "reserves.csv", "exclusions.csv", "report.json")) {
            assertThat(a.resolve(file)).exists();
            assertThat(Files.readAllBytes(b.resolve(file))).as(file).isEqualTo(Files.readAllBytes(a.resolve(file)));
        }
        assertThat(Files.readAllLines(a.resolve("sample.csv")).size()).isGreaterThan(5);
    }

    @Test
    void aFieldworkPlanSamplesEveryPduIntoItsOwnFolder() throws Exception {
        Path plan = dir.resolve("plan.csv");
        Files.writeString(plan, "pdu,fieldwork_start\n" + pdu + "," + MONDAY + "\n\"" + pduName(1) + "\",2026-01-26\n");
        Path out = dir.resolve("plan-out");
        CliRun o = run("sample", "--caseload", caseload.toString(), "--fieldwork-plan", plan.toString(),
                "--seed", "9", "--out", out.toString());
        assertThat(o.exit()).as(o.err()).isZero();
        try (var folders = Files.list(out)) {
            assertThat(folders.filter(Files::isDirectory).count()).isEqualTo(2);
        }
        assertThat(o.out()).contains("2 samples drawn");
    }

    private static String pduName(int i) {
        return CaseloadGenerator.pduNames(new CaseloadSpec(3, 3, LocalDate.of(2025, 1, 6),
                LocalDate.of(2026, 1, 25), 12)).get(i);
    }

    @Test
    void anUnmetQuotaIsAWarningOnStderrAndTheSampleIsStillWritten() {
        Path out = dir.resolve("unmet");
        CliRun o = run("sample", "--caseload", caseload.toString(), "--fieldwork-start", MONDAY, "--pdu", pdu,
                "--min-female", "500", "--seed", "1", "--out", out.toString());
        assertThat(o.exit()).isZero();
        assertThat(o.err()).contains("warning: Quota FEMALE unmet");
        assertThat(out.resolve("sample.csv")).exists();
    }

    @Test
    void aDepartureFromThePublishedCohortIsOneSummaryLine() {
        Path out = dir.resolve("capped");
        CliRun o = run("sample", "--caseload", caseload.toString(), "--fieldwork-start", MONDAY, "--pdu", pdu,
                "--min-female", "0", "--min-ethnic-minority", "0", "--min-high-rosh", "0",
                "--max-per-practitioner", "1", "--seed", "1", "--out", out.toString());
        assertThat(o.exit()).as(o.err()).isZero();
        assertThat(o.out().lines().filter(l -> l.startsWith("The sample departs from the published cohort: ")))
                .singleElement().asString().matches(".*: \\d+ cases? moved to reserves by the cap of 1 per practitioner\\.");
        CliRun plain = run("sample", "--caseload", caseload.toString(), "--fieldwork-start", MONDAY, "--pdu", pdu,
                "--min-female", "0", "--min-ethnic-minority", "0", "--min-high-rosh", "0", "--seed", "1",
                "--out", dir.resolve("plain").toString());
        assertThat(plain.out()).doesNotContain("departs");
    }

    @Test
    void usageErrorsExitTwoWithAMessage() {
        CliRun tuesday = run("sample", "--caseload", caseload.toString(), "--fieldwork-start", "2026-02-03",
                "--out", dir.resolve("x").toString());
        assertThat(tuesday.exit()).isEqualTo(2);
        assertThat(tuesday.err()).contains("Monday");

        CliRun method = run("sample", "--caseload", caseload.toString(), "--fieldwork-start", MONDAY,
                "--method", "lottery", "--out", dir.resolve("x").toString());
        assertThat(method.exit()).isEqualTo(2);
        assertThat(method.err()).contains("unknown method");

        CliRun missing = run("sample", "--caseload", dir.resolve("nope.csv").toString(), "--fieldwork-start", MONDAY,
                "--out", dir.resolve("x").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("file not found");

        CliRun shortlist = run("sample", "--caseload", caseload.toString(), "--fieldwork-start", MONDAY,
                "--method", "stratified-shortlist", "--out", dir.resolve("x").toString());
        assertThat(shortlist.exit()).isEqualTo(2);
        assertThat(shortlist.err()).contains("--from");

        CliRun pduUnknown = run("sample", "--caseload", caseload.toString(), "--fieldwork-start", MONDAY,
                "--pdu", "Atlantis", "--out", dir.resolve("x").toString());
        assertThat(pduUnknown.exit()).isEqualTo(2);
        assertThat(pduUnknown.err()).contains("Atlantis");
        assertThat(pduUnknown.err()).doesNotContain("Exception");
    }
}
