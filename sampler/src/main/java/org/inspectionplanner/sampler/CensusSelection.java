package org.inspectionplanner.sampler;

import org.inspectionplanner.data.caseload.CaseRecord;

/**
 * rosh-thematic (2005): every eligible case (a census of the population); with a target, the
 * reduction to it; then the boost of short quotas from what the reduction left out.
 */
final class CensusSelection implements MethodSelection {

    @Override
    public Weeks select(RunContext ctx, Draw draw) {
        for (CaseRecord c : ctx.pool().byRank()) {
            draw.add(c, Selection.COHORT);
        }
        if (ctx.target() != null && draw.size() > ctx.target()) {
            TargetReduction.reduce(ctx, draw);
        }
        QuotaBoost.boost(ctx, draw, ctx.pool().remaining(draw));
        return Weeks.NONE;
    }
}
