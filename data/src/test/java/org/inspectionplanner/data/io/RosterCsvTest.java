package org.inspectionplanner.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.Inspectorate;
import org.inspectionplanner.data.roster.Inspector;
import org.inspectionplanner.data.roster.Roster;
import org.inspectionplanner.data.roster.Skill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterCsvTest {

    static Roster read(String csv) {
        return RosterCsv.read(new StringReader(csv), "inspectors.csv");
    }

    static List<String> problems(String csv) {
        return catchThrowableOfType(InvalidInputException.class, () -> read(csv))
                .problems().stream().map(InputProblem::toString).toList();
    }

    @Test
    void readsEveryColumnInAnyOrderAndCase() {
        Roster r = read("Skills,INSPECTOR_ID,name,inspectorate,role,max_cases,available_days,conflict_pdus,"
                + "conflict_practitioners,team\n"
                + "mappa; welsh_language,I1,Ann Jones,prisons,Lead,6,2024-03-04;05/03/2024,Leeds;York,PR1,Red\n");
        assertThat(r.extraColumns()).containsExactly("team");
        assertThat(r.inspectors()).containsExactly(new Inspector("I1", "Ann Jones", Inspectorate.PRISONS, "Lead",
                Set.of(Skill.MAPPA, Skill.WELSH_LANGUAGE), 6,
                Set.of(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 5)), Set.of("Leeds", "York"), Set.of("PR1"),
                Map.of("team", "Red")));
    }

    @Test
    void blanksTakeTheDocumentedDefaults() {
        Inspector i = read("inspector_id,max_cases,inspectorate\nI1,,\n").inspectors().get(0);
        assertThat(i.maxCases()).isEqualTo(RosterCsv.DEFAULT_MAX_CASES).isEqualTo(8);
        assertThat(i.inspectorate()).isEqualTo(Inspectorate.PROBATION);
        assertThat(i.availableDays()).isEmpty();
        assertThat(i.isAvailableOn(LocalDate.of(2030, 1, 1))).isTrue();
        assertThat(i.name()).isNull();
    }

    @Test
    void reportsEveryBadValue() {
        assertThat(problems("inspector_id,inspectorate,skills,max_cases,available_days\n"
                + "I1,POLICE,MAPPA;JUGGLING,many,2024-02-30\n"
                + "I1,CPS,,3,\n"
                + ",CPS,,3,\n")).containsExactly(
                "inspectors.csv:2:2: inspectorate 'POLICE' is not valid; expected one of PROBATION, PRISONS, CONSTABULARY, CPS, COURT_ADMINISTRATION",
                "inspectors.csv:2:3: skills 'JUGGLING' is not valid; skills are ;-separated, each expected one of SEXUAL_OFFENDING, MAPPA, DOMESTIC_ABUSE, CHILD_PROTECTION, YOUTH, WELSH_LANGUAGE",
                "inspectors.csv:2:4: max_cases 'many' is not valid; expected a whole number from 0 to 1000",
                "inspectors.csv:2:5: available_days '2024-02-30' is not valid; available_days are ;-separated dates, each a date as yyyy-MM-dd or dd/MM/yyyy",
                "inspectors.csv:3:1: inspector_id 'I1' is used again; it must be unique and was first used on line 2",
                "inspectors.csv:4:1: inspector_id is blank; a value is required");
    }

    @Test
    void missingIdColumnAndEmptyFile() {
        assertThat(problems("name\nAnn\n")).containsExactly(
                "inspectors.csv:1:0: missing required column 'inspector_id'; the header has name");
        assertThat(problems("")).singleElement().asString().startsWith("inspectors.csv:1:0: the file is empty");
    }

    @Test
    void roundTrips(@TempDir Path dir) {
        Roster roster = new Roster("x", List.of("team"), List.of(
                new Inspector("I1", "Ann, \"Jo\" Jones", Inspectorate.PROBATION, "Lead", Set.of(Skill.YOUTH, Skill.MAPPA), 7,
                        Set.of(LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 4)), Set.of("York", "Leeds"), Set.of(),
                        Map.of("team", "Red")),
                new Inspector("I2", null, Inspectorate.CPS, null, Set.of(), 0, Set.of(), Set.of(), Set.of("PR9"),
                        Map.of("team", ""))));
        Path file = dir.resolve("inspectors.csv");
        RosterCsv.write(roster, file);
        Roster back = RosterCsv.read(file);
        assertThat(back.inspectors()).isEqualTo(roster.inspectors());
        assertThat(back.extraColumns()).isEqualTo(roster.extraColumns());
        StringBuilder text = new StringBuilder();
        RosterCsv.write(roster, text);
        assertThat(text.toString()).contains(",MAPPA;YOUTH,7,2024-03-04;2024-03-05,Leeds;York,,Red\r\n");
    }
}
