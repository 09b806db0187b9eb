package org.inspectionplanner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ProgrammeBenchTest {

    @Test
    void printsTheSolverBesideTheGreedyBaseline() {
        CommandLine cl = Bench.newCommandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        int exit = cl.execute("programme", "--sizes", "12x10", "--seconds", "1", "--runs", "2", "--time-limit", "2", "--seeds", "3");
        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("12 inspections over 10 weeks")
                .containsPattern("greedy +[0-9.]+ms +- +- +- +[0-9]+")
                .containsPattern("fixed 1s +[0-9]+ms +[0-9]+ms +[0-9]+ms +TIME_LIMIT")
                .containsPattern("pipeline #2 +[0-9]+ms +[0-9]+ms +[0-9]+ms +(NO_BETTER_PLAN_POSSIBLE|UNIMPROVED_LIMIT|TIME_LIMIT)")
                .containsPattern("pipeline \\(2 runs over seeds \\[3\\], 2.0 s limit\\): final plan at median [0-9]+ ms \\[[0-9]+-[0-9]+\\]"
                        + " \\(CPU median [0-9]+ ms \\[[0-9]+-[0-9]+\\]\\), stopped at median")
                .containsPattern("targets met|TARGETS NOT MET");
    }

    @Test
    void rejectsAMalformedSize() {
        CommandLine cl = Bench.newCommandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        assertThat(cl.execute("programme", "--sizes", "150", "--seconds", "1")).isEqualTo(2);
        assertThat(err.toString()).contains("inspections x weeks");
    }
}
