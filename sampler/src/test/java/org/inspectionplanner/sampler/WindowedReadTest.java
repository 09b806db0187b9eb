package org.inspectionplanner.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.inspectionplanner.sampler.Cases.F;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.io.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A run reads only the cases its window needs ({@link CaseWindows}); its files must be those of a whole read. */
class WindowedReadTest {

    @TempDir
    Path dir;

    private Path caseloadFile() {
        return RandomCaseloads.file(dir, 42, 1500);
    }

    static Stream<Arguments> runs() {
        Stream.Builder<Arguments> runs = Stream.builder();
        for (SamplingMethod method : SamplingMethod.values()) {
            runs.add(Arguments.of(method + ", one PDU", ReproducibilityTest.request(method, 77)));
            SampleRequest.Builder all = SampleRequest.builder(method, F).seed(77L);
            if (method == SamplingMethod.STRATIFIED_SHORTLIST) {
                all.window(F.minusDays(200), F.minusDays(1)).targetSize(30);
            }
            runs.add(Arguments.of(method + ", every PDU", all.build()));
        }
        runs.add(Arguments.of("rosh-thematic with a window", SampleRequest.builder(SamplingMethod.ROSH_THEMATIC, F)
                .seed(77L).pdu("PDU-A").window(F.minusDays(300), F.minusDays(100)).build()));
        // the long list's population runs past its window: cases starting later are listed as not started
        runs.add(Arguments.of("stratified-shortlist with later starts", SampleRequest.builder(
                SamplingMethod.STRATIFIED_SHORTLIST, F).seed(77L).pdu("PDU-A").window(F.minusDays(300), F.minusDays(120))
                .targetSize(30).build()));
        runs.add(Arguments.of("pdu-cohort with a window", SampleRequest.builder(SamplingMethod.PDU_COHORT, F)
                .seed(77L).pdu("PDU-B").window(F.minusDays(250), F.minusDays(150)).build()));
        return runs.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("runs")
    void aWindowedReadGivesTheFilesOfAWholeRead(String name, SampleRequest request) throws Exception {
        Path file = caseloadFile();
        SampleJob.InputFile whole = SampleJob.read(file);
        Map<String, String> expected = text(SampleOutput.files(
                Sampler.sample(whole.caseload(), whole.fileName(), whole.sha256(), request)));
        SampleJob.run(file, request, dir.resolve("out"));
        Map<String, String> actual = new LinkedHashMap<>();
        for (String f : SampleOutput.FILE_NAMES) {
            actual.put(f, Files.readString(dir.resolve("out").resolve(f), StandardCharsets.UTF_8));
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(expected.get("sample.csv").lines().count()).isGreaterThan(1);
    }

    @Test
    void aCohortHoldsOnlyItsWindowButStatesTheWholeFile() {
        Path file = caseloadFile();
        SampleRequest request = ReproducibilityTest.request(SamplingMethod.PDU_COHORT, 77);
        IndexedCaseload held = SampleJob.readFor(file, List.of(request)).caseload();
        IndexedCaseload all = IndexedCaseload.of(SampleJob.read(file).caseload());
        RunWindow window = RunWindow.resolve(request, null);
        assertThat(held.caseload().cases()).hasSizeLessThan(1500).isNotEmpty()
                .allMatch(c -> !c.startDate().isBefore(window.from()) && !c.startDate().isAfter(window.to()))
                .allMatch(c -> c.pdu().equals(request.pdu()));
        assertThat(held.rows()).isEqualTo(1500);
        assertThat(held.pdus()).isEqualTo(all.pdus());
        assertThat(held.firstStart()).isEqualTo(all.firstStart());
        assertThat(held.lastStart()).isEqualTo(all.lastStart());
    }

    /**
     * A plan's runs hold only their own PDU's cases; another PDU's case in the window must still count towards its
     * person's sentences (MULTIPLE_SENTENCES), as it does when the whole file is read.
     */
    @Test
    void aPlanGivesTheFilesOfWholeReadsAndCountsSentencesInOtherPdus() throws Exception {
        Path file = caseloadFile();
        // people with a case in each PDU, both starting on the same day
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        for (int i = 1, n = lines.size(); i < n; i += 7) {
            String[] cells = lines.get(i).split(",", -1);
            if (cells[2].equals("PDU-A")) {
                cells[0] = "X" + i;
                cells[2] = "PDU-B";
                cells[3] = "PDU-B office 0";
                lines.add(String.join(",", cells));
            }
        }
        Files.write(file, lines);
        Path plan = dir.resolve("plan.csv");
        Files.writeString(plan, "inspection_id,pdu,fieldwork_start\nINS1,PDU-A,2026-03-02\nINS2,PDU-B,2026-01-12\nINS3,PDU-A,2026-01-26\n");
        SampleRequest base = SampleRequest.builder(SamplingMethod.PDU_COHORT, null).seed(5L).build();
        Map<String, SampleResult> results = SampleJob.runPlan(file, plan, base, dir.resolve("plan"));
        SampleJob.InputFile whole = SampleJob.read(file);
        int otherPdus = 0;
        for (FieldworkPlan.Entry entry : FieldworkPlan.read(plan)) {
            SampleRequest one = base.forPdu(entry.pdu(), entry.fieldworkStart()).withSeed(5L);
            SampleResult expected = Sampler.sample(whole.caseload(), whole.fileName(), whole.sha256(), one);
            String folder = results.keySet().stream().filter(k -> results.get(k).report().fieldworkStart()
                    .equals(entry.fieldworkStart().toString())).findFirst().orElseThrow();
            for (String f : SampleOutput.FILE_NAMES) {
                assertThat(Files.readString(dir.resolve("plan").resolve(folder).resolve(f)))
                        .as(folder + "/" + f).isEqualTo(new String(SampleOutput.bytes(expected, f), StandardCharsets.UTF_8));
            }
            otherPdus += countOtherPduSentences(whole.caseload(), one);
        }
        assertThat(otherPdus).as("cases in the windows whose person has a case in another PDU there").isPositive();
    }

    /** Eligible-looking cases of the run's PDU whose person also starts a case in another PDU in the run's window. */
    private static int countOtherPduSentences(Caseload caseload, SampleRequest run) {
        RunWindow w = RunWindow.resolve(run, null);
        List<org.inspectionplanner.data.caseload.CaseRecord> inWindow = caseload.cases().stream()
                .filter(c -> !c.startDate().isBefore(w.from()) && !c.startDate().isAfter(w.to())).toList();
        java.util.Set<String> elsewhere = new java.util.HashSet<>();
        inWindow.stream().filter(c -> !c.pdu().equals(run.pdu())).forEach(c -> elsewhere.add(c.personId()));
        return (int) inWindow.stream().filter(c -> c.pdu().equals(run.pdu()) && elsewhere.contains(c.personId())).count();
    }

    @Test
    void rowsOutsideTheWindowAreStillChecked() throws Exception {
        Path file = caseloadFile();
        List<String> lines = Files.readAllLines(file);
        String bad = lines.get(1).replaceFirst(",PDU-[AB],", ",,"); // a blank PDU, wherever the case starts
        lines.add(bad.replaceFirst("^C\\d+", "C99999"));
        Files.write(file, lines);
        assertThatThrownBy(() -> SampleJob.run(file, ReproducibilityTest.request(SamplingMethod.PDU_COHORT, 1),
                dir.resolve("x"))).isInstanceOf(InvalidInputException.class).hasMessageContaining(":1502:");
    }

    @Test
    void rosHThematicsDefaultNeedsTheWholeFile() {
        SampleRequest request = SampleRequest.builder(SamplingMethod.ROSH_THEMATIC, F).seed(1L).pdu("PDU-A").build();
        Caseload held = SampleJob.readFor(caseloadFile(), List.of(request)).caseload().caseload();
        assertThat(held.cases()).hasSize(1500);
    }

    private static Map<String, String> text(Map<String, byte[]> files) {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
        return out;
    }
}
