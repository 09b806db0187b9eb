package org.inspectionplanner.web.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.inspectionplanner.sampler.report.SampleReport;
import org.junit.jupiter.api.Test;

/** The sample page's view is built from the sampler's typed report, read as the page reads report.json. */
class SampleReportViewTest {

    private static final com.fasterxml.jackson.databind.ObjectReader READER = new ObjectMapper().readerFor(SampleReport.class)
            .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static SampleReport read(String json) throws Exception {
        return READER.readValue(json);
    }

    private static final String REPORT = """
            {"method":"pdu-cohort","seed":42,"fieldwork_start":"2026-03-02",
             "window":{"from":"2025-07-28","to":"2025-09-07"},
             "candidate_weeks":[{"week":27,"start":"2025-08-25","eligible":30,"female":4,"ethnic_minority":6,"high_rosh":5},
                                {"week":29,"start":"2025-08-11","eligible":28,"female":3,"ethnic_minority":5,"high_rosh":4}],
             "candidate_pairs":[{"weeks":[27,29],"eligible":58,"shortfall":0},{"weeks":[27,30],"eligible":55,"shortfall":2}],
             "chosen_weeks":[27,29],
             "counts":{"rows":1000,"in_window":80,"eligible":58,"excluded":{"UNDER_REVIEW":2,"MULTIPLE_SENTENCES":4},"selected":58},
             "quotas":[{"name":"female","minimum":8,"achieved":7,"met":false,"reason":"only 7 in the window"}],
             "composition":{"gender":{"FEMALE":{"eligible":10,"sample":7},"MALE":{"eligible":90,"sample":51}},
                            "rosh":{"HIGH":{"eligible":5,"sample":4},"LOW":{"eligible":20,"sample":10},"MEDIUM":{"eligible":70,"sample":40},
                                    "UNKNOWN":{"eligible":1,"sample":0},"VERY_HIGH":{"eligible":4,"sample":4}},
                            "age_band":{"18-24":{"eligible":50,"sample":29},"25-29":{"eligible":50,"sample":29}}},
             "precision":{"n":58,"margin_80":0.084,"margin_95":0.129,"distinguishable_bands":[
               {"threshold":0.5,"between":"inadequate|requires improvement","clearly_below":0.37,"clearly_above":0.63,"bands_distinguishable":true}]},
             "warnings":["quota female unmet"]}
            """;

    @Test
    void readsEveryPartOfTheReport() throws Exception {
        SampleReportView view = SampleReportView.from(read(REPORT));
        // Issue 13 finding 1: the method and dates in words, not codes and ISO dates.
        assertThat(view.method()).isEqualTo("PDU cohort (2022-23)");
        assertThat(view.fieldworkStart()).isEqualTo("2 March 2026");
        assertThat(view.windowFrom() + " to " + view.windowTo()).isEqualTo("28 July 2025 to 7 September 2025");
        assertThat(view.candidatePairs()).extracting(SampleReportView.CandidatePair::chosen).containsExactly(true, false);
        assertThat(view.candidateWeeks()).allMatch(SampleReportView.CandidateWeek::chosen);
        assertThat(view.excludedByReason()).containsEntry("UNDER_REVIEW", 2L).containsEntry("MULTIPLE_SENTENCES", 4L);
        assertThat(view.counts()).containsEntry("selected", 58L).doesNotContainKey("excluded");
        assertThat(view.quotas()).singleElement().satisfies(q -> {
            assertThat(q.met()).isFalse();
            assertThat(q.achieved()).isEqualTo(7);
        });
        assertThat(view.composition()).extracting(SampleReportView.Composition::key).containsExactly("gender", "rosh", "age_band");
        // RoSH reads low to very high, not in the alphabet's order.
        assertThat(view.composition().get(1).shares()).extracting(SampleReportView.Share::value)
                .containsExactly("Low", "Medium", "High", "Very high", "Unknown");
        SampleReportView.Share female = view.composition().get(0).shares().get(0);
        assertThat(female.eligiblePercent()).isEqualTo(10.0);
        assertThat(female.samplePercent()).isEqualTo(12.1);
        assertThat(view.composition().get(0).chartJson()).contains("\"labels\":[\"Female\",\"Male\"]");
        assertThat(view.warnings()).containsExactly("quota female unmet");
    }

    @Test
    void ratingBoundariesAsTheSamplerWritesThemAreExplained() throws Exception {
        var precision = READER.forType(SampleReport.PrecisionSummary.class).<SampleReport.PrecisionSummary>readValue("""
                {"n":67,"population":120,"margin_80":0.07,"margin_95":0.11,"distinguishable_bands":[
                  {"threshold":0.65,"between":"requires improvement and good","clearly_below":0.54,"clearly_above":0.76,
                   "bands_distinguishable":false}]}
                """);
        List<String> lines = SampleReportView.precisionInWords(precision);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).isEqualTo("At the 65% boundary (between requires improvement and good): a result of 54.0% "
                + "or less is clearly below it, and 76.0% or more clearly above it; typical results in the two bands "
                + "cannot be told apart with confidence.");
    }

    @Test
    void precisionIsStatedInPlainWords() throws Exception {
        SampleReportView view = SampleReportView.from(read(REPORT));
        assertThat(view.precision().get(0)).contains("58 cases").contains("12.9 percentage points").contains("8.4 points")
                .contains("19 samples out of 20");
        assertThat(view.precision().get(1)).isEqualTo("At the 50% boundary (between inadequate and requires improvement): "
                + "a result of 37.0% or less is clearly below it, and 63.0% or more clearly above it; typical results in the "
                + "two bands can be told apart.");
    }

    @Test
    void departuresAndThePrecisionStatementComeFromTheSamplerInWords() throws Exception {
        var report = read("""
                {"method":"pdu-cohort","deviation_summary":"The sample departs from the published cohort: 3 cases added to meet the minimum for women.",
                 "deviations":[{"case_id":"C1","change":"ADDED","rules":["BOOST_FEMALE"]}],
                 "precision":{"n":70,"statement":"For the 70 cases of the sample, a result is known to within: 80% means 69.2% to 87.7%.",
                   "distinguishable_bands":[{"threshold":0.65,"statement":"At n = 70, a PDU result of 77.1% (54 of 70 cases) or more is above 65%."}]}}
                """);
        SampleReportView view = SampleReportView.from(report);
        assertThat(view.departures()).startsWith("The sample departs from the published cohort: 3 cases added");
        assertThat(view.precision()).containsExactly(
                "For the 70 cases of the sample, a result is known to within: 80% means 69.2% to 87.7%.",
                "At n = 70, a PDU result of 77.1% (54 of 70 cases) or more is above 65%.");
        var exact = read("{\"deviation_summary\":null,\"deviations\":[]}");
        assertThat(SampleReportView.departuresInWords(exact)).contains("exactly the method's published selection");
        assertThat(SampleReportView.departuresInWords(read(REPORT))).isNull();
    }
}
