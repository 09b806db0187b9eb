package org.inspectionplanner.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectionplanner.data.io.MojLongListTest.json;
import static org.inspectionplanner.data.io.MojLongListTest.problems;

import java.time.LocalDate;
import java.util.List;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.caseload.Gender;
import org.inspectionplanner.data.caseload.RiskLevel;
import org.inspectionplanner.data.caseload.SentenceType;
import org.junit.jupiter.api.Test;

/**
 * The long list as the Ministry of Justice's probation case sampler takes it, checked against that
 * tool's own test inputs (figures and values carried over; the code is ours): its sentence types,
 * its example request, its redaction and same-person rules, and a file read to its end.
 */
class MojExpectationsTest {

    /** The body of the MoJ tool's controller integration test, as a client sends it. */
    static final String EXAMPLE_REQUEST = """
            [{
               "familyName" : "BK",
               "firstName" : "BK",
               "dob" : "13/11/1981",
               "gender" : "M",
               "sentenceType" : "POST_CUSTODY",
               "crn" : "R11111",
               "pnc" : "2000/0123456Q",
               "roshClassification" : "MEDIUM",
               "startDate" : "09/11/2018",
               "endDate" : "26/02/2019",
               "cluster" : "Westeros",
               "ldu" : "Winterfell",
               "team" : "Stark",
               "responsibleOfficer" : "ZN",
               "manager" : "XA",
               "officer" : "Ned"
             }]
            """;

    private static String caseJson(String crn, String pnc, String family, String first, String dob, String type,
            String start) {
        return "{\"crn\": \"" + crn + "\", \"pnc\": \"" + pnc + "\", \"familyName\": \"" + family
                + "\", \"firstName\": \"" + first + "\", \"dob\": \"" + dob + "\", \"gender\": \"M\", \"sentenceType\": \""
                + type + "\", \"roshClassification\": \"HIGH\", \"startDate\": \"" + start + "\", \"cluster\": \"N01\","
                + " \"ldu\": \"N01LA2\", \"team\": \"N02AFF\", \"responsibleOfficer\": \"Mick Red\"}";
    }

    private static Caseload cases(String... objects) {
        return json("[\n" + String.join(",\n", objects) + "\n]\n");
    }

