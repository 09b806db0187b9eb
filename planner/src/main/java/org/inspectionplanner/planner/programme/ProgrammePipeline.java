package org.inspectionplanner.planner.programme;

import java.time.Duration;
import java.util.function.Predicate;
import org.inspectionplanner.planner.solve.PlanningPipeline;
import org.inspectionplanner.planner.solve.SolveFigures;
import org.inspectionplanner.planner.solve.SolveRun;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * The programme's planning pipeline, for the CLI and the web service alike:
 * <ol>
 * <li>prepare: a problem without a previous schedule (no unpinned inspection has a start) starts from
 * {@link GreedyScheduler#warmStart}, improved by ruin and recreate until {@value #START_SHARE_PERCENT}% of
 * the time limit (at most {@value #START_MAX_SECONDS} s) has passed, stopping as soon as nothing is unscheduled or when it
 * has not improved for the unimproved limit. A problem with a previous schedule starts from its weeks,
 * and construction places what they leave open;</li>
 * <li>configure: {@link ProgrammeSolverConfig#create} (the seed from the limits);</li>
 * <li>stop: as soon as the best schedule breaks no hard rule, leaves nothing unscheduled and its level
 * loading reaches {@link LevelLoadingBound}; otherwise at the unimproved limit or the time limit;</li>
 * <li>repair: {@link GreedyScheduler#topUp}, placing any unscheduled inspection whose week turned out free.</li>
 * </ol>
 */
public final class ProgrammePipeline extends PlanningPipeline<ProgrammeSchedule> {

    /** The share of the time limit ruin and recreate may use before the solver starts. */
    static final int START_SHARE_PERCENT = 75;
    /** ... and at most this long, so that a long limit leaves the solver time for the soft score. */
    static final int START_MAX_SECONDS = 45;

    /** The least soft gain, in millionths of the soft score, that restarts the unimproved clock (see {@link #isProgress}). */
    static final long PROGRESS_PPM = 1000;
    /** Ruin and recreate reports a new best start at most this often (each report rescores the whole plan). */
    static final long REPORT_EVERY_MILLIS = 250;

    private final boolean warmStart;
    private final boolean boundStop;

    public ProgrammePipeline() {
        this(true, true);
    }

    private ProgrammePipeline(boolean warmStart, boolean boundStop) {
        this.warmStart = warmStart;
        this.boundStop = boundStop;
    }

    /** OptaPlanner alone (construction and local search from an empty schedule), for comparison in the benchmark. */
    public static ProgrammePipeline withoutWarmStart() {
        return new ProgrammePipeline(false, true);
    }

    /** Never stops at the bound (with no unimproved limit it runs to the time limit, as before the early stops). */
    public static ProgrammePipeline withoutBoundStop() {
        return new ProgrammePipeline(true, false);
    }

    @Override
    public SolverConfig baseConfig() {
        return ProgrammeSolverConfig.create(null);
    }

    /**
     * A tenth of the time limit, at least 2 s and at most 10 s: on 150 inspections the solver's
     * improvements after ruin and recreate come well under a second apart while they matter.
     */
    @Override
    public Duration defaultUnimprovedLimit(ProgrammeSchedule problem, Duration timeLimit) {
        return Duration.ofMillis(Math.max(2000, Math.min(10_000, timeLimit.toMillis() / 10)));
    }

    @Override
    protected void prepare(ProgrammeSchedule problem, SolveRun<ProgrammeSchedule> run) {
        if (!warmStart || problem.getInspections().stream().anyMatch(i -> !i.isPinned() && i.isScheduled())) {
            return; // solving on from a previous schedule
        }
        GreedyScheduler.warmStart(problem);
        run.improved(problem, "warm start");
        long share = Math.min(START_MAX_SECONDS * 1000L, run.limits().timeLimit().toMillis() * START_SHARE_PERCENT / 100);
        Duration budget = Duration.ofMillis(share - run.millis());
        if (!budget.isNegative() && !budget.isZero()) {
            Long seed = run.limits().seed();
            long[] reported = {run.millis()};
            boolean[] pending = {false};
            new RuinAndRecreate(problem, seed == null ? 0 : seed).improve(budget, run.limits().unimprovedLimit(), () -> {
                pending[0] = run.millis() - reported[0] < REPORT_EVERY_MILLIS;
                if (!pending[0]) {
                    run.improved(problem, "ruin and recreate");
                    reported[0] = run.millis();
                }
            });
            if (pending[0]) {
                run.improved(problem, "ruin and recreate"); // its best start, not yet reported
            }
        }
    }

    @Override
    protected Predicate<ProgrammeSchedule> stopRule(ProgrammeSchedule problem) {
        if (!boundStop) {
            return plan -> false;
        }
        long lowest = LevelLoadingBound.lowerBound(problem);
        return plan -> plan.getScore() != null && plan.getScore().isSolutionInitialized()
                && plan.getScore().hardScore() == 0 && plan.getScore().mediumScore() == 0
                && plan.getInspections().stream().allMatch(ScheduledInspection::isScheduled)
                && LevelLoadingBound.penalty(plan) <= lowest;
    }

    /**
     * Progress is a change of the hard or medium score, or a soft gain of at least {@value #PROGRESS_PPM}
     * millionths of the soft score: on 150 inspections the local search keeps finding gains of a few
     * hundredths of a percent for tens of seconds, which would hold off the unimproved limit without making
     * a plan anyone could tell apart (docs/programme.md gives the figures).
     */
    @Override
    protected boolean isProgress(SolveFigures.BestScore lastProgress, SolveFigures.BestScore newBest) {
        if (newBest.hard() != lastProgress.hard() || newBest.medium() != lastProgress.medium()) {
            return true;
        }
        return (newBest.soft() - lastProgress.soft()) * 1_000_000 >= Math.abs(lastProgress.soft()) * PROGRESS_PPM;
    }

    @Override
    protected int repair(ProgrammeSchedule best) {
        return GreedyScheduler.topUp(best);
    }
}
