package org.inspectionplanner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.inspectionplanner.data.io.CaseloadCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReaderBenchTest {

    @Test
    void writesExactlyTheRequestedRowsAndPrintsBothRatesAndTheRatio(@TempDir Path dir) {
        Path file = dir.resolve("c.csv");
        ReaderBench.writeCaseload(file, 3_000, 7);
        assertThat(CaseloadCsv.read(file).cases()).hasSize(3_000);

        CommandLine cl = Bench.newCommandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        int exit = cl.execute("reader", "--file", file.toString(), "--repetitions", "1");
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("bare Commons CSV").contains("caseload reader")
                .contains("ratio reader/bare").contains("rows                 3,000");
    }
}
