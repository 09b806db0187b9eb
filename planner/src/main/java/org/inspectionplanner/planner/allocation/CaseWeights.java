package org.inspectionplanner.planner.allocation;

import org.inspectionplanner.data.caseload.CaseRecord;

/**
 * How much reading and interviewing a case costs an inspector, for the balance constraint: a base
 * weight plus extras for post-custody cases, high or very high RoSH and MAPPA level 2 or 3. The solver
 * works in hundredths of a case ({@link #SCALE}) so that scores stay integers.
 */
public record CaseWeights(double base, double postCustody, double highRosh, double mappaLevel2or3) {

    public static final int SCALE = 100;

    public CaseWeights {
        if (base <= 0 || postCustody < 0 || highRosh < 0 || mappaLevel2or3 < 0) {
            throw new IllegalArgumentException("case weights: base must be positive and extras not negative");
        }
    }

    /** 1.0 per case, +0.5 post-custody, +0.5 high RoSH, +0.5 MAPPA level 2 or 3 (so 1.0 to 2.5). */
    public static CaseWeights defaults() {
        return new CaseWeights(1.0, 0.5, 0.5, 0.5);
    }

    public double weightOf(CaseRecord c) {
        double weight = base;
        if (c.sentenceType() != null && c.sentenceType().isPostCustody()) {
            weight += postCustody;
        }
        if (c.isHighRosh()) {
            weight += highRosh;
        }
        if (c.mappaLevel() == 2 || c.mappaLevel() == 3) {
            weight += mappaLevel2or3;
        }
        return weight;
    }

    /** The weight in hundredths of a case, as the solver uses it. */
    public long scaledWeightOf(CaseRecord c) {
        return Math.round(weightOf(c) * SCALE);
    }
}
