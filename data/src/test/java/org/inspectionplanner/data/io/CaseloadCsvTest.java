package org.inspectionplanner.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.caseload.Ethnicity;
import org.inspectionplanner.data.caseload.Gender;
import org.inspectionplanner.data.caseload.Requirement;
import org.inspectionplanner.data.caseload.RiskLevel;
import org.inspectionplanner.data.caseload.SentenceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseloadCsvTest {

    private static final String MINIMAL_HEADER = "case_id,person_id,pdu,office,sentence_type,start_date,date_of_birth\n";

    static Caseload read(String csv) {
        return CaseloadCsv.read(new StringReader(csv), "caseload.csv");
    }

    static List<String> problems(String csv) {
        try {
            read(csv);
        } catch (InvalidInputException e) {
            return e.problems().stream().map(InputProblem::toString).toList();
        }
        throw new AssertionError("expected the file to be rejected");
    }

    static List<String> problemsOf(Runnable read) {
        try {
            read.run();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(InputProblem::toString).toList();
        }
        throw new AssertionError("expected the file to be rejected");
    }

    static CaseRecord fullCase(String id, Map<String, String> extra) {
        return new CaseRecord(id, "P" + id, "Leeds", "Leeds North", "PR7", SentenceType.COMMUNITY_ORDER,
                Set.of(Requirement.UNPAID_WORK, Requirement.RAR), LocalDate.of(2023, 3, 6), LocalDate.of(2024, 3, 5),
                12, LocalDate.of(1990, 2, 28), Gender.FEMALE, Ethnicity.ASIAN, RiskLevel.HIGH, RiskLevel.LOW,
                1, 2, true, false, true, false, true, "HMP Leeds", 4, extra);
    }

    static CaseRecord sparseCase(String id, Map<String, String> extra) {
        return new CaseRecord(id, "P1", "Leeds", "Leeds, \"South\"\nannex", null, SentenceType.LICENCE,
                Set.of(), LocalDate.of(2023, 1, 2), null, null, LocalDate.of(2001, 12, 31), null, null, null, null,
                0, 0, false, false, false, false, false, null, null, extra);
    }

    @Test
    void readsEveryColumn() {
        Caseload c = read(String.join(",", CaseloadCsv.COLUMNS) + "\n"
                + "C1,PC1,Leeds,Leeds North,PR7,community_order,RAR; unpaid_work,2023-03-06,05/03/2024,12,28/02/1990,"
                + "Female,ASIAN,high,LOW,1,2,yes,N,1,false,TRUE,HMP Leeds,4,no\n");
        assertThat(c.cases()).containsExactly(fullCase("C1", Map.of()));
        assertThat(c.extraColumns()).isEmpty();
        assertThat(c.source()).isEqualTo("caseload.csv");
    }

    @Test
    void optionalColumnsMayBeAbsentOrBlank() {
        Caseload c = read(MINIMAL_HEADER + "C1,P1,Leeds,L,LICENCE,2023-01-02,31/12/2001\n");
        CaseRecord r = c.cases().get(0);
        assertThat(r.practitionerId()).isNull();
        assertThat(r.requirements()).isEmpty();
        assertThat(r.terminationDate()).isNull();
        assertThat(r.sentenceMonths()).isNull();
        assertThat(r.gender()).isNull();
        assertThat(r.rosh()).isNull();
        assertThat(r.mappaCategory()).isZero();
        assertThat(r.underReview()).isFalse();
        assertThat(r.previousSanctions()).isNull();
    }

    @Test
    void columnsInAnyOrderAndNamesInAnyCase() {
        Caseload c = read("Start_Date,DATE_OF_BIRTH,Sentence_Type,OFFICE,pdu,Person_ID,CASE_ID\n"
                + "2023-01-02,2001-12-31,licence,L,Leeds,P1,C1\n");
        assertThat(c.cases().get(0).caseId()).isEqualTo("C1");
        assertThat(c.cases().get(0).startDate()).isEqualTo(LocalDate.of(2023, 1, 2));
        assertThat(c.cases().get(0).sentenceType()).isEqualTo(SentenceType.LICENCE);
    }

    @Test
    void extraColumnsAreKeptInFileOrderAndWrittenBack() {
        Caseload c = read("zeta,case_id,person_id,pdu,office,sentence_type,start_date,date_of_birth,Alpha\n"
                + "z1,C1,P1,Leeds,L,LICENCE,2023-01-02,2001-12-31,a1\n");
        assertThat(c.extraColumns()).containsExactly("zeta", "Alpha");
        assertThat(c.cases().get(0).extra()).isEqualTo(Map.of("zeta", "z1", "Alpha", "a1"));
        StringBuilder out = new StringBuilder();
        CaseloadCsv.write(c, out);
        String header = out.toString().lines().findFirst().orElseThrow();
        assertThat(header).endsWith(",previous_sanctions,restricted_access,zeta,Alpha");
        assertThat(read(out.toString())).isEqualTo(new Caseload("caseload.csv", c.extraColumns(), c.cases()));
    }

    @Test
    void byteOrderMarkIsTolerated() {
        byte[] bytes = ("\uFEFF" + MINIMAL_HEADER + "C1,P1,Leeds,L,LICENCE,2023-01-02,2001-12-31\n")
                .getBytes(StandardCharsets.UTF_8);
        Caseload c = CaseloadCsv.read(new ByteArrayInputStream(bytes), "caseload.csv");
        assertThat(c.cases()).hasSize(1);
        assertThat(c.extraColumns()).isEmpty();
    }

    @Test
    void quotedNewlinesAreValuesAndLineNumbersStayPhysical() {
        String csv = MINIMAL_HEADER
                + "C1,P1,Leeds,\"Leeds\nNorth\",LICENCE,2023-01-02,2001-12-31\n"   // lines 2-3
                + "\n"                                                              // line 4, blank
                + "C2,P2,Leeds,\"a\r\nb\",LICENCE,2023-13-02,2001-12-31\n"          // lines 5-6
                + "C3,P3,Leeds,L,BAD,2023-01-02,2001-12-31\n";                      // line 7
        assertThat(problems(csv)).containsExactly(
                "caseload.csv:6:6: start_date '2023-13-02' is not valid; expected a date as yyyy-MM-dd or dd/MM/yyyy",
                "caseload.csv:7:5: sentence_type 'BAD' is not valid; expected one of COMMUNITY_ORDER, "
                        + "SUSPENDED_SENTENCE_ORDER, LICENCE, POST_SENTENCE_SUPERVISION");
        Caseload ok = read(MINIMAL_HEADER + "C1,P1,Leeds,\"Leeds\nNorth\",LICENCE,2023-01-02,2001-12-31\n");
        assertThat(ok.cases().get(0).office()).isEqualTo("Leeds\nNorth");
    }

    @Test
    void missingRequiredColumnsAreAllReported() {
        assertThat(problems("case_id,person_id,office,start_date,date_of_birth\nC1,P1,L,2023-01-02,2001-12-31\n"))
                .containsExactly(
                        "caseload.csv:1:0: missing required column 'pdu'; the header has case_id, person_id, office, start_date, date_of_birth",
                        "caseload.csv:1:0: missing required column 'sentence_type'; the header has case_id, person_id, office, start_date, date_of_birth");
    }

    @Test
    void duplicateHeaderNamesAreRejected() {
        assertThat(problems("case_id,CASE_ID,person_id,pdu,office,sentence_type,start_date,date_of_birth\n"))
                .containsExactly("caseload.csv:1:2: column 'CASE_ID' appears twice in the header (also column 1);"
                        + " column names are compared ignoring case");
    }

    @Test
    void emptyFileIsRejected() {
        assertThat(problems("")).singleElement().asString().startsWith("caseload.csv:1:0: the file is empty");
        assertThat(problems("\n\n")).singleElement().asString().startsWith("caseload.csv:1:0: the file is empty");
    }

    @Test
    void headerOnlyIsRejected() {
        assertThat(problems(MINIMAL_HEADER)).containsExactly(
                "caseload.csv:1:0: the file has a header but no cases; a caseload needs at least one case");
        assertThat(problems(MINIMAL_HEADER + "\n\n")).hasSize(1);
    }

    @Test
    void everyBadCellIsReportedWithLineColumnValueAndExpectation() {
        String csv = String.join(",", CaseloadCsv.COLUMNS) + "\n"
                + "C1,P1,Leeds,L,,COMMUNITY_ORDER,RAR;SWIMMING,2023-02-30,2023-01-01,twelve,1990-01-01,X,PURPLE,"
                + "SEVERE,low,4,-1,maybe,0,0,0,0,,-3,perhaps\n";
        assertThat(problems(csv)).containsExactly(
                "caseload.csv:2:7: requirements 'SWIMMING' is not valid; requirements are ;-separated, each expected one of"
                        + " RAR, ACCREDITED_PROGRAMME, UNPAID_WORK, CURFEW, EXCLUSION, ATTENDANCE_CENTRE, DRUG_TREATMENT,"
                        + " ALCOHOL_TREATMENT, MENTAL_HEALTH_TREATMENT, RESIDENCE, PROHIBITED_ACTIVITY, OTHER",
                "caseload.csv:2:8: start_date '2023-02-30' is not valid; expected a date as yyyy-MM-dd or dd/MM/yyyy",
                "caseload.csv:2:10: sentence_months 'twelve' is not valid; expected a whole number from 0 to 1200",
                "caseload.csv:2:12: gender 'X' is not valid; expected one of MALE, FEMALE, OTHER",
                "caseload.csv:2:13: ethnicity 'PURPLE' is not valid; expected one of WHITE, MIXED, ASIAN, BLACK, OTHER",
                "caseload.csv:2:14: rosh 'SEVERE' is not valid; expected one of LOW, MEDIUM, HIGH, VERY_HIGH",
                "caseload.csv:2:16: mappa_category '4' is not valid; expected a whole number from 0 to 3",
                "caseload.csv:2:17: mappa_level '-1' is not valid; expected a whole number from 0 to 3",
                "caseload.csv:2:18: under_review 'maybe' is not valid; expected true/false, yes/no, y/n or 1/0",
                "caseload.csv:2:24: previous_sanctions '-3' is not valid; expected a whole number of at least 0",
                "caseload.csv:2:25: restricted_access 'perhaps' is not valid; expected true/false, yes/no, y/n or 1/0");
    }

    @Test
    void onlyIsoAndBritishDatesAreAccepted() {
        for (String bad : List.of("2023/01/02", "2-1-2023", "02/01/23", "2023-1-2", "02-01-2023", "20230102", "1/2/2023")) {
            assertThat(problems(MINIMAL_HEADER + "C1,P1,Leeds,L,LICENCE," + bad + ",2001-12-31\n"))
                    .as(bad).singleElement().asString().contains("start_date '" + bad + "' is not valid");
        }
        assertThat(read(MINIMAL_HEADER + "C1,P1,Leeds,L,LICENCE,29/02/2024,2001-12-31\n").cases().get(0).startDate())
                .isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(problems(MINIMAL_HEADER + "C1,P1,Leeds,L,LICENCE,29/02/2023,2001-12-31\n")).hasSize(1);
    }

    @Test
    void booleansAcceptEveryDocumentedSpelling() {
        String header = MINIMAL_HEADER.strip() + ",recalled\n";
        for (String yes : List.of("true", "TRUE", "Yes", "y", "Y", "1")) {
            assertThat(read(header + "C1,P1,Leeds,L,LICENCE,2023-01-02,2001-12-31," + yes + "\n").cases().get(0).recalled())
                    .as(yes).isTrue();
        }
        for (String no : List.of("false", "No", "n", "N", "0", "")) {
            assertThat(read(header + "C1,P1,Leeds,L,LICENCE,2023-01-02,2001-12-31," + no + "\n").cases().get(0).recalled())
                    .as(no).isFalse();
        }
    }

    @Test
    void blankRequiredValuesAreReported() {
        assertThat(problems(MINIMAL_HEADER + "C1,,Leeds, ,LICENCE,2023-01-02,\n")).containsExactly(
                "caseload.csv:2:2: person_id is blank; a value is required",
                "caseload.csv:2:4: office is blank; a value is required",
                "caseload.csv:2:7: date_of_birth is blank; a value is required");
    }

    @Test
    void duplicateCaseIdsNameTheFirstLine() {
        assertThat(problems(MINIMAL_HEADER
                + "C1,P1,Leeds,L,LICENCE,2023-01-02,2001-12-31\n"
                + "C2,P1,Leeds,L,LICENCE,2023-01-02,2001-12-31\n"
                + "C1,P1,Leeds,L,LICENCE,2023-01-02,2001-12-31\n")).containsExactly(
                "caseload.csv:4:1: case_id 'C1' is used again; case_id must be unique in the file and was first used on line 2");
    }

    @Test
    void duplicatesAreFoundAmongIdsWithTheSameHash() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(problems(MINIMAL_HEADER
                + "Aa,P1,Leeds,L,LICENCE,2023-01-02,2001-12-31\n"
                + "BB,P1,Leeds,L,LICENCE,2023-01-02,2001-12-31\n"
                + "BB,P1,Leeds,L,LICENCE,2023-01-02,2001-12-31\n"
                + "Aa,P1,Leeds,L,LICENCE,2023-01-02,2001-12-31\n")).containsExactly(
                "caseload.csv:4:1: case_id 'BB' is used again; case_id must be unique in the file and was first used on line 3",
                "caseload.csv:5:1: case_id 'Aa' is used again; case_id must be unique in the file and was first used on line 2");
    }

    @Test
    void rowsOfTheWrongWidthAreReported() {
        assertThat(problems(MINIMAL_HEADER
                + "C1,P1,Leeds,L,LICENCE,2023-01-02\n"
                + "C2,P1,Leeds,L,LICENCE,2023-01-02,2001-12-31,extra\n")).containsExactly(
                "caseload.csv:2:0: the row has 6 values but the header has 7 columns",
                "caseload.csv:3:0: the row has 8 values but the header has 7 columns");
    }

    @Test
    void datesMustBeConsistent() {
        String header = MINIMAL_HEADER.strip() + ",termination_date\n";
        assertThat(problems(header + "C1,P1,Leeds,L,LICENCE,2023-01-02,2023-01-03,2023-01-01\n")).containsExactly(
                "caseload.csv:2:8: termination_date 2023-01-01 is before start_date 2023-01-02",
                "caseload.csv:2:7: date_of_birth 2023-01-03 is not before start_date 2023-01-02");
    }

    @Test
    void problemsAreCappedAtOneHundred() {
        StringBuilder csv = new StringBuilder(MINIMAL_HEADER);
        for (int i = 0; i < 150; i++) {
            csv.append("C").append(i).append(",P,Leeds,L,NOPE,2023-01-02,2001-12-31\n");
        }
        List<String> p = problems(csv.toString());
        assertThat(p).hasSize(101);
        assertThat(p.get(100)).isEqualTo("caseload.csv:101:0: stopped after 100 problems; the rest of the file was not checked");
    }

    @Test
    void lineNumbersStayPhysicalAcrossManyRowsAndTheParsingThreadEnds() {
        StringBuilder csv = new StringBuilder(MINIMAL_HEADER);
        for (int i = 0; i < 3000; i++) { // two physical lines per row, over several hand-over batches
            csv.append('C').append(i).append(",P,Leeds,\"L\nx\",LICENCE,2023-01-02,2001-12-31\n");
        }
        csv.append("CX,P,Leeds,L,LICENCE,2023-01-02,bad\n");
        assertThat(problems(csv.toString())).containsExactly(
                "caseload.csv:6002:7: date_of_birth 'bad' is not valid; expected a date as yyyy-MM-dd or dd/MM/yyyy");
        StringBuilder many = new StringBuilder(MINIMAL_HEADER);
        for (int i = 0; i < 20_000; i++) {
            many.append('C').append(i).append(",P,Leeds,L,NOPE,2023-01-02,2001-12-31\n");
        }
        assertThat(problems(many.toString())).hasSize(101);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("csv-parse") && t.isAlive());
    }

    @Test
    void aQuoteLeftOpenAtTheEndIsBrokenQuotingButLiteralQuotesAreValues() {
        String row = "C1,P1,Leeds,L,LICENCE,2023-01-02,2001-12-31\n";
        // the open value swallows the rest of the file; its own content ends in a doubled quote or a line break
        assertThat(problems(MINIMAL_HEADER + row + "C2,P2,Leeds,L,LICENCE,2023-01-02,\"2001-12-31\"\"\n"))
                .singleElement().asString().startsWith("caseload.csv:3:0: broken CSV quoting");
        assertThat(problems(MINIMAL_HEADER + row + "C2,P2,Leeds,L,LICENCE,2023-01-02,\"\n"))
                .singleElement().asString().startsWith("caseload.csv:3:0: broken CSV quoting");
        assertThat(problems(MINIMAL_HEADER + row + "C2,P2,Leeds,L,LICENCE,2023-01-02,\"\"\"\n"))
                .singleElement().asString().startsWith("caseload.csv:3:0: broken CSV quoting");
        // a quote inside an unquoted value is part of the value (RFC 4180 readers keep it), anywhere in the file
        Caseload ok = read(MINIMAL_HEADER + "C1,P\"1,Leeds,L,LICENCE,2023-01-02,2001-12-31\n"
                + row.replace("C1,P1", "C2,P2") + "C3,O\"Brien,Leeds,\"L\"\"\",LICENCE,2023-01-02,\"2001-12-31\"");
        assertThat(ok.cases()).extracting(CaseRecord::personId).containsExactly("P\"1", "P2", "O\"Brien");
        assertThat(ok.cases().get(2).office()).isEqualTo("L\"");
        assertThat(ok.cases().get(2).dateOfBirth()).isEqualTo(LocalDate.of(2001, 12, 31));
    }

    @Test
    void brokenQuotingAndBadUtf8AreReported() {
        assertThat(problems(MINIMAL_HEADER + "C1,P1,Leeds,\"L,LICENCE,2023-01-02,2001-12-31\n"))
                .singleElement().asString().startsWith("caseload.csv:2:0: broken CSV quoting");
        byte[] bytes = (MINIMAL_HEADER + "C1,P1,Leeds,L,LICENCE,2023-01-02,2001-12-31\n").getBytes(StandardCharsets.UTF_8);
        bytes[bytes.length - 5] = (byte) 0xC3;
        assertThatThrownBy(() -> CaseloadCsv.read(new ByteArrayInputStream(bytes), "caseload.csv"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("caseload.csv:1:0: the file is not valid UTF-8 text (bad bytes at or after line 1)");
        StringBuilder big = new StringBuilder(MINIMAL_HEADER);
        for (int i = 0; i < 5000; i++) {
            big.append('C').append(i).append(",P,Leeds,L,LICENCE,2023-01-02,2001-12-31\n");
        }
        byte[] late = (big + "C\u00e9,P,Leeds,L,LICENCE,2023-01-02,2001-12-31\n").getBytes(StandardCharsets.UTF_8);
        late[late.length - 40] = (byte) 0xFF; // invalid in UTF-8, far beyond the first buffer
        List<String> p = CaseloadCsvTest.problemsOf(() -> CaseloadCsv.read(new ByteArrayInputStream(late), "caseload.csv"));
        assertThat(p).singleElement().asString().startsWith("caseload.csv:").contains(": the file is not valid UTF-8 text");
    }

    @Test
    void roundTripsThroughAFile(@TempDir Path dir) {
        Map<String, String> extra1 = Map.of("notes", "x, \"quoted\"\nline", "region", "North");
        Map<String, String> extra2 = Map.of("notes", "", "region", "");
        Caseload original = new Caseload("any", List.of("region", "notes"),
                List.of(fullCase("C1", extra1), sparseCase("C2", extra2)));
        Path file = dir.resolve("caseload.csv");
        CaseloadCsv.write(original, file);
        Caseload back = CaseloadCsv.read(file);
        assertThat(back.cases()).isEqualTo(original.cases());
        assertThat(back.extraColumns()).isEqualTo(original.extraColumns());
        assertThat(back.source()).isEqualTo(file.toString());
    }

    @Test
    void writesReproducibleBytesWhateverTheSetOrder() {
        StringBuilder a = new StringBuilder();
        CaseloadCsv.write(new Caseload("x", List.of(), List.of(fullCase("C1", Map.of()))), a);
        assertThat(a.toString()).contains(",RAR;UNPAID_WORK,").contains("\r\n");
    }

    @Test
    void caseRowsAppendColumnsAndCheckTheirCount(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sample.csv");
        try (CaseloadCsv.CaseRows rows = CaseloadCsv.open(file, List.of("region"), List.of("selection", "weight"))) {
            rows.write(fullCase("C1", Map.of("region", "=HYPERLINK(\"x\")")), List.of("COHORT", "1.5"));
            assertThatThrownBy(() -> rows.write(fullCase("C2", Map.of()), List.of("COHORT")))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).endsWith(",previous_sanctions,restricted_access,region,selection,weight");
        assertThat(lines.get(1)).endsWith(",HMP Leeds,4,false,\"'=HYPERLINK(\"\"x\"\")\",COHORT,1.5");
        Caseload back = CaseloadCsv.read(file);
        assertThat(back.extraColumns()).containsExactly("region", "selection", "weight");
        assertThat(back.cases().get(0).extra()).containsEntry("selection", "COHORT");
    }

    @Test
    void missingFileIsBadInput(@TempDir Path dir) {
        assertThatThrownBy(() -> CaseloadCsv.read(dir.resolve("nope.csv")))
                .isInstanceOf(InvalidInputException.class).hasMessageEndingWith(":0:0: file not found");
    }
}
