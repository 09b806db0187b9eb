package org.inspectionplanner.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ValidateCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Cli.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private Path file(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void summarisesAGoodCaseload() throws Exception {
        Path caseload = file("caseload.csv", "case_id,person_id,pdu,office,sentence_type,start_date,date_of_birth,gender\n"
                + "C1,P1,Leeds,L1,LICENCE,2023-01-02,1990-01-01,MALE\n"
                + "C2,P1,Leeds,L1,COMMUNITY_ORDER,2023-03-06,1990-01-01,\n"
                + "C3,P2,York,Y1,LICENCE,2022-12-26,1980-01-01,FEMALE\n");
        assertThat(run("validate", "--caseload", caseload.toString())).isEqualTo(0);
        assertThat(out.toString()).contains(caseload + ": OK", "rows: 3 (2 people)", "PDUs: 2 {Leeds=2, York=1}",
                "start_date: 2022-12-26 to 2023-03-06", "gender: 1", "requirements: 1", "practitioner_id: 3");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void badFilesExitTwoWithEveryProblemAndOtherFilesAreStillChecked() throws Exception {
        Path caseload = file("caseload.csv", "case_id,person_id,pdu,office,sentence_type,start_date,date_of_birth\n"
                + "C1,P1,Leeds,L1,PAROLE,2023-01-02,1990-01-01\n"
                + "C1,P1,Leeds,L1,LICENCE,2023-02-31,1990-01-01\n");
        Path calendar = file("calendar.csv", "week_start,reason\n2024-12-23,Christmas\n");
        assertThat(run("validate", "--caseload", caseload.toString(), "--calendar", calendar.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(caseload + ":2:5: sentence_type 'PAROLE' is not valid",
                caseload + ":3:6: start_date '2023-02-31' is not valid", caseload + ":3:1: case_id 'C1' is used again");
        assertThat(out.toString()).contains(calendar + ": OK", "blackout weeks: 1", "2024-12-23 Christmas");
    }

    @Test
    void summarisesTheProgrammeInputsAndRoster() throws Exception {
        Path inspectors = file("inspectors.csv", "inspector_id,skills\nI1,MAPPA\nI2,\n");
        Path inspections = file("inspections.csv", "inspection_id,kind,lead,fieldwork_weeks,demand,earliest_start,latest_end\n"
                + "J1,JOINT_AREA,CPS,2,CPS:1;PROBATION:3,2024-01-01,2024-06-30\n");
        Path capacity = file("capacity.csv", "inspectorate,week_start,staff\nPROBATION,2024-01-01,10\nCPS,2024-01-08,2\n");
        assertThat(run("validate", "--inspectors", inspectors.toString(), "--inspections", inspections.toString(),
                "--capacity", capacity.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("inspectors: 2 {PROBATION=2}", "(sum of max_cases): 16",
                "inspections: 1 {JOINT_AREA=1}", "staff-weeks demanded: {PROBATION=6, CPS=2}",
                "weeks: 2 (2024-01-01 to 2024-01-08)");
    }

    @Test
    void aBlankTierIsAWarningAndALeadWithoutStaffAnError() throws Exception {
        Path inferred = file("inspections.csv", "inspection_id,kind,tier,lead,fieldwork_weeks,demand,earliest_start,"
                + "latest_end\nJ1,JOINT_AREA,,CPS,2,CPS:1;PROBATION:3,2024-01-01,2024-06-30\n");
        assertThat(run("validate", "--inspections", inferred.toString())).isEqualTo(0);
        assertThat(err.toString()).contains("warning: " + inferred + ":2:3: tier is blank; read as JOINT");
        assertThat(out.toString()).contains(inferred + ": OK", "tiers: {JOINT=1}");

        Path unstaffed = file("bad.csv", "inspection_id,kind,tier,lead,fieldwork_weeks,demand,earliest_start,"
                + "latest_end\nJ1,JOINT_AREA,JOINT,CONSTABULARY,2,CPS:1;PROBATION:3,2024-01-01,2024-06-30\n");
        assertThat(run("validate", "--inspections", unstaffed.toString())).isEqualTo(2);
        assertThat(err.toString()).contains(unstaffed + ":2:4: lead CONSTABULARY does not staff its own inspection");
    }

    @Test
    void missingFileAndNoFileAreBadInput() {
        assertThat(run("validate", "--caseload", dir.resolve("none.csv").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("none.csv:0:0: file not found");
        assertThat(run("validate")).isEqualTo(2);
        assertThat(err.toString()).contains("name at least one file");
    }
}
