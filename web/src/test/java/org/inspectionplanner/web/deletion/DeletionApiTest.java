package org.inspectionplanner.web.deletion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.inspectionplanner.web.ApiTest;
import org.inspectionplanner.web.PlannerProperties;
import org.inspectionplanner.web.files.Sha256;
import org.inspectionplanner.web.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Issue 15 finding 2: deleting a dataset takes its samples, their allocations and all their files. */
class DeletionApiTest extends ApiTest {

    @Autowired
    JdbcTemplate db;

    @Autowired
    PlannerProperties properties;

    private long sample(long dataset) throws Exception {
        long id = body(mvc.perform(post("/api/samples").with(planner()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"datasetId\":" + dataset + ",\"size\":5}")).andExpect(status().isAccepted())).get("id").asLong();
        await("/api/samples/" + id, planner(), s -> s.get("status").asText().equals("DONE"), Duration.ofSeconds(30));
        return id;
    }

    private long job(String path, RequestPostProcessor user, String request) throws Exception {
        return body(mvc.perform(post(path).with(user).contentType(MediaType.APPLICATION_JSON).content(request))
                .andExpect(status().isAccepted())).get("id").asLong();
    }

    private int count(String sql, Object... args) {
        return db.queryForObject(sql, Integer.class, args);
    }

    @Test
    void deletingADatasetDeletesItsSamplesTheirAllocationsAndEveryFile() throws Exception {
        // Case references no other test uses: no other test's file contains these bytes (a longer caseload of the
        // default fixture contains every shorter one, which once made this scan find other tests' uploads).
        byte[] content = Fixtures.caseloadCsv(67, "DEL");
        long dataset = uploadCaseload(content);
        long kept = uploadCaseload(30);
        long sample = sample(dataset);
        long keptSample = sample(kept);
        long running = job("/api/allocations", teamLead(), "{\"rows\":600,\"sampleId\":" + sample + "}");
        long keptJob = job("/api/allocations", teamLead(), "{\"rows\":20,\"sampleId\":" + keptSample + "}");
        await("/api/allocations/" + running, teamLead(), j -> j.get("live").asBoolean(), Duration.ofSeconds(30));

        JsonNode plan = body(mvc.perform(get("/api/datasets/" + dataset + "/deletion").with(planner())).andExpect(status().isOk()));
        assertThat(plan.get("samples")).extracting(JsonNode::asLong).containsExactly(sample);
        assertThat(plan.get("allocations")).extracting(JsonNode::asLong).containsExactly(running);
        assertThat(plan.get("files").asInt()).isGreaterThanOrEqualTo(1 + 5 + 1);

        mvc.perform(delete("/api/datasets/" + dataset).with(programmeManager())).andExpect(status().isForbidden());
        mvc.perform(delete("/api/datasets/" + dataset).with(teamLead())).andExpect(status().isForbidden());
        mvc.perform(delete("/api/datasets/" + dataset).with(planner())).andExpect(status().isOk())
                .andExpect(jsonPath("$.samples[0]").value(sample));

        // Read the store itself: no row and no file of the dataset, its sample or its allocation is left.
        assertThat(count("select count(*) from dataset where id = ?", dataset)).isZero();
        assertThat(count("select count(*) from sample where dataset_id = ?", dataset)).isZero();
        assertThat(count("select count(*) from solve_job where id = ?", running)).isZero();
        assertThat(count("select count(*) from solve_job_pin where job_id = ?", running)).isZero();
        assertThat(count("select count(*) from stored_file where (owner_type = 'DATASET' and owner_id = ?)"
                + " or (owner_type = 'SAMPLE' and owner_id = ?) or (owner_type = 'JOB' and owner_id = ?)", dataset, sample, running)).isZero();
        assertThat(count("select count(*) from stored_file where sha256 = ?", Sha256.hex(content))).isZero();
        assertThat(filesInDataDirectoryHolding(content)).isEmpty();
        // ...and what was not derived from it stays.
        assertThat(count("select count(*) from dataset where id = ?", kept)).isOne();
        assertThat(count("select count(*) from sample where id = ?", keptSample)).isOne();
        assertThat(count("select count(*) from solve_job where id = ?", keptJob)).isOne();

        mvc.perform(get("/api/datasets/" + dataset).with(planner())).andExpect(status().isNotFound());
        mvc.perform(get("/api/samples/" + sample).with(planner())).andExpect(status().isNotFound());
        mvc.perform(get("/api/allocations/" + running).with(teamLead())).andExpect(status().isNotFound());
        Thread.sleep(500); // nothing of the stopped solve is written back afterwards
        assertThat(count("select count(*) from stored_file where owner_type = 'JOB' and owner_id = ?", running)).isZero();

        JsonNode audit = body(mvc.perform(get("/api/audit?action=DELETE").with(admin())));
        JsonNode entry = Stream.of(audit).flatMap(a -> toList(a).stream())
                .filter(e -> e.get("target").asText().equals("dataset:" + dataset)).findFirst().orElseThrow();
        assertThat(entry.get("username").asText()).isEqualTo("planner");
        assertThat(entry.get("detail").asText()).contains("samples=[" + sample + "]", "allocations=[" + running + "]")
                .doesNotContain("caseload", "Leeds");
    }

