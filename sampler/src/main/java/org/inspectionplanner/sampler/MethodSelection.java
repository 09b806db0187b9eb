package org.inspectionplanner.sampler;

import java.util.List;
import org.inspectionplanner.sampler.report.SampleReport;

/** One method's selection: fills the draw from the ranked eligible cases. */
interface MethodSelection {

    /** Selects into {@code draw}; returns what the report shows of the candidate weeks. */
    Weeks select(RunContext ctx, Draw draw);

    static MethodSelection of(SamplingMethod method) {
        return switch (method) {
            case PDU_COHORT -> new CohortSelection();
            case QUALITY_IMPACT, OMI2 -> new StratifiedSelection();
            case ROSH_THEMATIC -> new CensusSelection();
            case STRATIFIED_SHORTLIST -> new ShortlistSelection();
        };
    }

    /** The candidate weeks and pairs a method considered, and the weeks it chose (empty when none). */
    record Weeks(List<SampleReport.CandidateWeek> candidateWeeks, List<SampleReport.CandidatePair> candidatePairs,
            List<Integer> chosenWeeks) {
        static final Weeks NONE = new Weeks(List.of(), List.of(), List.of());
    }
}
