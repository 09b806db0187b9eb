package org.inspectionplanner.web.dataset;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.io.CsvTable;

/** The summary of an accepted file, streamed from the stored file (it may be hundreds of megabytes). */
final class DatasetSummaries {

    private DatasetSummaries() {
    }

    /** Missing values per column come from the raw CSV, so they count what the reader defaulted too. */
    static DatasetSummary of(ParsedDataset parsed, Path file) throws IOException {
        List<String> columns = new ArrayList<>();
        Map<String, Integer> missing = new LinkedHashMap<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.mark(64);
            String head = new String(in.readNBytes(64), StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
            in.reset();
            if (!head.startsWith("{") && !head.startsWith("[")) {
                // the shared CSV rules again; with no spec every column is counted, in file order
                try (CsvTable csv = CsvTable.open(in, "upload", List.of(), List.of())) {
                    columns.addAll(csv.extraNames());
                    csv.blankCountsOfExtras().forEach((c, n) -> missing.put(c, Math.toIntExact(n)));
                } catch (RuntimeException e) {
                    // The reader accepted the file; if the summary's own pass fails, leave the counts out.
                    columns.clear();
                    missing.clear();
                }
            }
        }
        return new DatasetSummary(parsed.rows(), parsed.pdus(), parsed.firstDate(), parsed.lastDate(), columns, missing);
    }
}