    @Test
    void theExampleRequestReadsAsTheMojToolReadsIt() {
        Caseload c = json(EXAMPLE_REQUEST);
        assertThat(c.cases()).hasSize(1);
        CaseRecord r = c.cases().get(0);
        assertThat(r.caseId()).isEqualTo("R11111");
        assertThat(r.personId()).isEqualTo("2000/0123456Q");
        assertThat(r.sentenceType()).isEqualTo(SentenceType.LICENCE);
        assertThat(r.sentenceType().isPostCustody()).isTrue();
        assertThat(r.gender()).isEqualTo(Gender.MALE);
        assertThat(r.rosh()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(r.dateOfBirth()).isEqualTo(LocalDate.of(1981, 11, 13));
        assertThat(r.startDate()).isEqualTo(LocalDate.of(2018, 11, 9));
        assertThat(r.terminationDate()).isEqualTo(LocalDate.of(2019, 2, 26));
        assertThat(r.pdu()).isEqualTo("Winterfell");
        assertThat(r.office()).isEqualTo("Stark");
        assertThat(r.practitionerId()).isEqualTo("ZN");
        assertThat(r.restrictedAccess()).isFalse();
        assertThat(c.extraColumns()).containsExactly("cluster", "manager", "officer");
        assertThat(r.extra()).containsEntry("cluster", "Westeros").containsEntry("officer", "Ned");
    }

    @Test
    void theExampleRequestWithTheStrayQuoteOfItsTestSourceIsRejectedNotTruncated() {
        // the MoJ test's string literal ends in a stray '"' after the ']', which Spring's lenient parsing
        // drops; here a file is read to its end, so it is an error where it stands
        assertThat(problems(() -> json(EXAMPLE_REQUEST + "\"\n"))).singleElement().asString()
                .startsWith("longlist.json:19:1: the file goes on after the closing ] of its array of cases");
    }

    @Test
    void everySentenceTypeAndAliasOfTheMojToolIsAcceptedAndMappedToItsStratum() {
        Caseload c = cases(
                caseJson("A1", "1", "A", "A", "01/01/1980", "COMMUNITY_SENTENCE", "01/01/2023"),
                caseJson("A2", "2", "B", "B", "01/01/1980", "ORA Community Order", "01/01/2023"),
                caseJson("A3", "3", "C", "C", "01/01/1980", "ORA Suspended Sentence Order", "01/01/2023"),
                caseJson("A4", "4", "D", "D", "01/01/1980", "CJA - Youth Rehabilitation Order", "01/01/2023"),
                caseJson("A5", "5", "E", "E", "01/01/1980", "POST_CUSTODY", "01/01/2023"),
                caseJson("A6", "6", "F", "F", "01/01/1980", "Adult Licence", "01/01/2023"),
                caseJson("A7", "7", "G", "G", "01/01/1980", "ORA Supervision Default Order", "01/01/2023"),
                caseJson("A8", "8", "H", "H", "01/01/1980", "community_sentence", "01/01/2023"));
        assertThat(c.cases()).extracting(CaseRecord::sentenceType).containsExactly(
                SentenceType.COMMUNITY_ORDER, SentenceType.COMMUNITY_ORDER, SentenceType.SUSPENDED_SENTENCE_ORDER,
                SentenceType.COMMUNITY_ORDER, SentenceType.LICENCE, SentenceType.LICENCE,
                SentenceType.POST_SENTENCE_SUPERVISION, SentenceType.COMMUNITY_ORDER);
        // the MoJ tool has two strata of sentence: COMMUNITY_SENTENCE and its aliases are community, the rest post-custody
        assertThat(c.cases()).extracting(r -> r.sentenceType().isCommunity())
                .containsExactly(true, true, true, true, false, false, false, true);
    }

    @Test
    void twoArraysInOneFileAreRejectedWithTheLineAndColumnOfTheSecond() {
        String first = "[\n" + caseJson("A1", "1", "A", "A", "01/01/1980", "COMMUNITY_SENTENCE", "01/01/2023") + "\n]\n";
        String second = "[\n" + caseJson("B1", "2", "B", "B", "01/01/1980", "POST_CUSTODY", "01/01/2023") + "\n]\n";
        assertThat(problems(() -> json(first + second))).containsExactly(
                "longlist.json:4:1: the file goes on after the closing ] of its array of cases; a long list is one JSON"
                        + " array and nothing may follow it: found [ after the array that closed on line 3");
        assertThat(problems(() -> json(first + "  x"))).singleElement().asString()
                .startsWith("longlist.json:4:").contains("the file goes on after the closing ]");
        assertThat(json(first + "\n  \t\n").cases()).hasSize(1);
    }

    @Test
    void anEmptyArrayIsNotACaseload() {
        assertThat(problems(() -> json("[\n]\n"))).containsExactly(
                "longlist.json:2:1: the array holds no cases; a caseload needs at least one case");
        assertThat(problems(() -> MojLongList.readCsv(new java.io.StringReader(
                "crn,dob,sentenceType,startDate,ldu,team\n"), "l.csv"))).containsExactly(
                "l.csv:1:0: the file has a header but no cases; a caseload needs at least one case");
    }

    @Test
    void aStarInANameMarksARestrictedRecordAsTheMojToolRedactsThem() {
        Caseload c = cases(
                caseJson("A1", "1", "Jens", "Jim", "01/01/1980", "POST_CUSTODY", "01/01/2023"),
                caseJson("A2", "2", "Jens", "*", "01/01/1980", "POST_CUSTODY", "01/01/2023"),
                caseJson("A3", "3", "*", "Jim", "01/01/1980", "POST_CUSTODY", "01/01/2023"),
                caseJson("A4", "", "J*****", "J**", "01/01/1980", "POST_CUSTODY", "01/01/2023"));
        assertThat(c.cases()).extracting(CaseRecord::restrictedAccess).containsExactly(false, true, true, true);
        // blank names are not redacted (the MoJ tool's CasesTest), and the flag is written out and read back
        StringBuilder out = new StringBuilder();
        CaseloadCsv.write(c, out);
        assertThat(CaseloadCsv.read(new java.io.StringReader(out.toString()), "c.csv").cases())
                .extracting(CaseRecord::restrictedAccess).containsExactly(false, true, true, true);
        assertThat(out.toString()).doesNotContain("Jens").doesNotContain("J**");
    }

    @Test
    void samePersonByPncByCrnOrByNormalisedNamesAndBirthDate() {
        Caseload c = cases(
                // the MoJ tool's CasesTest: the same PNC with other names or birth date is one person
                caseJson("A1", "2222", "Smith", "Sam", "12/02/1990", "COMMUNITY_SENTENCE", "02/01/2020"),
                caseJson("A2", "2222", "Other", "Name", "13/02/1990", "COMMUNITY_SENTENCE", "03/01/2020"),
                // the same names and birth date under another PNC is the same person too
                caseJson("A3", "9999", "Smith", "Sam", "12/02/1990", "COMMUNITY_SENTENCE", "04/01/2020"),
                // names compared without case, accents, spaces or apostrophes
                caseJson("B1", "", "O'Brien", "Zoë", "01/05/1985", "POST_CUSTODY", "02/01/2020"),
                caseJson("B2", "", "OBRIEN", "zoe", "01/05/1985", "POST_CUSTODY", "05/01/2020"),
                // the same CRN is one person whatever else differs
                caseJson("C1", "7777", "Brown", "Al", "01/01/1970", "POST_CUSTODY", "02/01/2020"),
                caseJson("C1", "8888", "Green", "Bo", "02/02/1972", "POST_CUSTODY", "06/01/2020"),
                // a different PNC and a different first name is another person
                caseJson("D1", "5555", "Smith", "Samuel", "12/02/1990", "COMMUNITY_SENTENCE", "02/01/2020"),
                // redacted names are not compared: two restricted records are not one person for it
                caseJson("E1", "", "*", "*", "01/01/1980", "POST_CUSTODY", "02/01/2020"),
                caseJson("E2", "", "*", "*", "01/01/1980", "POST_CUSTODY", "02/01/2020"));
        List<String> ids = c.cases().stream().map(CaseRecord::personId).toList();
        assertThat(ids.get(1)).isEqualTo(ids.get(0));
        assertThat(ids.get(2)).isEqualTo(ids.get(0));
        assertThat(ids.get(0)).isEqualTo("2222");
        assertThat(ids.get(4)).isEqualTo(ids.get(3)).startsWith("H");
        assertThat(ids.get(6)).isEqualTo(ids.get(5)).isEqualTo("7777");
        assertThat(c.cases().get(6).caseId()).isEqualTo("C1/2");
        assertThat(ids.get(7)).isEqualTo("5555");
        assertThat(ids.get(9)).isNotEqualTo(ids.get(8));
        assertThat(ids.stream().distinct().count()).isEqualTo(6);
    }

    @Test
    void datesOutsideTheYears1900To2100AreRejectedWhereTheyStand() {
        assertThat(problems(() -> cases(
                caseJson("A1", "1", "A", "A", "31/12/1899", "POST_CUSTODY", "01/01/2023"),
                caseJson("A2", "2", "B", "B", "01/01/1980", "POST_CUSTODY", "01/01/2101"))))
                .contains("longlist.json:2:71: dob '31/12/1899' is not valid; expected a date in the years 1900 to 2100",
                        "longlist.json:3:175: startDate '01/01/2101' is not valid; expected a date in the years 1900 to 2100");
        assertThat(cases(caseJson("A1", "1", "A", "A", "01/01/1900", "POST_CUSTODY", "31/12/2100")).cases()).hasSize(1);
    }

    @Test
    void controlCharactersInJsonValuesAreRejected() {
        assertThat(problems(() -> cases(caseJson("A\\u00001", "1", "A", "A", "01/01/1980", "POST_CUSTODY", "01/01/2023"))))
                .contains("longlist.json:2:9: field 'crn' holds a control character (U+0000); values must be plain text");
    }

    @Test
    void aUtf16FileIsToldToBeSavedAsUtf8() {
        byte[] utf16 = EXAMPLE_REQUEST.getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        List<String> p = problems(() -> Caseloads.read(new java.io.ByteArrayInputStream(utf16), "longlist.json"));
        assertThat(p).containsExactly("longlist.json:1:0: the file is UTF-16; save it as UTF-8");
    }

    @Test
    void aRunawayJsonValueIsRefusedAtTheSameLimitAsACsvLine() {
        String huge = "x".repeat(CsvInput.MAX_RECORD_CHARS + 10);
        assertThat(problems(() -> json("[\n{\"crn\": \"" + huge + "\"}\n]\n"))).singleElement().asString()
                .startsWith("longlist.json:2:").endsWith(": a value longer than the limit of 1048576 characters");
    }
}
