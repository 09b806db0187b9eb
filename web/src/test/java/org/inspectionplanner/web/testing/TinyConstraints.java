package org.inspectionplanner.web.testing;

import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;

public class TinyConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {sharedSlot(factory), farFromTarget(factory)};
    }

    Constraint sharedSlot(ConstraintFactory factory) {
        return factory.forEachUniquePair(TinyRow.class, Joiners.equal(TinyRow::getSlot))
                .penalize(HardSoftScore.ONE_HARD).asConstraint("shared slot");
    }

    Constraint farFromTarget(ConstraintFactory factory) {
        return factory.forEach(TinyRow.class)
                .penalize(HardSoftScore.ONE_SOFT, r -> Math.abs(r.slot - r.target) * Math.abs(r.slot - r.target))
                .asConstraint("far from target");
    }
}
