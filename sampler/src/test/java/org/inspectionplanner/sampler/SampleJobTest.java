package org.inspectionplanner.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.io.CaseloadCsv;
import org.inspectionplanner.data.io.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleJobTest {

    @TempDir
    Path dir;

    private Path caseloadFile() {
        Path file = dir.resolve("caseload.csv");
        CaseloadCsv.write(RandomCaseloads.generate(3, 400), file);
        return file;
    }

    @Test
    void theInputIsHashedWhileItIsRead() throws Exception {
        Path file = caseloadFile();
        SampleJob.InputFile input = SampleJob.read(file);
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        assertThat(input.sha256()).isEqualTo(expected);
        assertThat(input.fileName()).isEqualTo("caseload.csv");
        assertThat(input.caseload().cases()).hasSize(400);
    }

    @Test
    void aFieldworkPlanWritesOneFolderPerPduFromOneRead() throws Exception {
        Path plan = dir.resolve("plan.csv");
        Files.writeString(plan, "pdu,fieldwork_start\nPDU-A,2026-03-02\nPDU-B,23/02/2026\n");
        Map<String, SampleResult> results = SampleJob.runPlan(caseloadFile(), plan,
                SampleRequest.builder(SamplingMethod.PDU_COHORT, null).seed(4L).build(), dir.resolve("out"));
        assertThat(results).containsOnlyKeys("pdu-a", "pdu-b");
        assertThat(dir.resolve("out/pdu-a/report.json")).exists();
        assertThat(dir.resolve("out/pdu-b/sample.csv")).exists();
        assertThat(results.get("pdu-b").report().fieldworkStart()).isEqualTo("2026-02-23");
        assertThat(results.get("pdu-a").report().seed()).isEqualTo(4L);
    }

    @Test
    void planProblemsNameTheLineAndColumn() throws Exception {
        Path plan = dir.resolve("bad-plan.csv");
        Files.writeString(plan, "pdu,fieldwork_start\nPDU-A,2026-03-03\nPDU-B,not a date\n,2026-03-02\n");
        assertThatThrownBy(() -> FieldworkPlan.read(plan)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("bad-plan.csv:2:2").hasMessageContaining("Monday")
                .hasMessageContaining("bad-plan.csv:3:2").hasMessageContaining("bad-plan.csv:4:1");

        Path unknown = dir.resolve("unknown.csv");
        Files.writeString(unknown, "pdu,fieldwork_start\nPDU-A,2026-03-02\nAtlantis,2026-03-02\n");
        assertThatThrownBy(() -> SampleJob.runPlan(caseloadFile(), unknown,
                SampleRequest.builder(SamplingMethod.PDU_COHORT, null).seed(4L).build(), dir.resolve("x")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown.csv:3:1")
                .hasMessageContaining("Atlantis");
    }

    @Test
    void folderNamesAreSafeAndUnique() {
        Set<String> used = new HashSet<>();
        assertThat(SampleJob.folderName("Hammersmith, Fulham & Westminster", used))
                .isEqualTo("hammersmith-fulham-westminster");
        assertThat(SampleJob.folderName("Hammersmith Fulham Westminster", used))
                .isEqualTo("hammersmith-fulham-westminster-2");
        assertThat(SampleJob.folderName("../..", used)).isEqualTo("pdu");
    }
}
