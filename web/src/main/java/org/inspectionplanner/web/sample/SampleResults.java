package org.inspectionplanner.web.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.inspectionplanner.web.dataset.Dataset;
import org.inspectionplanner.web.files.FileOwner;
import org.inspectionplanner.web.files.FileStore;
import org.inspectionplanner.web.files.StoredFile;
import org.inspectionplanner.web.page.CsvRows;
import org.inspectionplanner.web.page.Download;
import org.springframework.stereotype.Component;

/** Reads a finished sample's stored output files into the result page's view model. */
@Component
public class SampleResults {

    public static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.of("Europe/London"));

    private final FileStore files;
    private final ObjectMapper json;

    SampleResults(FileStore files, ObjectMapper json) {
        this.files = files;
        this.json = json;
    }

    SamplePage page(Sample sample, Dataset caseload) {
        long id = sample.getId();
        JsonNode report = read(id, "report.json").map(this::parse).orElseGet(json::createObjectNode);
        List<SamplePage.SelectedRow> selected = rows(id, "sample.csv", r -> new SamplePage.SelectedRow(
                get(r, "case_id"), get(r, "office"), get(r, "practitioner_id"), get(r, "selection"),
                get(r, "cohort_week"), get(r, "stratum")));
        List<SamplePage.ReserveRow> reserves = rows(id, "reserves.csv", r -> new SamplePage.ReserveRow(
                get(r, "reserve_rank"), get(r, "case_id"), get(r, "office"), get(r, "replaces_stratum")));
        List<SamplePage.ExclusionRow> exclusions = rows(id, "exclusions.csv", r -> new SamplePage.ExclusionRow(
                get(r, "case_id"), get(r, "person_id"), get(r, "reasons")));
        String base = "/api/samples/" + id + "/files/";
        List<Download> downloads = List.of(
                new Download("Sample (CSV)", "comma-separated values", base + "sample.csv"),
                new Download("Report (JSON)", "JSON", base + "report.json"),
                new Download("Workbook (XLSX)", "Excel workbook, one sheet per file", base + "sample.xlsx"),
                new Download("Reserves (CSV)", "comma-separated values", base + "reserves.csv"),
                new Download("Exclusions (CSV)", "comma-separated values", base + "exclusions.csv"));
        return new SamplePage(id, "Sample " + id, caseload == null ? "dataset " + sample.getDatasetId() : caseload.getName(),
                sample.getCreatedBy(), WHEN.format(sample.getCreatedAt()), SampleReportView.from(report),
                selected, reserves, exclusions, downloads);
    }

    private Optional<String> read(long id, String name) {
        return files.get(FileOwner.SAMPLE, id, name).map(StoredFile::getContent)
                .map(b -> new String(b, StandardCharsets.UTF_8));
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
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
