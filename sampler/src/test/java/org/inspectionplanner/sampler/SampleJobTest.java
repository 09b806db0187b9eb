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
import org.inspectionplanner.data.io.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleJobTest {

    @TempDir
    Path dir;

    private Path caseloadFile() {
        return RandomCaseloads.file(dir, 3, 400);
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
    void aScheduleFieldworkPlanSamplesEachInspectionsPdusIntoTheirOwnFolders() throws Exception {
        Path plan = dir.resolve("fieldwork-plan.csv");
        Files.writeString(plan, "inspection_id,pdu,fieldwork_start\n"
                + "INS004,PDU-A,2026-03-02\nINS009,PDU-A,2026-03-16\nINS009,PDU-B,2026-03-16\n");
        Map<String, SampleResult> results = SampleJob.runPlan(caseloadFile(), plan,
                SampleRequest.builder(SamplingMethod.PDU_COHORT, null).seed(4L).build(), dir.resolve("out"));
        assertThat(results).containsOnlyKeys("ins004-pdu-a", "ins009-pdu-a", "ins009-pdu-b");
        assertThat(results.get("ins009-pdu-a").report().fieldworkStart()).isEqualTo("2026-03-16");
        assertThat(dir.resolve("out/ins009-pdu-b/sample.csv")).exists();
    }

    @Test
    void anUnknownPduNamesItsInspectionAndTheClosestCaseloadPdusBeforeAnythingIsDrawn() throws Exception {
        Path plan = dir.resolve("fieldwork-plan.csv");
        Files.writeString(plan, "inspection_id,pdu,fieldwork_start\n"
                + "INS004,PDU-A,2026-03-02\nINS009,pdu b,2026-03-16\nINS010,West Yorkshire,2026-03-16\n");
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> SampleJob.runPlan(caseloadFile(), plan,
                SampleRequest.builder(SamplingMethod.PDU_COHORT, null).seed(4L).build(), out))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("fieldwork-plan.csv:3:2: inspection 'INS009': PDU 'pdu b' is not in the caseload"
                        + " caseload.csv; the closest PDU names there are 'PDU-B', ")
                .hasMessageContaining("fieldwork-plan.csv:4:2: inspection 'INS010': PDU 'West Yorkshire'");
        assertThat(out).doesNotExist();
        assertThat(SampleJob.closest("Leds", java.util.List.of("Bradford", "Leeds", "Leeds North", "Kent"), 2))
                .containsExactly("Leeds", "Kent");
    }

    @Test
    void aPduTwiceInOneInspectionIsAnError() throws Exception {
        Path plan = dir.resolve("fieldwork-plan.csv");
        Files.writeString(plan, "inspection_id,pdu,fieldwork_start\nI1,PDU-A,2026-03-02\nI1,PDU-A,2026-03-02\n");
        assertThatThrownBy(() -> FieldworkPlan.read(plan)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("fieldwork-plan.csv:3:2: PDU 'PDU-A' is listed twice for inspection 'I1' (first on line 2)");
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
