package org.inspectionplanner.web.sample;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.web.audit.AuditAction;
import org.inspectionplanner.web.audit.AuditLog;
import org.inspectionplanner.web.files.FileInfo;
import org.inspectionplanner.web.files.FileOwner;
import org.inspectionplanner.web.files.FileStore;
import org.inspectionplanner.web.support.Downloads;
import org.inspectionplanner.web.support.Json;
import org.inspectionplanner.web.support.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/samples}: a POST queues the sample and answers 202 with its location; poll the
 * sample until its status is DONE (or FAILED, with the problems), then download its files.
 */
@RestController
@RequestMapping("/api/samples")
class SampleController {

    /** A sample; {@code scheduleId} and {@code inspectionId} when it was drawn for a scheduled inspection. */
    record SampleView(long id, long datasetId, SampleStatus status, Map<String, Object> parameters, Long seed,
            Map<String, Object> summary, List<String> problems, String createdBy, Instant createdAt,
            Instant finishedAt, java.time.LocalDate fieldworkStart, Long scheduleId, String inspectionId,
            List<FileInfo> files) {
    }

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {
    };

    private final SampleService samples;
    private final FileStore files;
    private final AuditLog audit;
    private final ObjectMapper json;

    SampleController(SampleService samples, FileStore files, AuditLog audit, ObjectMapper json) {
        this.samples = samples;
        this.files = files;
        this.audit = audit;
        this.json = json;
    }

    @PostMapping
    @Operation(summary = "Draw a sample", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true, content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = CreateSampleRequest.class))),
            responses = @ApiResponse(responseCode = "202", description = "Queued; poll the sample at its location."))
    ResponseEntity<SampleView> create(@RequestBody ObjectNode request) {
        Sample sample = samples.create(request);
        return ResponseEntity.accepted().location(URI.create("/api/samples/" + sample.getId())).body(view(sample, false));
    }

    @GetMapping
    List<SampleView> list() {
        return samples.list().stream().map(s -> view(s, false)).toList();
    }

    @GetMapping("/{id}")
    SampleView get(@PathVariable long id) {
        return view(samples.get(id), true);
    }

    @GetMapping("/{id}/files/{name}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String name) {
        Sample sample = samples.get(id);
        if (!SampleService.OUTPUT_FILES.contains(name) && !SampleService.WORKBOOK.equals(name)) {
            throw new NotFoundException("File " + name);
        }
        var file = files.get(FileOwner.SAMPLE, sample.getId(), name)
                .orElseThrow(() -> new NotFoundException("File " + name + " of sample " + id));
        audit.record(AuditAction.DOWNLOAD, "sample:" + id, name);
        return Downloads.of(file, "sample-" + id + "-" + name);
    }

    private SampleView view(Sample s, boolean withFiles) {
        return new SampleView(s.getId(), s.getDatasetId(), s.getStatus(), Json.read(json, s.getParametersJson(), MAP),
                s.getSeed(), Json.read(json, s.getSummaryJson(), MAP), Json.read(json, s.getProblemsJson(), LIST),
                s.getCreatedBy(), s.getCreatedAt(), s.getFinishedAt(), s.getFieldworkStart(), s.getScheduleId(),
                s.getInspectionId(), withFiles ? files.list(FileOwner.SAMPLE, s.getId()) : null);
    }
}
