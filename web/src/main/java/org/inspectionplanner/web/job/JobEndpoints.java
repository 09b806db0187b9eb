package org.inspectionplanner.web.job;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.web.audit.AuditAction;
import org.inspectionplanner.web.audit.AuditLog;
import org.inspectionplanner.web.files.FileInfo;
import org.inspectionplanner.web.files.FileOwner;
import org.inspectionplanner.web.files.FileStore;
import org.inspectionplanner.web.support.Downloads;
import org.inspectionplanner.web.support.Json;
import org.inspectionplanner.web.support.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * The endpoints every solving job resource has (allocations, schedules): create (202 and the
 * job's location), list, read with status and best score, stop, solve on, pin and unpin rows,
 * download outputs.
 */
public abstract class JobEndpoints {

    /** A job as the API shows it; {@code live} says whether a solver holds it right now. */
    public record JobView(long id, JobKind kind, JobStatus status, boolean live, String bestScore,
            Instant bestUpdatedAt, int improvements, Set<String> pins, Map<String, Object> request,
            List<String> problems, String createdBy, Instant createdAt, Instant startedAt, Instant finishedAt,
            List<FileInfo> files) {
    }

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {
    };

    private final JobKind kind;
    private final String path;
    private final SolveJobService jobs;
    private final FileStore files;
    private final AuditLog audit;
    private final ObjectMapper json;

    protected JobEndpoints(JobKind kind, String path, SolveJobService jobs, FileStore files, AuditLog audit,
            ObjectMapper json) {
        this.kind = kind;
        this.path = path;
        this.jobs = jobs;
        this.files = files;
        this.audit = audit;
        this.json = json;
    }

    @PostMapping
    public ResponseEntity<JobView> create(@RequestBody ObjectNode request) {
        SolveJob job = jobs.submit(kind, request);
        return ResponseEntity.accepted().location(URI.create(path + "/" + job.getId())).body(view(jobs.get(kind, job.getId()), false));
    }

    @GetMapping
    public List<JobView> list() {
        return jobs.list(kind).stream().map(j -> view(j, false)).toList();
    }

    @GetMapping("/{id}")
    public JobView get(@PathVariable long id) {
        return view(jobs.get(kind, id), true);
    }

    @DeleteMapping("/{id}/solver")
    public JobView stop(@PathVariable long id) {
        return view(jobs.stop(kind, id), true);
    }

    @PostMapping("/{id}/solver")
    public ResponseEntity<JobView> solveOn(@PathVariable long id) {
        return ResponseEntity.accepted().location(URI.create(path + "/" + id)).body(view(jobs.resolve(kind, id), true));
    }

    @PutMapping("/{id}/pins/{rowId}")
    public JobView pin(@PathVariable long id, @PathVariable String rowId) {
        return view(jobs.pin(kind, id, rowId, true), true);
    }

    @DeleteMapping("/{id}/pins/{rowId}")
    public JobView unpin(@PathVariable long id, @PathVariable String rowId) {
        return view(jobs.pin(kind, id, rowId, false), true);
    }

    @GetMapping("/{id}/files/{name}")
    public ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String name) {
        jobs.get(kind, id);
        if (SolveJobService.PLAN_FILE.equals(name)) {
            throw new NotFoundException("File " + name); // internal: the solver's working state
        }
        var file = files.get(FileOwner.JOB, id, name).orElseThrow(() -> new NotFoundException("File " + name + " of job " + id));
        audit.record(AuditAction.DOWNLOAD, kind.name().toLowerCase() + ":" + id, name);
        return Downloads.of(file, kind.name().toLowerCase() + "-" + id + "-" + name);
    }

    private JobView view(SolveJob j, boolean withFiles) {
        List<FileInfo> stored = withFiles
                ? files.list(FileOwner.JOB, j.getId()).stream().filter(f -> !f.name().equals(SolveJobService.PLAN_FILE)).toList()
                : null;
        return new JobView(j.getId(), j.getKind(), j.getStatus(), jobs.isLive(kind, j.getId()), j.getBestScore(),
                j.getBestUpdatedAt(), j.getImprovements(), Set.copyOf(j.getPins()), Json.read(json, j.getRequestJson(), MAP),
                Json.read(json, j.getProblemsJson(), LIST), j.getCreatedBy(), j.getCreatedAt(), j.getStartedAt(),
                j.getFinishedAt(), stored);
    }
}
