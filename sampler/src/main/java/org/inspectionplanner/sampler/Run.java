package org.inspectionplanner.sampler;

import java.util.ArrayList;
import java.util.List;

/**
 * One sampling run, as a pipeline: resolve the window; screen its cases; rank the eligible ones in a
 * seeded order; resolve the parameters; let the method select; hold the sample to the target; then
 * warnings, reserves, sub-samples and the report. Each method's rules live in its selection class
 * ({@link CohortSelection}, {@link StratifiedSelection}, {@link ShortlistSelection},
 * {@link CensusSelection}).
 */
final class Run {

    private final ReportBuilder.Input input;
    private final SampleRequest req;

    Run(IndexedCaseload caseload, String inputFile, String inputSha256, SampleRequest req) {
        this.input = new ReportBuilder.Input(caseload, inputFile, inputSha256);
        this.req = req;
    }

    SampleResult execute() {
        RunWindow window = RunWindow.resolve(req, input.caseload().firstStart());
        Screening screening = Screening.of(input.caseload(), req, window);
        RunParameters params = RunParameters.resolve(req, window, screening.eligible().size());
        RankedPool pool = new RankedPool(screening.eligible(), RunContext.random(params, "rank"),
                Sampler.strata(params.method()));
        RunContext ctx = new RunContext(params, pool, new ArrayList<>());

        Draw draw = new Draw(params.maxPerPractitioner());
        MethodSelection.Weeks weeks = MethodSelection.of(params.method()).select(ctx, draw);
        if (params.target() != null && draw.size() > params.target()) {
            TargetReduction.reduce(ctx, draw); // the target is a ceiling for every method
        }
        warnAboutSize(ctx, draw);

        StratumWeights weights = new StratumWeights(pool, draw);
        Reserves.Ranked reserves = Reserves.rank(ctx, draw, weights);
        SubSamples.Drawn subSamples = SubSamples.draw(ctx, draw);
        return ReportBuilder.build(ctx, input, screening, draw, weeks, weights, reserves, subSamples);
    }

    private void warnAboutSize(RunContext ctx, Draw draw) {
        RunParameters params = ctx.params();
        List<String> warnings = ctx.warnings();
        String window = WindowCheck.warning(params, req.from() != null, input.caseload(), ctx.pool().size());
        if (window != null) {
            warnings.add(window);
        }
        Integer target = params.target();
        if (target != null && draw.size() < target) {
            warnings.add("the sample has " + draw.size() + " cases, fewer than the target of " + target
                    + (params.method() == SamplingMethod.PDU_COHORT && !params.topUp()
                    ? " (--top-up fills it from the window)"
                    : ctx.pool().size() < target || draw.cap == null
                    ? " (the window has only " + ctx.pool().size() + " eligible cases)"
                    : " (the practitioner cap leaves no more eligible cases)"));
        }
    }
}
