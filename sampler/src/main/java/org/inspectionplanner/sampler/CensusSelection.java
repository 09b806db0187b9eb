package org.inspectionplanner.sampler;

import org.inspectionplanner.data.caseload.CaseRecord;

/**
 * rosh-thematic (2005): every eligible case, a census of the population. A target reduces it
 * afterwards, as every method's sample ({@link TargetReduction}); no case is left to boost from.
 */
final class CensusSelection implements MethodSelection {

    @Override
    public Weeks select(RunContext ctx, Draw draw) {
        for (CaseRecord c : ctx.pool().byRank()) {
            draw.add(c, Selection.COHORT);
        }
        return Weeks.NONE;
    }
}
