package org.inspectionplanner.web.allocation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.inspectionplanner.web.files.FileOwner;
import org.inspectionplanner.web.files.FileStore;
import org.inspectionplanner.web.job.JobKind;
import org.inspectionplanner.web.job.SolveJob;
import org.inspectionplanner.web.job.SolveJobService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * A team lead moves a case to another inspector, another interview slot or both: the move is checked against the hard rules first (a
 * blocked move names the rules and changes nothing); an allowed one is saved in the stored plan as a
 * pinned row and the allocation is solved again around it.
 */
@Service
class AllocationMoves {

    /** What happened: moved (and solving again), or the hard rules the move would break. */
    record Outcome(boolean moved, List<String> brokenRules) {
    }

    private final SolveJobService jobs;
    private final FileStore files;
    private final AllocationPlanning planning;
    private final ObjectMapper json;

    AllocationMoves(SolveJobService jobs, FileStore files, AllocationPlanning planning, ObjectMapper json) {
        this.jobs = jobs;
        this.files = files;
        this.planning = planning;
        this.json = json;
    }

    Outcome move(long id, String caseId, String inspectorId, AllocationPlanning.InterviewSlot slot) {
        ObjectNode request = request(id);
        if (jobs.isLive(JobKind.ALLOCATION, id)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Stop the solver before moving cases.");
        }
        byte[] plan = files.get(FileOwner.JOB, id, SolveJobService.PLAN_FILE)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT, "There is no plan to change yet."))
                .getContent();
        AllocationPlanning.MoveCheck check = planning.checkMove(request, plan, caseId, inspectorId, slot);
        if (!check.brokenRules().isEmpty()) {
            return new Outcome(false, check.brokenRules());
        }
        files.put(FileOwner.JOB, id, SolveJobService.PLAN_FILE, "application/octet-stream", check.plan());
        jobs.pin(JobKind.ALLOCATION, id, caseId, true);
        jobs.resolve(JobKind.ALLOCATION, id);
        return new Outcome(true, List.of());
    }

    /** Every interview slot of the allocation's fieldwork. */
    List<AllocationPlanning.InterviewSlot> slots(long id) {
        return planning.slots(request(id));
    }

    private ObjectNode request(long id) {
        SolveJob job = jobs.get(JobKind.ALLOCATION, id);
        try {
            return (ObjectNode) json.readTree(job.getRequestJson() == null ? "{}" : job.getRequestJson());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("job " + id + " has an unreadable request", e);
        }
    }
}
