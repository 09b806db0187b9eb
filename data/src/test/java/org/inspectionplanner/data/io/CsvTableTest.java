package org.inspectionplanner.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.inspectionplanner.data.io.CaseloadCsvTest.problemsOf;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The public table reader gives other modules' files the same rules, limits and messages as the caseload. */
class CsvTableTest {

    private static final List<String> SPEC = List.of("id", "start", "pinned");

    private record Row(String id, LocalDate start, boolean pinned, Map<String, String> extras) {
    }

    private static List<Row> read(String csv) {
        List<Row> rows = new ArrayList<>();
        try (CsvTable t = CsvTable.open(new StringReader(csv), "t.csv", SPEC, List.of("id"))) {
            while (t.next()) {
                rows.add(new Row(t.required("id"), t.monday("start", false), t.bool("pinned"), t.extras()));
            }
            t.finish();
        }
        return rows;
    }

    @Test
    void readsByTheSharedRules() {
        List<Row> rows = read("\uFEFF Note , ID,Start\n n1 , A ,02/03/2026\n\nn2,B,2026-03-09\n");
        assertThat(rows).containsExactly(
                new Row("A", LocalDate.of(2026, 3, 2), false, Map.of("Note", " n1 ")),
                new Row("B", LocalDate.of(2026, 3, 9), false, Map.of("Note", "n2")));
    }

    @Test
    void reportsEveryProblemWithItsLineAndColumn() {
        assertThat(problemsOf(() -> read("id,start,pinned\n,2026-03-03,maybe\nB,2026-03-02\nC\u0000,,\nD,1899-01-02,\n")))
                .containsExactly(
                        "t.csv:2:1: id is blank; a value is required",
                        "t.csv:2:2: start '2026-03-03' is a tuesday; expected a Monday",
                        "t.csv:2:3: pinned 'maybe' is not valid; expected true/false, yes/no, y/n or 1/0",
                        "t.csv:3:0: the row has 2 values but the header has 3 columns",
                        "t.csv:4:1: the value holds a control character (U+0000, a NUL); values must be plain text",
                        "t.csv:5:2: start '1899-01-02' is not valid; expected a date in the years 1900 to 2100");
        assertThat(problemsOf(() -> read("start\n2026-03-02\n")))
                .containsExactly("t.csv:1:0: missing required column 'id'; the header has start");
    }

    @Test
    void bytesAreStrictUtf8AndUtf16IsNamed() {
        byte[] latin1 = "id\nJos\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problemsOf(() -> CsvTable.open(new ByteArrayInputStream(latin1), "t.csv", SPEC, List.of()).next()))
                .singleElement().asString().contains("not valid UTF-8");
        byte[] utf16 = "id\nA\n".getBytes(StandardCharsets.UTF_16);
        assertThat(problemsOf(() -> CsvTable.open(new ByteArrayInputStream(utf16), "t.csv", SPEC, List.of())))
                .containsExactly("t.csv:1:0: the file is UTF-16; save it as UTF-8");
    }

    @Test
    void withoutASpecEveryColumnIsKeptInFileOrder() {
        try (CsvTable t = CsvTable.open(new StringReader("b,a\n1,2\n"), "t.csv", List.of(), List.of())) {
            assertThat(t.extraNames()).containsExactly("b", "a");
            assertThat(t.next()).isTrue();
            assertThat(t.extras()).containsExactly(Map.entry("b", "1"), Map.entry("a", "2"));
            assertThat(t.next()).isFalse();
            t.finish();
        }
    }

    @Test
    void aColumnOutsideTheSpecIsAProgrammingError() {
        try (CsvTable t = CsvTable.open(new StringReader("id\nA\n"), "t.csv", SPEC, List.of())) {
            t.next();
            assertThatThrownBy(() -> t.text("nope")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void countsBlankValuesOfEveryExtraColumnReadingToTheEnd() {
        // blank means String.isBlank: empty, spaces, a tab, an em space (U+2003); a quoted space too
        String csv = "id,note,team\nA,, x\nB, \t,\nC,\"\u2003\",t\n\nD,n,\" \"\n";
        try (CsvTable t = CsvTable.open(new StringReader(csv), "t.csv", SPEC, List.of("id"))) {
            assertThat(t.blankCountsOfExtras()).containsExactly(Map.entry("note", 3L), Map.entry("team", 2L));
            assertThat(t.next()).isFalse();
            t.finish();
        }
    }

    @Test
    void blankCountsStillRejectABadRow() {
        try (CsvTable t = CsvTable.open(new StringReader("id,note\nA,\nB\n"), "t.csv", SPEC, List.of("id"))) {
            t.blankCountsOfExtras();
            assertThatThrownBy(t::finish).hasMessageContaining("t.csv:3");
        }
    }
}
