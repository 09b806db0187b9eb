package org.inspectionplanner.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.caseload.Gender;
import org.inspectionplanner.data.caseload.RiskLevel;
import org.inspectionplanner.data.caseload.SentenceType;
import org.junit.jupiter.api.Test;

class MojLongListTest {

    private static final String JSON = """
            [
              {"crn": "X123456", "pnc": "2001/0012345a", "familyName": "Smith", "firstName": "Jo", "dob": "02/03/1990",
               "gender": "F", "sentenceType": "ORA Community Order", "roshClassification": "RHRH",
               "startDate": "06/03/2023", "endDate": "05/03/2024", "cluster": "North", "ldu": "Leeds",
               "team": "Leeds North", "responsibleOfficer": "PR7", "manager": "SPO1", "officer": "PO2", "tier": 3},
              {"crn": "X123456", "pnc": null, "familyName": "Smith", "firstName": "Jo", "dob": "02/03/1990",
               "gender": "M", "sentenceType": "Adult Licence", "roshClassification": "Very High",
               "startDate": "2023-03-07", "endDate": "", "ldu": "Leeds", "team": "Leeds South",
               "responsibleOfficer": ""}
            ]
            """;

    static Caseload json(String text) {
        return Caseloads.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "longlist.json");
    }

    static List<String> problems(Runnable read) {
        return catchThrowableOfType(InvalidInputException.class, read::run)
                .problems().stream().map(InputProblem::toString).toList();
    }

    @Test
    void mapsJsonOntoTheCaseloadModel() {
        Caseload c = json(JSON);
        assertThat(c.extraColumns()).containsExactly("cluster", "manager", "officer", "tier");
        CaseRecord first = c.cases().get(0);
        assertThat(first.caseId()).isEqualTo("X123456");
        assertThat(first.personId()).isEqualTo("2001/0012345A");
        assertThat(first.pdu()).isEqualTo("Leeds");
        assertThat(first.office()).isEqualTo("Leeds North");
        assertThat(first.practitionerId()).isEqualTo("PR7");
        assertThat(first.sentenceType()).isEqualTo(SentenceType.COMMUNITY_ORDER);
        assertThat(first.rosh()).isEqualTo(RiskLevel.HIGH);
        assertThat(first.gender()).isEqualTo(Gender.FEMALE);
        assertThat(first.startDate()).isEqualTo(LocalDate.of(2023, 3, 6));
        assertThat(first.terminationDate()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(first.dateOfBirth()).isEqualTo(LocalDate.of(1990, 3, 2));
        assertThat(first.extra()).isEqualTo(Map.of("cluster", "North", "manager", "SPO1", "officer", "PO2", "tier", "3"));
        CaseRecord second = c.cases().get(1);
        assertThat(second.caseId()).isEqualTo("X123456/2");
        assertThat(second.personId()).as("the same CRN is the same person").isEqualTo(first.personId());
        assertThat(second.practitionerId()).isNull();
        assertThat(second.sentenceType()).isEqualTo(SentenceType.LICENCE);
        assertThat(second.rosh()).isEqualTo(RiskLevel.VERY_HIGH);
        assertThat(second.extra()).containsEntry("cluster", "").containsEntry("tier", "");
    }

    @Test
    void namesAreNeverWrittenOut() {
        StringBuilder out = new StringBuilder();
        CaseloadCsv.write(json(JSON), out);
        assertThat(out.toString()).doesNotContain("Smith").doesNotContain("Jo,").doesNotContainIgnoringCase("familyName");
    }

    @Test
    void sameNameAndBirthGiveTheSamePersonIdWhateverTheCase() {
        String row = "crn,familyName,firstName,dob,sentenceType,startDate,ldu,team\n";
        Caseload c = Caseloads.read(new ByteArrayInputStream((row
                + "A1,Smith,Jo,02/03/1990,ORA Suspended Sentence Order,01/01/2023,L,T\n"
                + "A2,SMITH,jo,1990-03-02,ORA Supervision Default Order,01/01/2023,L,T\n"
                + "A3,Smith,Joe,02/03/1990,Post Sentence Supervision,01/01/2023,L,T\n")
                .getBytes(StandardCharsets.UTF_8)), "longlist.csv");
        assertThat(c.cases().get(0).personId()).isEqualTo(c.cases().get(1).personId());
        assertThat(c.cases().get(2).personId()).isNotEqualTo(c.cases().get(0).personId());
        assertThat(c.cases()).extracting(CaseRecord::sentenceType).containsExactly(
                SentenceType.SUSPENDED_SENTENCE_ORDER, SentenceType.POST_SENTENCE_SUPERVISION,
                SentenceType.POST_SENTENCE_SUPERVISION);
    }

    @Test
    void sentenceLabelsMapSensibly() {
        assertThat(MojLongList.sentenceTypeOf("ORA Community Order")).isEqualTo(SentenceType.COMMUNITY_ORDER);
        assertThat(MojLongList.sentenceTypeOf("CJA - Community Order")).isEqualTo(SentenceType.COMMUNITY_ORDER);
        assertThat(MojLongList.sentenceTypeOf("ORA Suspended Sentence Order")).isEqualTo(SentenceType.SUSPENDED_SENTENCE_ORDER);
        assertThat(MojLongList.sentenceTypeOf("Adult Licence")).isEqualTo(SentenceType.LICENCE);
        assertThat(MojLongList.sentenceTypeOf("ORA Adult Custody (inc PSS)")).isEqualTo(SentenceType.LICENCE);
        assertThat(MojLongList.sentenceTypeOf("ORA Supervision Default Order")).isEqualTo(SentenceType.POST_SENTENCE_SUPERVISION);
        assertThat(MojLongList.sentenceTypeOf("licence")).isEqualTo(SentenceType.LICENCE);
        assertThat(MojLongList.sentenceTypeOf("Fine")).isNull();
    }

    @Test
    void reportsBadJsonValuesAtTheirLineAndColumn() {
        String text = "[\n"
                + "  {\"crn\": \"A1\", \"dob\": \"31/02/1990\", \"gender\": \"X\", \"sentenceType\": \"Fine\",\n"
                + "   \"roshClassification\": \"RXRH\", \"startDate\": \"01/01/2023\", \"ldu\": \"L\", \"team\": \"T\"},\n"
                + "  {\"crn\": \"A2\"}\n"
                + "]";
        List<String> p = problems(() -> json(text));
        assertThat(p).contains(
                "longlist.json:2:24: dob '31/02/1990' is not valid; expected a date as dd/MM/yyyy (or yyyy-MM-dd)",
                "longlist.json:2:48: gender 'X' is not valid; expected M, F or O (or Male, Female, Other), or blank, U, N,"
                        + " Unknown or Not Known when not recorded",
                "longlist.json:3:26: roshClassification 'RXRH' is not valid; expected LOW, MEDIUM, HIGH, VERY_HIGH or an nDelius code RLRH, RMRH, RHRH, RVRH",
                "longlist.json:4:3: dob is missing or blank; a value is required",
                "longlist.json:4:3: ldu is missing or blank; a value is required");
        assertThat(p).anyMatch(s -> s.startsWith("longlist.json:2:69: sentenceType 'Fine' is not a sentence"));
        assertThat(p).anyMatch(s -> s.startsWith("longlist.json:2:3: pnc is blank"));
    }

    @Test
    void brokenJsonIsLocated() {
        assertThat(problems(() -> json("[\n {\"crn\": \"A1\",,}\n]"))).singleElement().asString()
                .startsWith("longlist.json:2:15: not valid JSON");
        assertThat(problems(() -> json("{\"crn\": 1}"))).containsExactly(
                "longlist.json:1:1: expected a JSON array of case objects, found {");
    }

    @Test
    void longListCsvChecksItsHeader() {
        assertThat(problems(() -> MojLongList.readCsv(new StringReader("crn,dob\nA1,01/01/1990\n"), "l.csv")))
                .contains("l.csv:1:0: missing required column 'sentenceType'; the header has crn, dob");
    }

    @Test
    void standardCaseloadIsStillReadByCaseloads() {
        Caseload c = Caseloads.read(new ByteArrayInputStream(("\uFEFFcase_id,person_id,pdu,office,sentence_type,"
                + "start_date,date_of_birth,crn\nC1,P1,L,O,LICENCE,2023-01-02,2000-01-01,X1\n").getBytes(StandardCharsets.UTF_8)),
                "caseload.csv");
        assertThat(c.cases().get(0).extra()).containsEntry("crn", "X1");
    }
}
