package org.inspectionplanner.web.page;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.io.CsvOutput;
import org.inspectionplanner.data.io.CsvTable;

/**
 * Reads a stored output CSV (with a header row) into rows of column name to value, for display only,
 * by the project's shared CSV rules; the formula guard the writer added is taken off again.
 */
public final class CsvRows {

    private CsvRows() {
    }

    public static List<Map<String, String>> parse(byte[] content) {
        List<Map<String, String>> rows = new ArrayList<>();
        if (content == null || content.length == 0) {
            return rows;
        }
        // no spec: every column is an "extra", kept in file order exactly as written
        try (CsvTable table = CsvTable.open(new ByteArrayInputStream(content), "stored file", List.of(), List.of())) {
            while (table.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                table.extras().forEach((name, value) -> row.put(name, CsvOutput.unneutralise(value)));
                rows.add(row);
            }
            table.finish();
        }
        return rows;
    }
}
