package org.inspectionplanner.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectionplanner.data.io.CaseloadCsvTest.problemsOf;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The limits every CSV input shares (issue 14): runaway lines, UTF-16 files, control characters,
 * dates outside any sane range and files that end after their header, each refused with a message
 * that says where and why.
 */
class ReadingLimitsTest {

    private static final String HEADER = "case_id,person_id,pdu,office,sentence_type,start_date,date_of_birth\n";

    private static List<String> problems(String csv) {
        return problemsOf(() -> CaseloadCsv.read(new StringReader(csv), "caseload.csv"));
    }

    private static List<String> problems(InputStream in) {
        return problemsOf(() -> Caseloads.read(in, "caseload.csv"));
    }

    /** n repetitions of one character, produced as read: a 100 MB line without holding 100 MB. */
    private static InputStream repeated(char c, long n) {
        return new InputStream() {
            long left = n;

            @Override
            public int read() {
                return left-- > 0 ? c : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int k = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + k, (byte) c);
                left -= k;
                return k;
            }
        };
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aHundredMegabyteLineIsTooLongNotBrokenQuoting() {
        InputStream file = new SequenceInputStream(java.util.Collections.enumeration(List.of(
                text(HEADER + "C1,P1,Leeds,L,LICENCE,2023-01-02,2001-12-31\nC2,"), repeated('x', 100_000_000L),
                text(",Leeds,L,LICENCE,2023-01-02,2001-12-31\n"))));
        assertThat(problems(file)).containsExactly(
                "caseload.csv:3:0: line longer than the limit of " + CsvInput.MAX_RECORD_CHARS + " characters");
    }

    @Test
    void aLineOfManyShortValuesIsTooLongToo() {
        StringBuilder line = new StringBuilder();
        String value = "a".repeat(1999);
        while (line.length() <= CsvInput.MAX_RECORD_CHARS + 10) {
            line.append(value).append(',');
        }
        assertThat(problems(HEADER + line + "\n")).contains(
                "caseload.csv:2:0: line longer than the limit of " + CsvInput.MAX_RECORD_CHARS + " characters");
    }

    @Test
    void aHeaderOfTwoHundredThousandColumnsIsRefusedByItsWidth() {
        StringBuilder header = new StringBuilder("case_id");
        for (int i = 0; i < 200_000; i++) {
            header.append(",c").append(i);
        }
        assertThat(problems(header + "\n")).containsExactly(
                "caseload.csv:1:0: the header has more than 1000 columns; the limit is 1000");
        StringBuilder wide = new StringBuilder("case_id");
        for (int i = 0; i < 2000; i++) {
            wide.append(",c").append(i);
        }
        assertThat(problems(wide + "\n")).containsExactly(
                "caseload.csv:1:0: the header has more than 1000 columns; the limit is 1000");
    }

    @Test
    void utf16FilesAreToldToBeSavedAsUtf8WithoutQuotingTheirText() {
        String csv = HEADER + "C1,P1,Leeds,L,LICENCE,2023-01-02,2001-12-31\n";
        byte[] withBom = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_16LE);
        byte[] noBom = csv.getBytes(StandardCharsets.UTF_16LE);
        byte[] bigEndian = csv.getBytes(StandardCharsets.UTF_16); // Java writes a big-endian mark first
        for (byte[] bytes : List.of(withBom, noBom, bigEndian)) {
            List<String> p = problems(new ByteArrayInputStream(bytes));
            assertThat(p).containsExactly("caseload.csv:1:0: the file is UTF-16; save it as UTF-8");
            assertThat(p.get(0)).doesNotContain("\u0000");
        }
        // text already decoded wrongly (NULs between the letters) gets the same advice
        String asUtf8 = new String(noBom, StandardCharsets.UTF_8);
        assertThat(problems(asUtf8)).containsExactly("caseload.csv:1:0: the file is UTF-16; save it as UTF-8");
    }

    @Test
    void nulAndControlCharactersInCellsAreRejectedWhereTheyStand() {
        assertThat(problems(HEADER + "C1,P\u00001,Leeds,L,LICENCE,2023-01-02,2001-12-31\n"
                + "C2,P2,Le\u0007eds,L,LICENCE,2023-01-02,2001-12-31\n"
                + "C3,P3,Leeds,\"L\n\u001b\",LICENCE,2023-01-02,2001-12-31\n"
                + "C4,P4,Leeds,L,LICENCE,2023-01-02,2001-12-31\u0085\n")).containsExactly(
                "caseload.csv:2:2: the value holds a control character (U+0000, a NUL); values must be plain text",
                "caseload.csv:3:3: the value holds a control character (U+0007); values must be plain text",
                "caseload.csv:4:4: the value holds a control character (U+001B); values must be plain text",
                "caseload.csv:6:7: the value holds a control character (U+0085); values must be plain text");
        // tabs and line breaks inside quoted values are text
        assertThat(CaseloadCsv.read(new StringReader(HEADER + "C1,P1,Leeds,\"L\tN\r\nS\",LICENCE,2023-01-02,2001-12-31\n"),
                "caseload.csv").cases().get(0).office()).isEqualTo("L\tN\r\nS");
    }

    @Test
    void datesOutsideTheYears1900To2100AreRejectedWithLineAndColumn() {
        assertThat(problems(HEADER + "C1,P1,Leeds,L,LICENCE,2023-01-02,1899-12-31\n"
                + "C2,P2,Leeds,L,LICENCE,01/01/2101,1980-01-01\n"
                + "C3,P3,Leeds,L,LICENCE,2023-01-02,0001-01-01\n")).containsExactly(
                "caseload.csv:2:7: date_of_birth '1899-12-31' is not valid; expected a date in the years 1900 to 2100",
                "caseload.csv:3:6: start_date '01/01/2101' is not valid; expected a date in the years 1900 to 2100",
                "caseload.csv:4:7: date_of_birth '0001-01-01' is not valid; expected a date in the years 1900 to 2100");
        assertThat(CaseloadCsv.read(new StringReader(HEADER + "C1,P1,Leeds,L,LICENCE,2100-12-31,1900-01-01\n"),
                "caseload.csv").cases()).hasSize(1);
    }

    @Test
    void jsonReadByTheSharedMapperMustEndAfterItsValue() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                Json.mapper().readValue("{\"a\": 1} {\"a\": 2}", java.util.Map.class)))
                .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class)
                .hasMessageContaining("Trailing token");
    }

    @Test
    void everyReaderReadsToTheEndOfItsFile() throws Exception {
        // a bad row after thousands of good ones is still found: nothing stops reading early
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 5000; i++) {
            csv.append("C").append(i).append(",P").append(i).append(",Leeds,L,LICENCE,2023-01-02,2001-12-31\n");
        }
        csv.append("C5000,P,Leeds,L,LICENCE,2023-01-02,2001-12-3\n");
        assertThat(problems(csv.toString())).singleElement().asString().startsWith("caseload.csv:5002:7:");
        try (Reader r = new StringReader("x")) {
            assertThat(r.read()).isEqualTo('x');
        }
    }
}
