package org.inspectionplanner.data.io;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file read by the project's one set of reading rules (docs/formats.md, "Rules shared by every
 * CSV input"), for readers outside this package: strict UTF-8 (a UTF-16 file is told to be saved as
 * UTF-8), a byte-order mark skipped, RFC 4180 quoting, header names matched ignoring case, values
 * trimmed, blank lines skipped, rows of the wrong width, control characters and runaway lines
 * refused, every problem located as file:line:column and collected up to 100, and the file read to
 * its end. Columns are named as in the spec given; any other column is an extra, kept in file order.
 * <pre>
 * try (CsvTable t = CsvTable.open(file, List.of("id", "start"), List.of("id"))) {
 *     while (t.next()) { ... t.text("id") ... t.date("start", false) ... }
 *     t.finish(); // throws InvalidInputException listing every problem
 * }
 * </pre>
 */
public final class CsvTable implements AutoCloseable {

    private final CsvInput in;
    private final Map<String, Integer> columns = new HashMap<>();

    private CsvTable(CsvInput in, List<String> spec) {
        this.in = in;
        for (int i = 0; i < spec.size(); i++) {
            columns.put(spec.get(i), i);
        }
    }

    /** Opens a file, named in problems as the path is given; a missing file is bad input. */
    public static CsvTable open(Path file, List<String> spec, List<String> required) {
        return open(CsvInput.open(file), file.toString(), spec, required);
    }

    /** Reads UTF-8 bytes; {@code source} names the file in problems. */
    public static CsvTable open(InputStream bytes, String source, List<String> spec, List<String> required) {
        return open(CsvInput.utf8(bytes), source, spec, required);
    }

    /**
     * Reads text, checking the header at once: a file without the required columns is rejected here.
     * Every name in {@code required} must be in {@code spec}.
     */
    public static CsvTable open(Reader text, String source, List<String> spec, List<String> required) {
        return new CsvTable(CsvInput.start(text, source, spec, required), spec);
    }

    /** Moves to the next row; false at the end of the file (or once 100 problems are found). */
    public boolean next() {
        return in.next();
    }

    /** The line of the file on which the current row starts (the header is line 1). */
    public long line() {
        return in.line();
    }

    /** True when the file has the column. */
    public boolean has(String column) {
        return in.has(index(column));
    }

    /** The column's 1-based position in the file, 0 when the file has no such column (to locate a later problem). */
    public int fileColumn(String column) {
        return in.fileColumn(index(column));
    }

    /** The trimmed value; "" when blank or when the file has no such column. */
    public String text(String column) {
        return in.text(index(column));
    }

    /** The trimmed value, reporting it when blank. */
    public String required(String column) {
        return in.required(index(column));
    }

    /** A date as yyyy-MM-dd or dd/MM/yyyy in the years 1900 to 2100, or null (blank, or reported). */
    public LocalDate date(String column, boolean required) {
        return in.date(index(column), required);
    }

    /** A date that must be a Monday, or null (blank, or reported). */
    public LocalDate monday(String column, boolean required) {
        return in.monday(index(column), required);
    }

    /** true/false, yes/no, y/n or 1/0 in any case; blank is false; anything else is reported. */
    public boolean bool(String column) {
        return in.bool(index(column));
    }

    /** A whole number within [min, max], or null (blank, or reported). */
    public Integer integer(String column, boolean required, int min, int max) {
        return in.integer(index(column), required, min, max);
    }

    /** Reports a problem with a cell of the current row, at its line and column. */
    public void problem(String column, String message) {
        in.problem(index(column), message);
    }

    /** Reports a problem with a cell of an earlier row, found once more of the file was read. */
    public void problemOnRow(long line, String column, String message) {
        in.problemOnRow(line, index(column), message);
    }

    /** Reports a problem with the file as a whole. */
    public void fileProblem(String message) {
        in.problems().add(0, 0, message);
    }

    /** The names of the columns the spec does not know, in file order. */
    public List<String> extraNames() {
        return in.extraNames();
    }

    /** The current row's values of the extra columns, in file order, exactly as written. */
    public Map<String, String> extras() {
        return in.orderedExtras();
    }

    /**
     * Reads every remaining row and counts, per extra column in file order, the rows where the value is
     * blank (empty or white space). A summary's pass: far cheaper than {@link #extras()} row by row.
     */
    public Map<String, Long> blankCountsOfExtras() {
        long[] counts = in.blankExtras();
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        List<String> names = in.extraNames();
        for (int i = 0; i < counts.length; i++) {
            out.put(names.get(i), counts[i]);
        }
        return out;
    }

    /** True once any problem has been found. */
    public boolean hasProblems() {
        return !in.problems().isEmpty();
    }

    /** Rejects the file, with every problem found, if anything was wrong with it. */
    public void finish() {
        in.finish();
    }

    @Override
    public void close() {
        in.close();
    }

    private int index(String column) {
        Integer i = columns.get(column);
        if (i == null) {
            throw new IllegalArgumentException("'" + column + "' is not a column of this table's spec");
        }
        return i;
    }
}
