package org.inspectionplanner.web.deletion;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.inspectionplanner.web.audit.AuditAction;
import org.inspectionplanner.web.audit.AuditLog;
import org.inspectionplanner.web.dataset.DatasetKind;
import org.inspectionplanner.web.dataset.DatasetService;
import org.inspectionplanner.web.files.FileOwner;
import org.inspectionplanner.web.files.FileStore;
import org.inspectionplanner.web.job.JobKind;
import org.inspectionplanner.web.job.SolveJobService;
import org.inspectionplanner.web.security.CurrentUser;
import org.inspectionplanner.web.security.Role;
import org.inspectionplanner.web.support.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Deletes a dataset, sample, allocation or schedule with everything derived from it: a dataset takes
 * its samples, and the allocations and schedules whose request names the dataset or one of those
 * samples; a sample takes the allocations made from it. Running jobs are stopped first. The rows and
 * stored files go in one transaction; the audit log records ids and counts, never data.
 */
@Service
public class DeletionService {

    private static final Logger LOG = LoggerFactory.getLogger(DeletionService.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final JdbcTemplate db;
    private final TransactionTemplate tx;
    private final FileStore files;
    private final DatasetService datasets;
    private final SolveJobService jobs;
    private final AuditLog audit;
    private final ObjectMapper json;

    DeletionService(JdbcTemplate db, TransactionTemplate tx, FileStore files, DatasetService datasets,
            SolveJobService jobs, AuditLog audit, ObjectMapper json) {
        this.db = db;
        this.tx = tx;
        this.files = files;
        this.datasets = datasets;
        this.jobs = jobs;
        this.audit = audit;
        this.json = json;
    }

    /** What deleting would take, for the confirmation page; 404 if none, 403 if the user may not delete it. */
    public DeletionPlan plan(Deletable kind, long id) {
        DeletionPlan plan = planFor(kind, id);
        checkAccess(kind, id);
        return plan;
    }

    /** Whether the signed-in user may delete it (for showing the Delete button). */
    public boolean mayDelete(Deletable kind, long id) {
        try {
            checkAccess(kind, id);
            return true;
        } catch (AccessDeniedException | NotFoundException e) {
            return false;
        }
    }

    /** Deletes as the signed-in user (who must be allowed to). */
    public DeletionPlan delete(Deletable kind, long id) {
        DeletionPlan plan = plan(kind, id);
        execute(plan);
        audit.record(AuditAction.DELETE, kind.target(id), plan.auditDetail());
        return plan;
    }

    /** Deletes as the retention job: no user, audited as expired with the reason. */
    public DeletionPlan expire(Deletable kind, long id, String reason) {
        DeletionPlan plan = planFor(kind, id);
        execute(plan);
        audit.recordAs("retention", AuditAction.EXPIRED, kind.target(id), reason + "; " + plan.auditDetail());
        return plan;
    }

    private void execute(DeletionPlan plan) {
        for (long job : plan.allocations()) {
            stop(JobKind.ALLOCATION, job);
        }
        for (long job : plan.schedules()) {
            stop(JobKind.SCHEDULE, job);
        }
        tx.executeWithoutResult(s -> {
            // Each sample row first: a sample still being drawn holds it locked until its files are
            // written, so its files are committed (and deleted below) or never written.
            for (long sample : plan.samples()) {
                db.update("delete from sample where id = ?", sample);
                files.deleteAll(FileOwner.SAMPLE, sample);
            }
            for (long job : concat(plan.allocations(), plan.schedules())) {
                db.update("delete from solve_job_pin where job_id = ?", job);
                db.update("delete from solve_job where id = ?", job);
                files.deleteAll(FileOwner.JOB, job);
            }
            for (long dataset : plan.datasets()) {
                db.update("delete from dataset where id = ?", dataset);
                files.deleteAll(FileOwner.DATASET, dataset);
            }
        });
        plan.datasets().forEach(datasets::evict);
        LOG.info("Deleted {} {}: {}", plan.kind().label().toLowerCase(), plan.id(), plan.auditDetail());
    }

    private void stop(JobKind kind, long id) {
        if (!jobs.stopAndWait(kind, id, STOP_WAIT)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    kind.name().toLowerCase() + " " + id + " is still stopping; try again in a minute.");
        }
    }