    @Test
    void eachKindIsDeletedByTheRoleThatCreatesItOrAnAdmin() throws Exception {
        long dataset = uploadCaseload(20);
        long sample = sample(dataset);
        long allocation = job("/api/allocations", teamLead(), "{\"rows\":10,\"sampleId\":" + sample + "}");
        long schedule = job("/api/schedules", programmeManager(), "{\"rows\":10}");

        mvc.perform(delete("/api/samples/" + sample).with(teamLead())).andExpect(status().isForbidden());
        mvc.perform(delete("/api/allocations/" + allocation).with(planner())).andExpect(status().isForbidden());
        mvc.perform(delete("/api/schedules/" + schedule).with(teamLead())).andExpect(status().isForbidden());
        mvc.perform(delete("/api/schedules/" + allocation).with(programmeManager())).andExpect(status().isNotFound());
        mvc.perform(delete("/api/samples/999999").with(planner())).andExpect(status().isNotFound());

        mvc.perform(delete("/api/schedules/" + schedule).with(programmeManager())).andExpect(status().isOk());
        mvc.perform(delete("/api/samples/" + sample).with(planner())).andExpect(status().isOk())
                .andExpect(jsonPath("$.allocations[0]").value(allocation));
        assertThat(count("select count(*) from solve_job where id in (?, ?)", allocation, schedule)).isZero();
        mvc.perform(delete("/api/datasets/" + dataset).with(admin())).andExpect(status().isOk());
        assertThat(count("select count(*) from dataset where id = ?", dataset)).isZero();
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> all = new java.util.ArrayList<>();
        array.forEach(all::add);
        return all;
    }

    /** Files anywhere under the data directory whose bytes contain the uploaded file's bytes. */
    private List<Path> filesInDataDirectoryHolding(byte[] content) throws Exception {
        Path dir = Path.of(properties.dataDir());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        String needle = new String(content, java.nio.charset.StandardCharsets.ISO_8859_1);
        // Other test contexts share this data directory and may remove their own files during the walk:
        // a file that vanishes is skipped, never an error.
        List<Path> found = new java.util.ArrayList<>();
        Files.walkFileTree(dir, new java.nio.file.SimpleFileVisitor<>() {
            @Override
            public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !f.getFileName().toString().endsWith(".mv.db")) {
                    try {
                        if (new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1).contains(needle)) {
                            found.add(f);
                        }
                    } catch (java.io.IOException e) {
                        // vanished or unreadable: not a file this deletion left behind
                    }
                }
                return java.nio.file.FileVisitResult.CONTINUE;
            }

            @Override
            public java.nio.file.FileVisitResult visitFileFailed(Path f, java.io.IOException e) {
                return java.nio.file.FileVisitResult.CONTINUE;
            }
        });
        return found;
    }
}
