package org.inspectionplanner.web.allocation;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.inspectionplanner.web.audit.AuditLog;
import org.inspectionplanner.web.files.FileStore;
import org.inspectionplanner.web.job.JobEndpoints;
import org.inspectionplanner.web.job.JobKind;
import org.inspectionplanner.web.job.SolveJobService;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/allocations}: allocate a sample's cases to inspectors (TEAM_LEAD). */
@RestController
@RequestMapping(AllocationController.PATH)
class AllocationController extends JobEndpoints {

    static final String PATH = "/api/allocations";

    AllocationController(SolveJobService jobs, FileStore files, AuditLog audit, ObjectMapper json) {
        super(JobKind.ALLOCATION, PATH, jobs, files, audit, json);
    }
}
