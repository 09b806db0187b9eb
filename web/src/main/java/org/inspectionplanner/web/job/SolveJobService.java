package org.inspectionplanner.web.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.planner.solve.SolveFigures;
import org.inspectionplanner.planner.solve.SolveLimits;
import org.inspectionplanner.planner.solve.SolveRun;
import org.inspectionplanner.planner.solve.Termination;
import org.inspectionplanner.web.PlannerProperties;
import org.inspectionplanner.web.audit.AuditAction;
import org.inspectionplanner.web.audit.AuditLog;
import org.inspectionplanner.web.files.FileOwner;
import org.inspectionplanner.web.files.FileStore;
import org.inspectionplanner.web.security.CurrentUser;
import org.inspectionplanner.web.support.ApiExceptionHandler;
import org.inspectionplanner.web.support.Json;
import org.inspectionplanner.web.support.NotFoundException;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.SolverManagerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Runs solving jobs with one OptaPlanner SolverManager per problem type. A SolverManager solves at
 * most {@code parallel-solves} problems at once and queues the rest. Every improved best solution
 * is written (plan file, outputs, score) so that a restart finds the last best plan; jobs that were
 * queued or solving when the service stopped are marked INTERRUPTED and can be solved on.
 */
@Service
public class SolveJobService {

    public static final String PLAN_FILE = "plan";
    private static final com.fasterxml.jackson.core.type.TypeReference<ObjectNode> OBJECT = new com.fasterxml.jackson.core.type.TypeReference<>() {
    };
    private static final Logger LOG = LoggerFactory.getLogger(SolveJobService.class);

    private final Map<JobKind, PlanningKind<?>> kinds = new EnumMap<>(JobKind.class);
    private final Map<JobKind, SolverManager<Object, Long>> managers = new EnumMap<>(JobKind.class);
    private final Map<JobKind, JobSolverFactory> factories = new EnumMap<>(JobKind.class);
    private final Map<Long, Run> runs = new ConcurrentHashMap<>();
    private final Set<Long> stopRequested = ConcurrentHashMap.newKeySet();
    private final Duration limit;
    private volatile boolean shuttingDown;
    private final SolveJobRepository jobs;
    private final FileStore files;
    private final AuditLog audit;
    private final InterruptedReports interruptedReports;
    private final ObjectMapper json;
    private final TransactionTemplate tx;

    @SuppressWarnings("unchecked")
    SolveJobService(ObjectProvider<PlanningKind<?>> planningKinds, SolveJobRepository jobs, FileStore files, AuditLog audit,
            ObjectMapper json, TransactionTemplate tx, PlannerProperties properties) {
        this.jobs = jobs;
        this.files = files;
        this.audit = audit;
        this.json = json;
        this.tx = tx;
        this.interruptedReports = new InterruptedReports(files, json);
        this.limit = properties.solveTimeLimit();
        for (PlanningKind<?> kind : planningKinds.orderedStream().toList()) {
            if (kinds.containsKey(kind.kind())) {
                continue; // the list is in @Order: the first one for a kind wins (tests put stand-ins first)
            }
            kinds.put(kind.kind(), kind);
            JobSolverFactory factory = new JobSolverFactory(kind.pipeline().baseConfig());
            factories.put(kind.kind(), factory);
            managers.put(kind.kind(), SolverManager.create(factory, new SolverManagerConfig()
                    .withParallelSolverCount(String.valueOf(Math.max(1, properties.parallelSolves())))));
        }
    }

    public boolean available(JobKind kind) {
        return kinds.containsKey(kind);
    }

    /** Builds the problem (400 if the request is wrong), stores the job and queues its solve. */
    public SolveJob submit(JobKind kind, ObjectNode request) {
        PlanningKind<Object> planning = planning(kind);
        Object problem = planning.problem(request);
        SolveJob job = jobs.save(new SolveJob(kind, Json.write(json, request), CurrentUser.name()));
        long id = job.getId();
        tx.executeWithoutResult(s -> files.put(FileOwner.JOB, id, PLAN_FILE, "application/octet-stream", planning.writePlan(problem)));
        audit.record(AuditAction.SOLVE, target(job), "new");
        solve(kind, id, problem);
        return job;
    }

