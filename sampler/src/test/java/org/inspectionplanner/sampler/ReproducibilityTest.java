package org.inspectionplanner.sampler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectionplanner.sampler.Cases.F;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Caseload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReproducibilityTest {

    private static final Caseload CASELOAD = RandomCaseloads.generate(42, 1500);

    static SampleRequest request(SamplingMethod method, long seed) {
        SampleRequest.Builder b = SampleRequest.builder(method, F).seed(seed).pdu("PDU-A").subSample("INTERVIEWS", 5);
        if (method == SamplingMethod.STRATIFIED_SHORTLIST) {
            b.window(F.minusDays(200), F.minusDays(1)).targetSize(30);
        }
        if (method == SamplingMethod.PDU_COHORT) {
            b.targetSize(12);
        }
        return b.build();
    }

    private static Map<String, String> files(Caseload caseload, String sha, SampleRequest request) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        SampleOutput.files(Sampler.sample(caseload, "caseload.csv", sha, request))
                .forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
        return out;
    }

    @ParameterizedTest
    @EnumSource(SamplingMethod.class)
    void theSameSeedGivesByteIdenticalFilesAndAShuffledInputOnlyChangesTheSha(SamplingMethod method) {
        Map<String, String> first = files(CASELOAD, "aaa", request(method, 77));
        assertThat(files(CASELOAD, "aaa", request(method, 77))).isEqualTo(first);

        List<CaseRecord> shuffled = new ArrayList<>(CASELOAD.cases());
        Collections.shuffle(shuffled, new Random(5));
        Map<String, String> reordered = files(new Caseload("x", List.of(), shuffled), "bbb", request(method, 77));
        assertThat(reordered.get("sample.csv")).isEqualTo(first.get("sample.csv"));
        assertThat(reordered.get("reserves.csv")).isEqualTo(first.get("reserves.csv"));
        assertThat(reordered.get("exclusions.csv")).isEqualTo(first.get("exclusions.csv"));
        assertThat(reordered.get("report.json")).isNotEqualTo(first.get("report.json"))
                .isEqualTo(first.get("report.json").replace("\"sha256\" : \"aaa\"", "\"sha256\" : \"bbb\""));
        assertThat(first.get("sample.csv").lines().count()).isGreaterThan(1);

        Map<String, String> otherSeed = files(CASELOAD, "aaa", request(method, 78));
        if (method != SamplingMethod.ROSH_THEMATIC) {
            assertThat(otherSeed.get("sample.csv") + otherSeed.get("reserves.csv"))
                    .isNotEqualTo(first.get("sample.csv") + first.get("reserves.csv"));
        }
    }

    @Test
    void withoutASeedOneIsChosenAndRecordedAndReplaysTheRun() throws Exception {
        SampleRequest noSeed = SampleRequest.builder(SamplingMethod.QUALITY_IMPACT, F).pdu("PDU-B").build();
        SampleResult result = Sampler.sample(CASELOAD, "caseload.csv", "s", noSeed);
        long seed = result.report().seed();
        assertThat(result.report().rng()).isEqualTo("L64X128MixRandom");
        assertThat(result.report().parameters()).containsEntry("seed", seed);
        SampleResult replay = Sampler.sample(CASELOAD, "caseload.csv", "s", noSeed.withSeed(seed));
        assertThat(SampleOutput.files(replay)).usingRecursiveComparison().isEqualTo(SampleOutput.files(result));
    }

    @Test
    void outputsAreSortedAndCarryTheContractColumns(@TempDir Path dir) throws Exception {
        SampleResult result = Sampler.sample(CASELOAD, "caseload.csv", "s", request(SamplingMethod.PDU_COHORT, 3));
        SampleOutput.write(result, dir);
        List<String> sample = Files.readAllLines(dir.resolve("sample.csv"));
        assertThat(sample.get(0)).startsWith("case_id,person_id,pdu,office,practitioner_id,sentence_type")
                .endsWith("selection,cohort_week,stratum,weight,sub_samples");
        List<String> ids = sample.subList(1, sample.size()).stream().map(l -> l.substring(0, l.indexOf(','))).toList();
        assertThat(ids).isSorted().hasSize(result.sample().size());
        List<String> reserves = Files.readAllLines(dir.resolve("reserves.csv"));
        assertThat(reserves.get(0)).endsWith("reserve_rank,replaces_stratum");
        assertThat(result.reserves()).extracting(ReserveCase::rank).isSorted();
        List<String> exclusions = Files.readAllLines(dir.resolve("exclusions.csv"));
        assertThat(exclusions.get(0)).isEqualTo("case_id,person_id,reasons");
        assertThat(exclusions.subList(1, exclusions.size()).stream().map(l -> l.substring(0, l.indexOf(',')))
                .toList()).isSorted();
        String report = Files.readString(dir.resolve("report.json"));
        assertThat(report).doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}");
    }

    @Test
    void reportJsonHasTheContractKeys() throws Exception {
        SampleResult result = Sampler.sample(CASELOAD, "caseload.csv", "s", request(SamplingMethod.PDU_COHORT, 3));
        JsonNode json = new ObjectMapper().readTree(SampleOutput.bytes(result, "report.json"));
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("method", "parameters", "seed", "rng", "input", "fieldwork_start", "window",
                "candidate_weeks", "candidate_pairs", "chosen_weeks", "counts", "quotas", "deviation_summary", "deviations",
                "composition",
                "practitioners", "precision", "sub_samples", "establishments", "warnings");
        assertThat(json.path("input").path("rows").asInt()).isEqualTo(1500);
        assertThat(json.path("window").has("from")).isTrue();
        assertThat(json.path("candidate_weeks").get(0).has("ethnic_minority")).isTrue();
        assertThat(json.path("candidate_pairs").get(0).has("shortfall")).isTrue();
        assertThat(json.path("counts").has("in_window")).isTrue();
        assertThat(json.path("counts").path("excluded").has("MULTIPLE_SENTENCES")).isTrue();
        assertThat(json.path("quotas").get(0).has("met")).isTrue();
        assertThat(json.path("composition").path("age_band").size()).isPositive();
        assertThat(json.path("practitioners").has("max_cases_one_practitioner")).isTrue();
        assertThat(json.path("precision").has("margin_80")).isTrue();
        assertThat(json.path("precision").has("margin_95")).isTrue();
        assertThat(json.path("precision").path("distinguishable_bands").size()).isEqualTo(3);
        assertThat(json.path("parameters").path("min_female").asInt()).isEqualTo(5);
    }

    @Test
    void formulaLikeCellsAreNeutralised() {
        CaseRecord evil = Cases.aCase("C1").female().office("=HYPERLINK(\"x\")").practitioner("+PR").build();
        SampleResult result = Sampler.sample(Cases.caseload(List.of(evil)), "t.csv", "s",
                SampleRequest.builder(SamplingMethod.PDU_COHORT, F).seed(1L).noQuotas().minFemale(1).build());
        String csv = new String(SampleOutput.bytes(result, "sample.csv"), StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK").contains("'+PR").doesNotContain(",=HYPERLINK");
    }
}
