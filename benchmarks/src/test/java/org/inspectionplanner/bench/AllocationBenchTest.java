package org.inspectionplanner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AllocationBenchTest {

    @Test
    void printsTheTimeToTheFinalPlanBesideTheFixedTimeSolve() {
        CommandLine cl = Bench.newCommandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        int exit = cl.execute("allocation", "--instances", "one-pdu", "--seconds", "1,2", "--runs", "2", "--time-limit", "3");
        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("== one-pdu: 70 cases")
                .containsPattern("fixed@1s +fixed@2s +pipeline\\* +bound")
                .containsPattern("balance: peak/bound +[0-9.]+ +([0-9.]+|-) +([0-9.]+|-) +[0-9.]+ +1.0000")
                .containsPattern("fixed 2 s \\(today's solve\\): final plan at [0-9]+ ms, stopped at [0-9]+ ms \\(TIME_LIMIT\\)")
                .containsPattern("pipeline \\(2 runs, 3 s limit\\): final plan at median [0-9]+ ms \\[[0-9]+-[0-9]+\\], stopped at median [0-9]+ ms");
    }
}
