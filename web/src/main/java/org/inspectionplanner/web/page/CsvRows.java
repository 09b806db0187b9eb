package org.inspectionplanner.web.page;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads a stored output CSV (with a header row) into rows of column name to value, for display only. */
public final class CsvRows {

    private CsvRows() {
    }

    public static List<Map<String, String>> parse(byte[] content) {
        List<Map<String, String>> rows = new ArrayList<>();
        if (content == null) {
            return rows;
        }
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                parser.getHeaderNames().forEach(h -> row.put(h, record.isSet(h) ? unguard(record.get(h)) : ""));
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Undoes the formula-injection guard (a leading apostrophe) that the CSV writer adds for spreadsheets. */
    private static String unguard(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'' && "=+-@\t\r".indexOf(value.charAt(1)) >= 0) {
            return value.substring(1);
        }
        return value;
    }
}
