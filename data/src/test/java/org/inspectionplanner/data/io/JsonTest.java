package org.inspectionplanner.data.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.Inspectorate;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.programme.Inspection;
import org.inspectionplanner.data.programme.InspectionKind;
import org.inspectionplanner.data.programme.Tier;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesSnakeCaseIsoDatesAndNoConvenienceProperties() {
        String json = Json.toJson(CaseloadCsvTest.fullCase("C1", Map.of("z", "1", "a", "2")));
        assertThat(json).contains("\"case_id\" : \"C1\"", "\"start_date\" : \"2023-03-06\"",
                "\"requirements\" : [ \"RAR\", \"UNPAID_WORK\" ]", "\"extra\" : {\n    \"a\" : \"2\",\n    \"z\" : \"1\"");
        assertThat(json).doesNotContain("\"female\"", "\"high_rosh\"", "\"ethnic_minority\"");
        assertThat(json.indexOf("\"case_id\"")).isLessThan(json.indexOf("\"person_id\""));
    }

    @Test
    void modelsRoundTripThroughJson() throws Exception {
        Caseload caseload = new Caseload("x", List.of("notes"), List.of(
                CaseloadCsvTest.fullCase("C1", Map.of("notes", "n")), CaseloadCsvTest.sparseCase("C2", Map.of())));
        Caseload back = Json.mapper().readValue(Json.toJson(caseload), Caseload.class);
        assertThat(back).isEqualTo(caseload);
        List<Inspection> inspections = List.of(new Inspection("J1", "t", InspectionKind.JOINT_AREA, Tier.JOINT,
                Inspectorate.CPS, null, 2, Map.of(Inspectorate.CPS, 1, Inspectorate.PROBATION, 3),
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 9, 1), 3, null, null, Map.of()));
        String text = Json.toJson(inspections);
        assertThat(text).contains("\"demand\" : {\n    \"PROBATION\" : 3,\n    \"CPS\" : 1");
        assertThat(Json.mapper().readValue(text, new TypeReference<List<Inspection>>() { })).isEqualTo(inspections);
    }

    @Test
    void setsAreWrittenInAStableOrder() {
        String expected = "[ \"alpha\", \"beta\", \"delta\", \"gamma\" ]";
        for (int i = 0; i < 20; i++) {
            assertThat(Json.toJson(Set.of("gamma", "alpha", "delta", "beta"))).isEqualTo(expected);
        }
    }
}
