package org.inspectionplanner.data.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvOutputTest {

    @Test
    void neutralisesEveryFormulaTrigger() {
        assertThat(CsvOutput.neutralise("=SUM(A1:A9)")).isEqualTo("'=SUM(A1:A9)");
        assertThat(CsvOutput.neutralise("+44 113")).isEqualTo("'+44 113");
        assertThat(CsvOutput.neutralise("-1")).isEqualTo("'-1");
        assertThat(CsvOutput.neutralise("@cmd")).isEqualTo("'@cmd");
        assertThat(CsvOutput.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(CsvOutput.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(CsvOutput.neutralise("a=b")).isEqualTo("a=b");
        assertThat(CsvOutput.neutralise("'=already")).isEqualTo("'=already");
        assertThat(CsvOutput.neutralise(null)).isEmpty();
        assertThat(CsvOutput.neutralise("")).isEmpty();
    }

    @Test
    void writesRfc4180WithNeutralisedCells() throws Exception {
        StringBuilder sb = new StringBuilder();
        try (CsvOutput out = CsvOutput.to(sb)) {
            out.row("id", "note");
            out.row(List.of("C1", "=HYPERLINK(\"http://x\",\"y\")"), List.of("line1\nline2"));
            out.row("C2", null);
        }
        assertThat(sb.toString()).isEqualTo("id,note\r\n"
                + "C1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"line1\nline2\"\r\n"
                + "C2,\r\n");
        List<CSVRecord> back = CSVFormat.RFC4180.parse(new StringReader(sb.toString())).getRecords();
        assertThat(back.get(1).toList()).containsExactly("C1", "'=HYPERLINK(\"http://x\",\"y\")", "line1\nline2");
    }

    @Test
    void filesAreUtf8WithoutByteOrderMark(@TempDir Path dir) {
        Path file = dir.resolve("x.csv");
        try (CsvOutput out = CsvOutput.open(file)) {
            out.row("Ysgol Gymraeg", "Pen-y-bont ar Ogwr – £5");
        }
        byte[] bytes = assertThatBytes(file);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("Ysgol Gymraeg,Pen-y-bont ar Ogwr – £5\r\n");
        assertThat(bytes[0]).isEqualTo((byte) 'Y');
    }

    private static byte[] assertThatBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