    private DeletionPlan planFor(Deletable kind, long id) {
        Set<Long> datasetIds = new TreeSet<>();
        Set<Long> sampleIds = new TreeSet<>();
        Set<Long> allocationIds = new TreeSet<>();
        Set<Long> scheduleIds = new TreeSet<>();
        String name;
        switch (kind) {
            case DATASET -> {
                name = one("select name from dataset where id = ?", id, kind);
                datasetIds.add(id);
                sampleIds.addAll(db.queryForList("select id from sample where dataset_id = ?", Long.class, id));
            }
            case SAMPLE -> {
                one("select status from sample where id = ?", id, kind);
                name = "Sample " + id;
                sampleIds.add(id);
            }
            case ALLOCATION, SCHEDULE -> {
                String jobKind = one("select kind from solve_job where id = ?", id, kind);
                if (!jobKind.equals(kind.name())) {
                    throw new NotFoundException(kind.label() + " " + id);
                }
                name = kind.label() + " " + id;
            }
            default -> throw new IllegalStateException();
        }
        for (Map<String, Object> job : db.queryForList("select id, kind, request_json from solve_job order by id")) {
            long jobId = ((Number) job.get("id")).longValue();
            boolean self = (kind == Deletable.ALLOCATION || kind == Deletable.SCHEDULE) && jobId == id;
            if (self || derived(String.valueOf(job.get("request_json")), datasetIds, sampleIds)) {
                (JobKind.SCHEDULE.name().equals(job.get("kind")) ? scheduleIds : allocationIds).add(jobId);
            }
        }
        int fileCount = 0;
        long bytes = 0;
        for (Object[] owner : owners(datasetIds, sampleIds, concat(allocationIds, scheduleIds))) {
            Map<String, Object> sum = db.queryForMap("select count(*) as n, coalesce(sum(size_bytes), 0) as b"
                    + " from stored_file where owner_type = ? and owner_id = ?", owner[0], owner[1]);
            fileCount += ((Number) sum.get("n")).intValue();
            bytes += ((Number) sum.get("b")).longValue();
        }
        return new DeletionPlan(kind, id, name, List.copyOf(datasetIds), List.copyOf(sampleIds),
                List.copyOf(allocationIds), List.copyOf(scheduleIds), fileCount, bytes);
    }

    private static List<Object[]> owners(Set<Long> datasetIds, Set<Long> sampleIds, List<Long> jobIds) {
        List<Object[]> owners = new ArrayList<>();
        datasetIds.forEach(d -> owners.add(new Object[] {FileOwner.DATASET.name(), d}));
        sampleIds.forEach(s -> owners.add(new Object[] {FileOwner.SAMPLE.name(), s}));
        jobIds.forEach(j -> owners.add(new Object[] {FileOwner.JOB.name(), j}));
        return owners;
    }

    /** A job derives from a dataset or sample its request names ({@code sampleId}, {@code ...DatasetId}). */
    private boolean derived(String requestJson, Set<Long> datasetIds, Set<Long> sampleIds) {
        if (datasetIds.isEmpty() && sampleIds.isEmpty()) {
            return false;
        }
        JsonNode request;
        try {
            request = json.readTree(requestJson);
        } catch (IOException e) {
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = request.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().canConvertToLong()) {
                continue;
            }
            long value = field.getValue().asLong();
            String name = field.getKey();
            if (name.equals("sampleId") && sampleIds.contains(value)) {
                return true;
            }
            if ((name.equals("datasetId") || name.endsWith("DatasetId")) && datasetIds.contains(value)) {
                return true;
            }
        }
        return false;
    }

    private void checkAccess(Deletable kind, long id) {
        Role role = CurrentUser.role();
        if (role == Role.ADMIN) {
            return;
        }
        boolean allowed = kind == Deletable.DATASET
                ? DatasetKind.valueOf(one("select kind from dataset where id = ?", id, kind)).uploadableBy(role)
                : role == kind.creator();
        if (!allowed) {
            throw new AccessDeniedException(role + " may not delete " + kind.target(id));
        }
    }

    private String one(String sql, long id, Deletable kind) {
        List<String> found = db.queryForList(sql, String.class, id);
        if (found.isEmpty()) {
            throw new NotFoundException(kind.label() + " " + id);
        }
        return found.get(0);
    }

    private static List<Long> concat(java.util.Collection<Long> a, java.util.Collection<Long> b) {
        List<Long> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
