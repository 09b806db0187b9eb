package org.inspectionplanner.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SamplerBenchTest {

    @Test
    void printsEveryPhaseAsARatioToTheBareParseAndWritesEveryPdu(@TempDir Path dir) throws Exception {
        CommandLine cl = Bench.newCommandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        int exit = cl.execute("sampler", "--rows", "4000", "--pdus", "3", "--repeat", "1",
                "--keep", dir.toString());
        assertThat(exit).as(out.toString()).isZero();
        assertThat(out.toString()).contains("bare Commons CSV parse (baseline)").contains("sample one PDU")
                .contains("sample all 3 PDUs").contains("peak heap").contains("1.00x [1.00-1.00]")
                .contains("median of 1 interleaved rounds");
        try (var folders = Files.list(dir.resolve("plan"))) {
            assertThat(folders.count()).isEqualTo(3);
        }
        assertThat(dir.resolve("one-pdu").resolve("report.json")).exists();
    }
}
