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
        int exit = cl.execute("programme", "--sizes", "12x10", "--seconds", "1", "--seed", "3");
        assertThat(exit).isZero();
        assertThat(out.toString())
                .contains("12 inspections over 10 weeks")
                .containsPattern("greedy +[0-9.]+ms +[0-9]+")
                .containsPattern("solver 1s +[0-9]+ms +[0-9]+")
                .containsPattern("unscheduled (x|=|[0-9])").contains("level x")
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
