package org.inspectionplanner.data.io;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The one way the project writes CSV: RFC 4180 (CRLF, quotes only where needed), UTF-8 without a
 * byte-order mark, and every cell neutralised against formula injection, so that a file opened in a
 * spreadsheet never runs a formula smuggled in through a case record. {@code null} cells are empty.
 * I/O failures surface as {@link UncheckedIOException}.
 */
public final class CsvOutput implements Closeable, Flushable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private final CSVPrinter printer;

    private CsvOutput(Appendable out) {
        try {
            this.printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates (or replaces) a UTF-8 file. */
    public static CsvOutput open(Path file) {
        try {
            BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            return new CsvOutput(w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes to any character sink (a StringBuilder, a servlet response writer); closing closes it if it can be. */
    public static CsvOutput to(Appendable out) {
        return new CsvOutput(out);
    }

    public CsvOutput row(List<String> cells) {
        try {
            for (String cell : cells) {
                printer.print(neutralise(cell));
            }
            printer.println();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row made of two parts, e.g. a case's columns followed by the columns a module appends. */
    public CsvOutput row(List<String> cells, List<String> appended) {
        try {
            for (String cell : cells) {
                printer.print(neutralise(cell));
            }
            for (String cell : appended) {
                printer.print(neutralise(cell));
            }
            printer.println();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public CsvOutput row(String... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    /**
     * The cell as it is safe to write: a value starting with {@code = + - @}, a tab or a carriage
     * return gets a leading apostrophe, which spreadsheets read as "this is text". Negative numbers
     * are neutralised too ("-1" becomes "'-1"); the project's own numeric columns are never negative.
     */
    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return "";
        }
        switch (cell.charAt(0)) {
            case '=':
            case '+':
            case '-':
            case '@':
            case '\t':
            case '\r':
                return "'" + cell;
            default:
                return cell;
        }
    }

    /**
     * Undoes {@link #neutralise} for a file the project wrote itself and now reads back (a previous
     * plan, a stored output shown on a page): an apostrophe before a formula character is dropped.
     */
    public static String unneutralise(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    @Override
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
