package org.inspectionplanner.planner.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SolveRunTest {

    @Test
    void bestScoreOverTimeIsThinnedKeepingFirstAndLast() {
        List<SolveFigures.BestScore> all = new ArrayList<>();
        for (int k = 0; k < 1000; k++) {
            all.add(new SolveFigures.BestScore(k, 0, 0, -k, true, "local search"));
        }
        var thin = SolveRun.thin(all);
        assertThat(thin).hasSize(200);
        assertThat(thin.get(0).millis()).isZero();
        assertThat(thin.get(199).millis()).isEqualTo(999);
        assertThat(SolveRun.thin(all.subList(0, 50))).hasSize(50);
    }
}
