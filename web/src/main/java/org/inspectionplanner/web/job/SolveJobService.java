package org.inspectionplanner.web.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.inspectionplanner.data.io.InvalidInputException;
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
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.optaplanner.core.impl.solver.scope.SolverScope;
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
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "solve-job-timer");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean shuttingDown;
    private final SolveJobRepository jobs;
    private final FileStore files;
    private final AuditLog audit;
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
        this.limit = properties.solveTimeLimit();
        for (PlanningKind<?> kind : planningKinds.orderedStream().toList()) {
            if (kinds.containsKey(kind.kind())) {
                continue; // the list is in @Order: the first one for a kind wins (tests put stand-ins first)
            }
            kinds.put(kind.kind(), kind);
            SolverConfig config = kind.solverConfig().withTerminationSpentLimit(limit);
            JobSolverFactory factory = new JobSolverFactory(config);
            factories.put(kind.kind(), factory);
            managers.put(kind.kind(), SolverManager.create(factory, new SolverManagerConfig()
                    .withParallelSolverCount(String.valueOf(Math.max(1, properties.parallelSolves())))));
        }
    }

    /** How long one solve runs at most (the pages say so before and while it solves). */
    public Duration timeLimit() {
        return limit;
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
        // A start heuristic (if the kind has one for this problem) may use its share of the time limit
        // first; the solver gets the rest, as in the CLI.
        Duration budget = planning.prepareBudget(problem, limit);
        Run run = new Run(limit);
        runs.put(id, run);
        JobSolverFactory factory = factories.get(kind);
        // The solver manager builds the job's solver in this thread, from this problem's configuration.
        factory.next.set(planning.solverConfig(problem, limit));
        factory.built.set(solver -> {
            run.solver = solver;
            if (solver instanceof DefaultSolver<Object> s) {
                // The solver forgets a stop that came before it started (e.g. during the start heuristic).
                s.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
                    @Override
                    public void solvingStarted(SolverScope<Object> scope) {
                        if (stopRequested.contains(id) || run.millis() >= limit.toMillis()) {
                            s.terminateEarly();
                        }
                    }
                });
            }
        });
        try {
            managers.get(kind).solveAndListen(id, jobId -> {
                run.started();
                if (!budget.isZero()) {
                    run.preparing = true;
                    try {
                        planning.prepare(problem, budget);
                    } finally {
                        run.preparing = false;
                    }
                    // The solver was built with the whole limit: end it when the job's limit is spent.
                    long left = Math.max(100, limit.toMillis() - run.millis());
                    timer.schedule(() -> {
                        if (runs.get(jobId) == run) { // not a later solve of the same job
                            managers.get(kind).terminateEarly(jobId);
                        }
                    }, left, TimeUnit.MILLISECONDS);
                }
                return problem;
            },
                    best -> {
                        run.improved(planning.score(best));
                        save(planning, id, best, null, run.figures(SolveFigures.Termination.SOLVING));
                    },
                    last -> {
                        JobStatus end = endOf(id);
                        if (end != JobStatus.INTERRUPTED && planning.repair(last)) {
                            run.improved(planning.score(last));
                        }
                        save(planning, id, last, end, run.figures(run.termination(end)));
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
        if (run == null || !run.preparing) {
            // While the start heuristic runs, the solver job holds its lock until solving starts; the
            // listener added in solve() ends the solve as it starts instead, so that this does not wait.
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
        Integer count = tx.execute(s -> jobs.markInterrupted(Set.of(JobStatus.QUEUED, JobStatus.SOLVING)));
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
     * Builds each job's solver from the configuration the job's thread set (the default one
     * otherwise), and keeps it so that its score calculation figures can be read at the end.
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

    /** One solve of a job: its clock, its best scores and its solver. */
    private static final class Run {
        private final Duration limit;
        private final List<SolveFigures.BestScore> best = Collections.synchronizedList(new ArrayList<>());
        private volatile long startNanos = System.nanoTime();
        volatile Solver<Object> solver;
        volatile boolean preparing;
        volatile boolean started;

        Run(Duration limit) {
            this.limit = limit;
        }

        long millis() {
            return (System.nanoTime() - startNanos) / 1_000_000;
        }

        void started() {
            startNanos = System.nanoTime();
            started = true;
        }

        void improved(String score) {
            best.add(new SolveFigures.BestScore(millis(), score));
        }

        SolveFigures.Termination termination(JobStatus end) {
            if (end == JobStatus.STOPPED) {
                return SolveFigures.Termination.STOPPED_BY_USER;
            }
            if (end == JobStatus.INTERRUPTED) {
                return SolveFigures.Termination.INTERRUPTED;
            }
            // OptaPlanner does not say which termination fired: tell them apart by the clock.
            return millis() < limit.toMillis() - 100 ? SolveFigures.Termination.UNIMPROVED_LIMIT : SolveFigures.Termination.TIME_LIMIT;
        }

        SolveFigures figures(SolveFigures.Termination termination) {
            long count = 0;
            long speed = 0;
            // The solver's counters (internal API; the SolverManager does not expose them) are final once it ended.
            if (termination != SolveFigures.Termination.SOLVING && solver instanceof DefaultSolver<Object> s) {
                count = s.getSolverScope().getScoreCalculationCount();
                speed = s.getSolverScope().getScoreCalculationSpeed();
            }
            List<SolveFigures.BestScore> scores;
            synchronized (best) {
                scores = thin(best);
            }
            return new SolveFigures(millis(), termination, count, speed, scores);
        }

        /** At most 200 points: evenly thinned, first and last kept. */
        private static List<SolveFigures.BestScore> thin(List<SolveFigures.BestScore> all) {
            int max = 200;
            if (all.size() <= max) {
                return List.copyOf(all);
            }
            List<SolveFigures.BestScore> kept = new ArrayList<>();
            double step = (all.size() - 1) / (double) (max - 1);
            for (int k = 0; k < max; k++) {
                kept.add(all.get((int) Math.round(k * step)));
            }
            return kept;
        }
    }

    @PreDestroy
    void close() {
        shuttingDown = true;
        timer.shutdownNow();
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
