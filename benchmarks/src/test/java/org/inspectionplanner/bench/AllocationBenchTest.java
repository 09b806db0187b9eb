package org.inspectionplanner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AllocationBenchTest {

    @Test
    void printsEachRunAndTheMediansWithGreedyBesideTheFixedTimeSolve() {
        CommandLine cl = Bench.newCommandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        int exit = cl.execute("allocation", "--instances", "one-pdu", "--seconds", "3", "--fixed-seconds", "1", "--seeds", "1,2");
        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("== one-pdu: 70 cases")
                .containsPattern("fixed +1 +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +70/70 +0 +[0-9.]+ +[0-9.]+ +-[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+ +TIME_LIMIT")
                .containsPattern("pipeline +2 +[0-9.]+ +[0-9.]+ +[0-9.]+ +[0-9.]+ +70/70 +0 +[0-9.]+ +[0-9.]+ +-[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+ +"
                        + "(NO_BETTER_PLAN_POSSIBLE|UNIMPROVED_LIMIT|TIME_LIMIT)")
                .contains("median of 2 seed(s) (lowest to highest):")
                .containsPattern("greedy +[0-9.]+ \\([0-9.]+ to [0-9.]+\\) +[0-9.]+ \\([0-9.]+ to [0-9.]+\\)")
                .containsPattern("pipeline +[0-9.]+ \\([0-9.]+ to [0-9.]+\\) .* [0-9]+ \\([0-9]+ to [0-9]+\\) .*"
                        + "(NO_BETTER_PLAN_POSSIBLE|UNIMPROVED_LIMIT|TIME_LIMIT) x[12]")
                .containsPattern("fixed 1 s +[0-9.]+ \\([0-9.]+ to [0-9.]+\\) .*TIME_LIMIT x2");
    }
}