    /** Solves on from the stored plan, with the job's pins (after a stop, a finish or a restart). */
    public SolveJob resolve(JobKind kind, long id) {
        SolveJob job = get(kind, id);
        if (job.getStatus().active() && isLive(kind, id)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "The job is already queued or solving.");
        }
        PlanningKind<Object> planning = planning(kind);
        Object plan = planning.resume(Json.read(json, job.getRequestJson(), OBJECT), plan(id), job.getPins());
        tx.executeWithoutResult(s -> jobs.findById(id).ifPresent(SolveJob::queue));
        audit.record(AuditAction.SOLVE, target(job), "re-solve with " + job.getPins().size() + " pins");
        solve(kind, id, plan);
        return get(kind, id);
    }

    private void solve(JobKind kind, long id, Object problem) {
        PlanningKind<Object> planning = planning(kind);
        stopRequested.remove(id);
        // The planner's pipeline, as in the CLI: its warm start (in the job's thread, within the time
        // limit), the solver configuration for this problem, its stops (no better plan possible, no
        // improvement, the time limit) and its repair of the final plan.
        Run run = new Run(planning.pipeline().start(problem, SolveLimits.of(limit)));
        runs.put(id, run);
        JobSolverFactory factory = factories.get(kind);
        // The solver manager builds the job's solver in this thread, from this problem's configuration.
        factory.next.set(run.solve.solverConfig());
        factory.built.set(run.solve::attach);
        try {
            managers.get(kind).solveAndListen(id, jobId -> {
                run.solve.restartClock();
                run.started = true;
                run.solve.prepare();
                return problem;
            },
                    best -> save(planning, id, best, null, run.solve.figures()),
                    last -> {
                        JobStatus end = endOf(id);
                        if (end != JobStatus.INTERRUPTED) {
                            run.solve.repair(last);
                        }
                        save(planning, id, last, end, run.solve.finish(termination(end)));
                        runs.remove(id, run);
                    },
                    (jobId, error) -> {
                        runs.remove(jobId, run);
                        if (shuttingDown) {
                            // Closing the solver manager interrupts its solvers; the job is interrupted, not failed.
                            LOG.info("Solving job {} cut short by the shutdown ({})", jobId, error.getClass().getSimpleName());
                            return;
                        }
                        LOG.error("Solving job {} failed: {} at {}", jobId, error.getClass().getName(), ApiExceptionHandler.where(error));
                        tx.executeWithoutResult(s -> jobs.findById(jobId).ifPresent(j -> j.fail(Json.write(json,
                                List.of(error instanceof InvalidInputException ? error.getMessage()
                                        : "internal error while solving; the error is logged")))));
                    });
        } finally {
            factory.next.remove();
            factory.built.remove();
        }
    }

    /** The service's own reasons for an end; null when the solve stopped itself (the run knows why). */
    private static Termination termination(JobStatus end) {
        return switch (end) {
            case STOPPED -> Termination.STOPPED_BY_USER;
            case INTERRUPTED -> Termination.INTERRUPTED;
            default -> null;
        };
    }

    private JobStatus endOf(long id) {
        if (stopRequested.remove(id)) {
            return JobStatus.STOPPED;
        }
        // Ended by the service stopping, not by the time limit: solve on after the restart.
        return shuttingDown ? JobStatus.INTERRUPTED : JobStatus.FINISHED;
    }

    /** Writes a best (or the final) solution: plan, outputs and score in one transaction. */
    private void save(PlanningKind<Object> planning, long id, Object solution, JobStatus end, SolveFigures figures) {
        byte[] plan = planning.writePlan(solution);
        Map<String, byte[]> outputs = planning.outputs(solution, figures);
        String score = planning.score(solution);
        tx.executeWithoutResult(s -> {
            files.put(FileOwner.JOB, id, PLAN_FILE, "application/octet-stream", plan);
            files.putAll(FileOwner.JOB, id, outputs);
            jobs.findById(id).ifPresent(job -> {
                if (end == null) {
                    job.improved(score);
                } else {
                    job.finish(end, score);
                }
            });
        });
    }

    /** Stops a queued or solving job; its best plan so far is kept. */
    public SolveJob stop(JobKind kind, long id) {
        SolveJob job = get(kind, id);
        SolverManager<Object, Long> manager = managers.get(kind);
        SolverStatus status = manager.getSolverStatus(id);
        if (status == SolverStatus.NOT_SOLVING) {
            if (job.getStatus().active()) { // not live: left over from before a restart
                tx.executeWithoutResult(s -> jobs.findById(id).ifPresent(j -> j.finish(JobStatus.INTERRUPTED, null)));
            }
            return get(kind, id);
        }
        stopRequested.add(id);
        Run run = runs.get(id);
        if (run != null) {
            run.solve.requestStop();
        }
        if (run == null || !run.solve.isPreparing()) {
            // While the warm start runs, the solver job holds its lock until solving starts; the run ends
            // the solve as it starts instead (requestStop), so that this does not wait.
            manager.terminateEarly(id);
        }
        if (status == SolverStatus.SOLVING_SCHEDULED) {
            // Never started: the stored plan stays as it was. The id stays in stopRequested so that a
            // final callback, if the solver manager makes one, also ends as STOPPED.
            tx.executeWithoutResult(s -> jobs.findById(id).ifPresent(j -> j.finish(JobStatus.STOPPED, null)));
            runs.remove(id);
        }
        audit.record(AuditAction.STOP, target(job), null);
        return get(kind, id);
    }

    /**
     * Stops the job if it is queued or solving and waits (at most {@code timeout}) until no solve of it
     * can save any more, so that a deleted job is not written back. False if it did not end in time.
     */
    public boolean stopAndWait(JobKind kind, long id, Duration timeout) {
        if (isLive(kind, id)) {
            stop(kind, id);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isLive(kind, id) || runs.containsKey(id)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    public SolveJob pin(JobKind kind, long id, String rowId, boolean pinned) {
        SolveJob job = get(kind, id);
        if (isLive(kind, id)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Stop the job before pinning or unpinning rows.");
        }
        if (pinned && !planning(kind).rowIds(plan(id)).contains(rowId)) {
            throw new NotFoundException("Row " + rowId + " of job " + id);
        }
        tx.executeWithoutResult(s -> jobs.findById(id).ifPresent(j -> {
            if (pinned) {
                j.getPins().add(rowId);
            } else {
                j.getPins().remove(rowId);
            }
        }));
        audit.record(pinned ? AuditAction.PIN : AuditAction.UNPIN, target(job), rowId);
        return get(kind, id);
    }

    public SolveJob get(JobKind kind, long id) {
        return jobs.findById(id).filter(j -> j.getKind() == kind)
                .orElseThrow(() -> new NotFoundException(kind.name().charAt(0) + kind.name().substring(1).toLowerCase() + " " + id));
    }

    public List<SolveJob> list(JobKind kind) {
        return jobs.findByKindOrderByIdDesc(kind);
    }

    /** True while the job is queued or solving in this process. */
    public boolean isLive(JobKind kind, long id) {
        SolverManager<Object, Long> manager = managers.get(kind);
        return manager != null && manager.getSolverStatus(id) != SolverStatus.NOT_SOLVING;
    }

    /** Jobs left queued or solving by a stopped process; their last best plan stays stored. */
    public int recover() {
        Set<JobStatus> unfinished = Set.of(JobStatus.QUEUED, JobStatus.SOLVING);
        List<Long> ids = tx.execute(s -> jobs.findIdsByStatusIn(unfinished));
        Integer count = tx.execute(s -> jobs.markInterrupted(unfinished));
        if (ids != null) {
            ids.forEach(interruptedReports::markInterrupted); // issue 14: the report says INTERRUPTED too
        }
        return count == null ? 0 : count;
    }

    private byte[] plan(long id) {
        return files.get(FileOwner.JOB, id, PLAN_FILE)
                .orElseThrow(() -> new IllegalStateException("job " + id + " has no plan file")).getContent();
    }

    @SuppressWarnings("unchecked")
    private PlanningKind<Object> planning(JobKind kind) {
        PlanningKind<?> planning = kinds.get(kind);
        if (planning == null) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "The " + kind.name().toLowerCase()
                    + " planner is not part of this build.");
        }
        return (PlanningKind<Object>) planning;
    }

    private static String target(SolveJob job) {
        return job.getKind().name().toLowerCase() + ":" + job.getId();
    }

    /**
     * Builds each job's solver from the configuration the job's thread set (the pipeline's base
     * configuration otherwise: the solver manager checks itself with one), and hands it to the job's run.
     */
    private static final class JobSolverFactory implements SolverFactory<Object> {
        private final SolverConfig defaults;
        final ThreadLocal<SolverConfig> next = new ThreadLocal<>();
        final ThreadLocal<java.util.function.Consumer<Solver<Object>>> built = new ThreadLocal<>();

        JobSolverFactory(SolverConfig defaults) {
            this.defaults = defaults;
        }

        @Override
        public Solver<Object> buildSolver() {
            SolverConfig config = next.get();
            Solver<Object> solver = SolverFactory.<Object>create(config == null ? defaults : config).buildSolver();
            if (built.get() != null) {
                built.get().accept(solver);
            }
            return solver;
        }
    }

    /** One solve of a job: the planner's run, and whether the job's thread has begun it. */
    private static final class Run {
        final SolveRun<Object> solve;
        volatile boolean started;

        Run(SolveRun<Object> solve) {
            this.solve = solve;
        }
    }

    @PreDestroy
    void close() {
        shuttingDown = true;
        managers.values().forEach(SolverManager::close);
        // Let the interrupted solves make their last save first, so that none of them writes a job back
        // to SOLVING after it was marked interrupted (bounded: the stored plans are kept either way).
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (runs.values().stream().anyMatch(r -> r.started) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        // The best plans are already stored; mark what was cut short so it can be solved on.
        try {
            recover();
        } catch (RuntimeException e) {
            LOG.warn("Could not mark unfinished jobs interrupted on shutdown; the next start will: {}", e.getClass().getName());
        }
    }
}
