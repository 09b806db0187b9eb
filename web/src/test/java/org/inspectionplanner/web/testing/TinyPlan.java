package org.inspectionplanner.web.testing;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;

/** A small real planning problem to exercise the job machinery: put rows in distinct slots near their targets. */
@PlanningSolution
public class TinyPlan {

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "slots")
    public List<Integer> slots;

    @PlanningEntityCollectionProperty
    public List<TinyRow> rows;

    @PlanningScore
    public HardSoftScore score;

    /** How long the stand-in start heuristic takes (request {@code prepareMillis}; 0: none). */
    public long prepareMillis;

    public TinyPlan() {
    }

    public TinyPlan(List<Integer> slots, List<TinyRow> rows) {
        this.slots = slots;
        this.rows = rows;
    }
}
