package org.inspectionplanner.web.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ResponseEntity;
import org.inspectionplanner.web.audit.AuditLog;
import org.inspectionplanner.web.files.FileStore;
import org.inspectionplanner.web.job.JobEndpoints;
import org.inspectionplanner.web.job.JobKind;
import org.inspectionplanner.web.job.SolveJobService;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/schedules}: schedule the joint inspection programme (PROGRAMME_MANAGER). */
@RestController
@RequestMapping(ScheduleController.PATH)
class ScheduleController extends JobEndpoints {

    static final String PATH = "/api/schedules";

    ScheduleController(SolveJobService jobs, FileStore files, AuditLog audit, ObjectMapper json) {
        super(JobKind.SCHEDULE, PATH, jobs, files, audit, json);
    }

    /** As every job's create; here to document the body this kind takes (ScheduleRequest). */
    @Override
    @Operation(summary = "Schedule the joint inspection programme", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ScheduleRequest.class))),
            responses = @ApiResponse(responseCode = "202", description = "Queued; poll the job at its location."))
    public ResponseEntity<JobView> create(@org.springframework.web.bind.annotation.RequestBody ObjectNode request) {
        return super.create(request);
    }
}
