package org.inspectionplanner.web.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.inspectionplanner.web.dataset.Dataset;
import org.inspectionplanner.web.files.FileOwner;
import org.inspectionplanner.web.files.FileStore;
import org.inspectionplanner.web.files.StoredFile;
import org.inspectionplanner.web.sample.Sample;
import org.springframework.stereotype.Component;

/** Reads a finished sample's stored output files into the result page's view model. */
@Component
class SampleResults {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.of("Europe/London"));

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

    private <T> List<T> rows(long id, String name, Function<CSVRecord, T> mapper) {
        Optional<String> text = read(id, name);
        List<T> rows = new ArrayList<>();
        if (text.isEmpty()) {
            return rows;
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var parser = format.parse(new StringReader(stripBom(text.get())))) {
            for (CSVRecord record : parser) {
                rows.add(mapper.apply(record));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String get(CSVRecord record, String column) {
        return record.isMapped(column) ? record.get(column) : "";
    }
}
