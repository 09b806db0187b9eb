package org.inspectionplanner.web.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
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
}
