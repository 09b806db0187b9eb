package org.inspectionplanner.web.dataset;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.io.InvalidInputException;

/**
 * The summary of an accepted file, and the width check before a file is read. Both stream the
 * stored file (it may be hundreds of megabytes).
 */
final class DatasetSummaries {

    /** No input of this project has more than a few dozen columns; a far wider header is a mistake or an attack. */
    static final int MAX_COLUMNS = 1000;

    private DatasetSummaries() {
    }

    /** Rejects a CSV whose header has more than {@link #MAX_COLUMNS} columns, before its reader holds any row. */
    static void checkWidth(Path file, String name) throws IOException {
        try (Reader reader = utf8(file)) {
            if (startsJson(reader)) {
                return;
            }
            try (CsvReader<CsvRecord> csv = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                    .ofCsvRecord(reader)) {
                Iterator<CsvRecord> records = csv.iterator();
                if (records.hasNext()) {
                    int width = records.next().getFieldCount();
                    if (width > MAX_COLUMNS) {
                        throw new InvalidInputException(List.of(new org.inspectionplanner.data.io.InputProblem(name, 1, 0,
                                String.format("the header has %,d columns; at most %,d are accepted", width, MAX_COLUMNS))));
                    }
                }
            } catch (RuntimeException e) {
                if (e instanceof InvalidInputException) {
                    throw e;
                }
                // a header FastCSV cannot read is left to the file's reader, which says why
            }
        }
    }

    /** Missing values per column come from the raw CSV, so they count what the reader defaulted too. */
    static DatasetSummary of(ParsedDataset parsed, Path file) throws IOException {
        List<String> columns = new ArrayList<>();
        Map<String, Integer> missing = new LinkedHashMap<>();
        try (Reader reader = utf8(file)) {
            if (!startsJson(reader)) {
                try (CsvReader<CsvRecord> csv = CsvReader.builder().skipEmptyLines(true).allowExtraFields(true)
                        .allowMissingFields(true).ofCsvRecord(reader)) {
                    Iterator<CsvRecord> records = csv.iterator();
                    if (records.hasNext()) {
                        records.next().getFields().forEach(c -> columns.add(c.strip()));
                        int[] empty = new int[columns.size()];
                        while (records.hasNext()) {
                            CsvRecord row = records.next();
                            for (int i = 0; i < empty.length; i++) {
                                if (i >= row.getFieldCount() || row.getField(i).isBlank()) {
                                    empty[i]++;
                                }
                            }
                        }
                        for (int i = 0; i < empty.length; i++) {
                            missing.merge(columns.get(i), empty[i], Integer::sum);
                        }
                    }
                } catch (RuntimeException e) {
                    // The reader accepted the file; if the summary's own pass fails, leave the counts out.
                    columns.clear();
                    missing.clear();
                }
            }
        }
        return new DatasetSummary(parsed.rows(), parsed.pdus(), parsed.firstDate(), parsed.lastDate(), columns, missing);
    }

    /** The file as UTF-8 text, after any byte-order mark. */
    private static Reader utf8(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }

    /** Whether the text starts (after white space) with JSON; the reader is left at its start. */
    private static boolean startsJson(Reader reader) throws IOException {
        reader.mark(4096);
        int c;
        int read = 0;
        do {
            c = reader.read();
            read++;
        } while (c != -1 && Character.isWhitespace(c) && read < 4096);
        reader.reset();
        return c == '[' || c == '{';
    }
}
