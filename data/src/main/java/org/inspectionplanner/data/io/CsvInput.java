package org.inspectionplanner.data.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One CSV file being read against a known set of columns: the project's reading rules in one place.
 * <ul>
 * <li>UTF-8 (malformed bytes are an error), a leading byte-order mark skipped, RFC 4180 quoting;</li>
 * <li>the first record is the header; names match case-insensitively and in any order; columns
 *     not in the spec are "extra" and kept in file order;</li>
 * <li>problems carry the physical line (the header is line 1, quoted newlines counted) and the
 *     1-based column of the cell, and are collected up to {@link Problems#CAP}.</li>
 * </ul>
 * Column indexes are resolved once from the header, so a row costs one array lookup per cell.
 */
final class CsvInput implements AutoCloseable {

    /** Blank lines are kept as records so that every record's first line can be counted. */
    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private static final int BUFFER = 1 << 16;
    /** Decoding runs ahead of parsing, so the bad bytes are somewhere at or after the line named. */
    private static final String NOT_UTF8 = "the file is not valid UTF-8 text (bad bytes at or after line ";

    private final Problems problems;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> spec;
    private final int[] index;
    private final List<String> extraNames = new ArrayList<>();
    private final int[] extraIndex;
    private final int width;
    private final Map<String, String> pool = new HashMap<>();
    private final String[] last;

    private static final int BATCH = 512;
    private Pump pump;
    private Batch batch;
    private int position;
    private CSVRecord record;
    private long line;
    private long linesBefore;
    private boolean finished;
    private int lastDateKey = -1;

    private CsvInput(Reader reader, String file, List<String> spec, List<String> required) throws IOException {
        this.problems = new Problems(file);
        this.spec = spec;
        this.parser = CSVParser.builder().setReader(skipByteOrderMark(reader)).setFormat(FORMAT).get();
        this.records = parser.iterator();
        this.index = new int[spec.size()];
        this.last = new String[spec.size()];
        Arrays.fill(index, -1);

        CSVRecord header = nextRecord();
        if (header == null || (header.size() == 1 && header.get(0).isBlank())) {
            if (problems.isEmpty()) {
                problems.add(1, 0, "the file is empty; expected a header row naming the columns ("
                        + String.join(", ", required) + " are required)");
            }
            problems.throwIfAny();
        }
        width = header.size();
        Map<String, Integer> specIndex = new HashMap<>();
        for (int i = 0; i < spec.size(); i++) {
            specIndex.put(spec.get(i).toLowerCase(Locale.ROOT), i);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Integer> extras = new ArrayList<>();
        for (int col = 0; col < width; col++) {
            String name = header.get(col).trim();
            String key = name.toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                problems.add(1, col + 1, "column " + (col + 1) + " has no name in the header");
                continue;
            }
            Integer before = seen.putIfAbsent(key, col);
            if (before != null) {
                problems.add(1, col + 1, "column " + Cells.quote(name) + " appears twice in the header (also column "
                        + (before + 1) + "); column names are compared ignoring case");
                continue;
            }
            Integer known = specIndex.get(key);
            if (known != null) {
                index[known] = col;
            } else {
                extraNames.add(name);
                extras.add(col);
            }
        }
        for (String name : required) {
            if (index[specIndex.get(name.toLowerCase(Locale.ROOT))] < 0) {
                problems.add(1, 0, "missing required column '" + name + "'; the header has "
                        + String.join(", ", header.toList()));
            }
        }
        extraIndex = extras.stream().mapToInt(Integer::intValue).toArray();
        problems.throwIfAny(); // rows cannot be read against a broken header
        pump = new Pump(linesBefore);
    }

    /** Opens a file as UTF-8; a missing or unreadable file is bad input, not an internal error. */
    static Reader open(Path file) {
        try {
            return utf8(Files.newInputStream(file));
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), "file not found");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read the file: " + e.getMessage());
        }
    }

    /** A strict UTF-8 reader: malformed bytes are reported, never silently replaced. */
    static Reader utf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    static CsvInput start(Reader reader, String file, List<String> spec, List<String> required) {
        try {
            return new CsvInput(reader, file, spec, required);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(List.of(new InputProblem(file, 1, 0, NOT_UTF8 + "1)")));
        } catch (IOException e) {
            throw new InvalidInputException(file, "cannot read the file: " + e.getMessage());
        }
    }

    static Reader skipByteOrderMark(Reader reader) throws IOException {
        BufferedReader buffered = new BufferedReader(reader, BUFFER);
        buffered.mark(1);
        if (buffered.read() != '\uFEFF') {
            buffered.reset();
        }
        return buffered;
    }

    private CSVRecord nextRecord() {
        if (finished) {
            return null;
        }
        if (pump == null) {
            try {
                if (!records.hasNext()) {
                    finished = true;
                    return null;
                }
                CSVRecord r = records.next();
                line = linesBefore + 1;
                linesBefore = parser.getCurrentLineNumber();
                return r;
            } catch (UncheckedIOException e) {
                finished = true;
                readFailed(e.getCause(), linesBefore + 1);
                return null;
            }
        }
        while (batch == null || position == batch.size) {
            if (batch != null && batch.last) {
                finished = true;
                if (batch.error != null) {
                    readFailed(batch.error, batch.errorLine);
                }
                if (batch.failure != null) {
                    throw batch.failure;
                }
                return null;
            }
            batch = pump.take();
            position = 0;
        }
        line = batch.lines[position];
        return batch.records[position++];
    }

    private void readFailed(IOException cause, long atLine) {
        if (cause instanceof CharacterCodingException) {
            problems.add(atLine, 0, NOT_UTF8 + atLine + ")");
        } else {
            problems.add(atLine, 0, "broken CSV quoting: " + cause.getMessage());
        }
    }

    /** Records handed from the parsing thread to the reading one, with the line each starts on. */
    private static final class Batch {
        final CSVRecord[] records = new CSVRecord[BATCH];
        final long[] lines = new long[BATCH];
        int size;
        boolean last;
        IOException error;
        long errorLine;
        RuntimeException failure;
    }

    /**
     * Parses on a second thread so that parsing and checking/building rows overlap: on a million-row
     * caseload the reader then costs little more wall time than the parse alone. The queue is
     * bounded, so memory stays flat however far the parser could run ahead.
     */
    private final class Pump implements Runnable {
        private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(8);
        private final Thread thread;
        private volatile boolean cancelled;
        private long before;

        Pump(long linesBefore) {
            before = linesBefore;
            thread = new Thread(this, "csv-parse");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void run() {
            Batch b = new Batch();
            try {
                while (!cancelled && records.hasNext()) {
                    b.records[b.size] = records.next();
                    b.lines[b.size] = before + 1;
                    before = parser.getCurrentLineNumber();
                    if (++b.size == BATCH) {
                        put(b);
                        b = new Batch();
                    }
                }
            } catch (UncheckedIOException e) {
                b.error = e.getCause();
                b.errorLine = before + 1;
            } catch (RuntimeException e) {
                b.failure = e;
            } catch (Error e) {
                b.failure = new IllegalStateException("reading failed: " + e, e);
            }
            b.last = true;
            put(b);
        }

        private void put(Batch b) {
            try {
                while (!cancelled && !queue.offer(b, 50, TimeUnit.MILLISECONDS)) {
                    // the reader is busy; wait for room unless it has given up
                }
            } catch (InterruptedException e) {
                cancelled = true;
                Thread.currentThread().interrupt();
            }
        }

        Batch take() {
            try {
                return queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading " + problems.file(), e);
            }
        }

        void stop() {
            cancelled = true;
            queue.clear();
            try {
                thread.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Moves to the next data row, skipping blank lines and reporting rows of the wrong width. */
    boolean next() {
        while (true) {
            if (problems.full()) {
                if (!finished) {
                    problems.stoppedEarly();
                }
                record = null;
                return false;
            }
            CSVRecord r = nextRecord();
            if (r == null) {
                record = null;
                return false;
            }
            int size = r.size();
            if (size == 1 && width > 1 && r.get(0).isEmpty()) {
                continue; // a blank line
            }
            if (size != width) {
                problems.add(line, 0, "the row has " + size + " values but the header has " + width + " columns");
                continue;
            }
            record = r;
            return true;
        }
    }

    Problems problems() {
        return problems;
    }

    String file() {
        return problems.file();
    }

    /** The physical line on which the current row starts. */
    long line() {
        return line;
    }

    boolean has(int column) {
        return index[column] >= 0;
    }

    List<String> extraNames() {
        return List.copyOf(extraNames);
    }

    /** The trimmed value of a spec column in the current row; "" when the column is absent. */
    String text(int column) {
        int i = index[column];
        return i < 0 ? "" : record.get(i).trim();
    }

    /** Like {@link #text} but blank is null, and repeated values share one String. */
    String optionalPooled(int column) {
        String s = text(column);
        return s.isEmpty() ? null : pooled(s);
    }

    /** Pooled text of a column, checking the previous row's value first: extracts often come grouped. */
    String pooledText(int column) {
        String s = text(column);
        String previous = last[column];
        if (s.equals(previous)) {
            return previous;
        }
        s = pooled(s);
        last[column] = s;
        return s;
    }

    String pooled(String s) {
        String shared = pool.putIfAbsent(s, s);
        return shared == null ? s : shared;
    }

    String optional(int column) {
        String s = text(column);
        return s.isEmpty() ? null : s;
    }

    String required(int column) {
        String s = text(column);
        if (s.isEmpty()) {
            problem(column, spec.get(column) + " is blank; a value is required");
        }
        return s;
    }

    /** Reports a problem with one cell of the current row. */
    void problem(int column, String message) {
        int col = index[column];
        if (col < 0) {
            problems.add(line, 0, message);
        } else {
            problems.add(lineOf(col), col + 1, message);
        }
    }

    /** Reports a problem with a cell of an earlier row, found only after reading the whole file. */
    void problemOnRow(long rowLine, int column, String message) {
        problems.add(rowLine, index[column] + 1, message);
    }

    /** Reports a problem with the value of a cell, naming the column, the value and what was expected. */
    void badValue(int column, String value, String expected) {
        problem(column, spec.get(column) + " " + Cells.quote(value) + " is not valid; " + expected);
    }

    /** The line on which a cell starts: the row's first line plus the newlines quoted in earlier cells. */
    private long lineOf(int col) {
        long l = line;
        for (int i = 0; i < col; i++) {
            String v = record.get(i);
            for (int k = 0, n = v.length(); k < n; k++) {
                char c = v.charAt(k);
                if (c == '\n' || (c == '\r' && (k + 1 == n || v.charAt(k + 1) != '\n'))) {
                    l++;
                }
            }
        }
        return l;
    }

    LocalDate date(int column, boolean required) {
        String s = required ? required(column) : text(column);
        if (s.isEmpty()) {
            lastDateKey = -1;
            return null;
        }
        int key = Cells.dateKey(s);
        lastDateKey = key;
        if (key < 0) {
            badValue(column, s, Cells.DATE_EXPECTED);
            return null;
        }
        return Cells.fromKey(key);
    }

    /** The yyyymmdd key of the date the last {@link #date} call read (-1 if blank or invalid). */
    int lastDateKey() {
        return lastDateKey;
    }

    /** A Monday, as every week in the programme starts on one. */
    LocalDate monday(int column, boolean required) {
        LocalDate d = date(column, required);
        if (d != null && d.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            problem(column, spec.get(column) + " '" + d + "' is a " + d.getDayOfWeek().toString().toLowerCase(Locale.ROOT)
                    + "; expected a Monday");
            return null;
        }
        return d;
    }

    /** An integer within [min, max], or null when blank (or wrong, after reporting it). */
    Integer integer(int column, boolean required, int min, int max) {
        String s = required ? required(column) : text(column);
        if (s.isEmpty()) {
            return null;
        }
        Integer v = Cells.integer(s);
        if (v == null || v < min || v > max) {
            badValue(column, s, max == Integer.MAX_VALUE
                    ? "expected a whole number of at least " + min
                    : "expected a whole number from " + min + " to " + max);
            return null;
        }
        return v;
    }

    boolean bool(int column) {
        String s = text(column);
        Boolean b = Cells.bool(s);
        if (b == null) {
            badValue(column, s, Cells.BOOLEAN_EXPECTED);
            return false;
        }
        return b;
    }

    <E extends Enum<E>> E enumValue(int column, Cells.EnumNames<E> names, boolean required) {
        String s = required ? required(column) : text(column);
        if (s.isEmpty()) {
            return null;
        }
        E e = names.find(s);
        if (e == null) {
            badValue(column, s, names.expected());
        }
        return e;
    }

    /** The extra columns of the current row, untouched; Map.of() when the file has none. */
    Map<String, String> extras() {
        int n = extraIndex.length;
        if (n == 0) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        Map.Entry<String, String>[] entries = new Map.Entry[n];
        for (int i = 0; i < n; i++) {
            entries[i] = Map.entry(extraNames.get(i), record.get(extraIndex[i]));
        }
        return Map.ofEntries(entries);
    }

    /** Extras in column order, for the small files whose records keep no separate column list. */
    Map<String, String> orderedExtras() {
        int n = extraIndex.length;
        if (n == 0) {
            return Map.of();
        }
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(extraNames.get(i), record.get(extraIndex[i]));
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Splits a ;-separated list, trimming parts and skipping empty ones. */
    static List<String> split(String s) {
        if (s.isEmpty()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>(4);
        int from = 0;
        while (from <= s.length()) {
            int semi = s.indexOf(';', from);
            int to = semi < 0 ? s.length() : semi;
            String part = s.substring(from, to).trim();
            if (!part.isEmpty()) {
                parts.add(part);
            }
            from = to + 1;
        }
        return parts;
    }

    /** Rejects the file if anything was wrong with it. */
    void finish() {
        problems.throwIfAny();
    }

    @Override
    public void close() {
        if (pump != null) {
            pump.stop();
        }
        try {
            parser.close();
        } catch (IOException e) {
            // nothing was written; a failed close of a reader loses nothing
        }
    }
}
