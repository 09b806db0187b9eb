package org.inspectionplanner.web.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.inspectionplanner.sampler.report.SampleReport;
import org.inspectionplanner.web.dataset.Dataset;
import org.inspectionplanner.web.files.FileOwner;
import org.inspectionplanner.web.files.FileStore;
import org.inspectionplanner.web.files.StoredFile;
import org.inspectionplanner.web.page.CsvRows;
import org.inspectionplanner.web.page.Download;
import org.inspectionplanner.web.page.Words;
import org.springframework.stereotype.Component;

/** Reads a finished sample's stored output files into the result page's view model. */
@Component
public class SampleResults {

    public static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.of("Europe/London"));

    private final FileStore files;
    private final ObjectMapper json;
    private final SampleNames names;

    SampleResults(FileStore files, ObjectMapper json, SampleNames names) {
        this.files = files;
        this.json = json;
        this.names = names;
    }

    SamplePage page(Sample sample, Dataset caseload) {
        long id = sample.getId();
        SampleReport report = files.get(FileOwner.SAMPLE, id, "report.json").map(StoredFile::getContent).map(this::parse)
                .orElse(EMPTY);
        List<SamplePage.SelectedRow> selected = rows(id, "sample.csv", r -> new SamplePage.SelectedRow(
                get(r, "case_id"), get(r, "office"), get(r, "practitioner_id"), Words.code(get(r, "selection")),
                Words.codesIn(get(r, "cohort_week")), stratum(get(r, "stratum"))));
        List<SamplePage.ReserveRow> reserves = rows(id, "reserves.csv", r -> new SamplePage.ReserveRow(
                get(r, "reserve_rank"), get(r, "case_id"), get(r, "office"), stratum(get(r, "replaces_stratum"))));
        List<SamplePage.ExclusionRow> exclusions = rows(id, "exclusions.csv", r -> new SamplePage.ExclusionRow(
                get(r, "case_id"), get(r, "person_id"), get(r, "reasons")));
        String base = "/api/samples/" + id + "/files/";
        List<Download> downloads = List.of(
                new Download("Sample (CSV)", "comma-separated values", base + "sample.csv"),
                new Download("Report (JSON)", "JSON", base + "report.json"),
                new Download("Workbook (XLSX)", "Excel workbook, one sheet per file", base + "sample.xlsx"),
                new Download("Reserves (CSV)", "comma-separated values", base + "reserves.csv"),
                new Download("Exclusions (CSV)", "comma-separated values", base + "exclusions.csv"));
        SampleReportView view = SampleReportView.from(report);
        return new SamplePage(id, names.name(sample), names.pdu(sample),
                caseload == null ? "dataset " + sample.getDatasetId() : caseload.getName(),
                sample.getCreatedBy(), Words.when(sample.getCreatedAt()), view, parameters(sample, report, view, selected.size()),
                warnings(sample, view, selected.size()), selected, reserves, exclusions, downloads);
    }

    /** Every parameter that shaped the result, in words: given or the method's default. */
    private List<SamplePage.Parameter> parameters(Sample sample, SampleReport report, SampleReportView view, int selected) {
        Map<String, Object> p = requestOf(sample);
        List<SamplePage.Parameter> list = new java.util.ArrayList<>();
        list.add(new SamplePage.Parameter("Method", view.method()));
        list.add(new SamplePage.Parameter("PDU", names.pdu(sample)));
        list.add(new SamplePage.Parameter("Fieldwork starts", view.fieldworkStart()));
        if (!view.windowFrom().isEmpty()) {
            list.add(new SamplePage.Parameter("Cases starting", view.windowFrom() + " to " + view.windowTo()));
        }
        list.add(new SamplePage.Parameter("Minimum women", given(p, "minFemale", report, "FEMALE")));
        list.add(new SamplePage.Parameter("Minimum ethnic minority", given(p, "minEthnicMinority", report, "ETHNIC_MINORITY")));
        list.add(new SamplePage.Parameter("Minimum high or very high RoSH", given(p, "minHighRosh", report, "HIGH_ROSH")));
        Object target = p.get("targetSize");
        list.add(new SamplePage.Parameter("Target size", target == null ? "None: every selected case is kept"
                : target + " (" + Words.count(selected, "case", "cases") + " selected)"));
        return list;
    }

    /** What a person must know before using the sample: it is empty, or the target was not kept. */
    private List<String> warnings(Sample sample, SampleReportView view, int selected) {
        List<String> warnings = new java.util.ArrayList<>();
        if (selected == 0) {
            warnings.add("The sample has no cases: no eligible case " + (view.windowFrom().isEmpty() ? "was found"
                    : "started between " + view.windowFrom() + " and " + view.windowTo())
                    + ". Check the fieldwork date falls within the caseload's dates and the PDU is right, then draw again.");
        }
        Object target = requestOf(sample).get("targetSize");
        if (target instanceof Number t && selected != t.intValue() && selected > 0) {
            warnings.add(Words.count(selected, "case was", "cases were") + " selected against a target of " + t
                    + (selected > t.intValue() ? ": the quotas needed more cases than the target." : ": the window had too few eligible cases."));
        }
        return warnings;
    }

    private Map<String, Object> requestOf(Sample sample) {
        Map<String, Object> p = org.inspectionplanner.web.support.Json.read(json, sample.getParametersJson(),
                new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {
                });
        return p == null ? Map.of() : p;
    }

    /** A quota as asked, or the method's default with the minimum it came to ("The method's default: 5"). */
    private static String given(Map<String, Object> request, String key, SampleReport report, String quota) {
        Object value = request.get(key);
        if (value != null) {
            return value.toString();
        }
        return (report.quotas() == null ? List.<SampleReport.QuotaResult>of() : report.quotas()).stream()
                .filter(q -> quota.equals(q.name())).findFirst()
                .map(q -> "The method's default: " + q.minimum()).orElse("The method's default");
    }

    /** A stratum such as MALE/WHITE/COMMUNITY_ORDER in words: "Male, White, Community order". */
    static String stratum(String codes) {
        if (codes == null || codes.isBlank()) {
            return "";
        }
        return String.join(", ", java.util.Arrays.stream(codes.split("/")).map(Words::code).toList());
    }

    /** A sample without a report (one that failed) shows empty sections. */
    private static final SampleReport EMPTY = new SampleReport(null, Map.of(), 0, null, null, null, null, List.of(), List.of(),
            List.of(), null, List.of(), null, null, Map.of(), null, null, Map.of(), List.of(), List.of());

    /** The sampler's report as its typed record; fields a later sampler adds are ignored. */
    private SampleReport parse(byte[] content) {
        try {
            return org.inspectionplanner.data.io.Json.mapper().readerFor(SampleReport.class)
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> List<T> rows(long id, String name, Function<Map<String, String>, T> mapper) {
        return CsvRows.parse(files.get(FileOwner.SAMPLE, id, name).map(StoredFile::getContent).orElse(null))
                .stream().map(mapper).toList();
    }

    private static String get(Map<String, String> row, String column) {
        return row.getOrDefault(column, "");
    }
}
