package org.inspectionplanner.data.io;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.RecordType;

/**
 * One CSV file being read against a known set of columns: the project's reading rules in one place.
 * <ul>
 * <li>UTF-8 (malformed bytes are an error), a leading byte-order mark skipped, RFC 4180 quoting;</li>
 * <li>the first record is the header; names match case-insensitively and in any order; columns
 *     not in the spec are "extra" and kept in file order;</li>
 * <li>problems carry the physical line (the header is line 1, quoted newlines counted) and the
 *     1-based column of the cell, and are collected up to {@link Problems#CAP}.</li>
 * <li>refused where they stand: a UTF-16 file, control characters in a value, a record over
 *     {@link #MAX_RECORD_CHARS} characters, more than {@link #MAX_COLUMNS} columns, dates outside
 *     the years 1900 to 2100; the file is read to its end.</li>
 * </ul>
 * Other modules read CSV through the public {@link CsvTable}, so every file gets these rules.
 * Parsing is FastCSV's strict RFC 4180 parser, on the caller's thread. A row is kept as ranges of one
 * reused char array and a cell becomes a String only when asked for, shared with an earlier equal cell
 * of its column where values repeat: on a million-row caseload that leaves little besides the kept
 * records for the garbage collector. Column indexes are resolved once from the header, so a row costs
 * one array lookup per cell.
 */
final class CsvInput implements AutoCloseable {

    private static final int SEEN = 256;
    private static final int MISSES_BEFORE_GIVING_UP = 2048;
    private static final int BUFFER = 1 << 16;
    /** The longest record read (a caseload row is well under 1,000 characters): a runaway line is refused, not buffered. */
    static final int MAX_RECORD_CHARS = 1 << 20;
    /** The most columns a file may have; a caseload has 24 standard ones. */
    static final int MAX_COLUMNS = 1000;
    static final String TOO_LONG = "line longer than the limit of " + MAX_RECORD_CHARS + " characters";
    /** Decoding runs ahead of parsing, so the bad bytes are somewhere at or after the line named. */
    private static final String NOT_UTF8 = "the file is not valid UTF-8 text (bad bytes at or after line ";

    private final Problems problems;
    private final CsvReader<Row> parser;
    private final List<String> spec;
    private final int[] index;
    private final List<String> extraNames = new ArrayList<>();
    private final int[] extraIndex;
    private final int width;
    private final Map<String, String> pool = new HashMap<>();
    private final String[] last;

    private final Rows rows;
    private final Iterator<Row> records;
    private final QuoteCountingReader raw;
    private Row record;
    /** Per column, recently seen values by hash: repeated cells (enums, flags, dates, places) cost no new String. */
    private final String[][] seenValues;
    private final boolean[] uncached;
    private final int[] misses;
    private final int[] lookups;
    private long line;
    private boolean finished;
    private RuntimeException pendingFailure;
    private int lastDateKey = -1;

    private CsvInput(Reader reader, String file, List<String> spec, List<String> required) throws IOException {
        this.problems = new Problems(file);
        this.spec = spec;
        this.raw = new QuoteCountingReader(skipByteOrderMark(reader));
        this.rows = new Rows();
        this.parser = CsvReader.builder().skipEmptyLines(false).allowExtraFields(true).allowMissingFields(true)
                .maxBufferSize(MAX_RECORD_CHARS).build(rows, raw);
        this.records = parser.iterator();
        this.index = new int[spec.size()];
        this.last = new String[spec.size()];
        Arrays.fill(index, -1);

        Row first = nextRecord();
        String[] header = first == null ? new String[0] : first.values();
        if (header.length == 0 || (header.length == 1 && header[0].isBlank())) {
            if (problems.isEmpty()) {
                problems.add(1, 0, "the file is empty; expected a header row naming the columns ("
                        + String.join(", ", required) + " are required)");
            }
            problems.throwIfAny();
        }
        if (first != null && first.overlong) {
            problems.add(line, 0, TOO_LONG);
            problems.throwIfAny();
        }
        if (first != null && first.controlAt >= 0) {
            problems.add(line, 0, first.nulls() ? Utf16.MESSAGE
                    : "the header holds a control character (" + first.controlName() + "); column names must be plain text");
            problems.throwIfAny();
        }
        if (first != null && first.tooWide) {
            problems.add(1, 0, "the header has more than " + MAX_COLUMNS + " columns; the limit is " + MAX_COLUMNS);
            problems.throwIfAny();
        }
        width = header.length;
        seenValues = new String[spec.size()][SEEN];
        uncached = new boolean[spec.size()];
        misses = new int[spec.size()];
        lookups = new int[spec.size()];
        Map<String, Integer> specIndex = new HashMap<>();
        for (int i = 0; i < spec.size(); i++) {
            specIndex.put(spec.get(i).toLowerCase(Locale.ROOT), i);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Integer> extras = new ArrayList<>();
        for (int col = 0; col < width; col++) {
            String name = header[col].trim();
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
                        + String.join(", ", header));
            }
        }
        extraIndex = extras.stream().mapToInt(Integer::intValue).toArray();
        problems.throwIfAny(); // rows cannot be read against a broken header
    }

    /** Opens a file as UTF-8; a missing or unreadable file is bad input, not an internal error. */
    static Reader open(Path file) {
        return utf8(InputFiles.open(file));
    }

    /**
     * A strict UTF-8 reader: malformed bytes are reported, never silently replaced. A file that starts
     * as UTF-16 does (a UTF-16 byte-order mark, or ASCII with every other byte zero) fails its first
     * read with {@link Utf16}, so the reader says what to do rather than quoting NUL-riddled text.
     */
    static Reader utf8(InputStream in) {
        java.io.BufferedInputStream buffered = new java.io.BufferedInputStream(in, BUFFER);
        boolean utf16;
        try {
            buffered.mark(8);
            utf16 = Utf16.looksLike(buffered.readNBytes(8));
            buffered.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (utf16) {
            return new Reader() {
                @Override
                public int read(char[] cbuf, int off, int len) throws IOException {
                    throw new Utf16();
                }

                @Override
                public void close() throws IOException {
                    buffered.close();
                }
            };
        }
        return new InputStreamReader(buffered, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    static CsvInput start(Reader reader, String file, List<String> spec, List<String> required) {
        try {
            return new CsvInput(reader, file, spec, required);
        } catch (Utf16 e) {
            throw new InvalidInputException(List.of(new InputProblem(file, 1, 0, Utf16.MESSAGE)));
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

    /** The next record (its first physical line in {@link #line}), or null at the end or on a read failure. */
    private Row nextRecord() {
        if (finished) {
            return null;
        }
        if (pendingFailure != null) {
            failed(pendingFailure, nextLine());
            return null;
        }
        Row r;
        try {
            if (!records.hasNext()) {
                finished = true;
                return null;
            }
            r = records.next();
        } catch (RuntimeException e) {
            failed(e, nextLine());
            return null;
        }
        line = r.line;
        record = r;
        boolean more;
        try {
            more = records.hasNext(); // looks ahead, so a value left open at the end is caught before it is used
        } catch (RuntimeException e) {
            pendingFailure = e; // belongs to the next record: this one is complete
            return r;
        }
        if (!more && ((raw.quotes - rows.quotesOutsideValues) & 1) != 0) {
            // quoted values hold an even number of quotes (the enclosing pair and doubled ones), so an odd
            // count left over means the file ended inside a quoted value: this record's last one
            finished = true;
            record = null;
            problems.add(line, 0, "broken CSV quoting: the file ends inside a quoted value (a quote opened on this"
                    + " row is never closed)");
            return null;
        }
        return r;
    }

    private void failed(RuntimeException e, long at) {
        finished = true;
        Throwable cause = e.getCause();
        if (e instanceof UncheckedIOException u) {
            readFailed(u.getCause(), at);
        } else if (cause instanceof UncheckedIOException u) {
            readFailed(u.getCause(), at);
        } else if (cause instanceof IOException io) {
            readFailed(io, at);
        } else if (e instanceof CsvParseException) {
            String why = cause != null ? cause.getMessage() : e.getMessage();
            // FastCSV's buffer holds one field; a field beyond it is a runaway line, quoted or not
            problems.add(at, 0, why != null && why.contains("maximum buffer size") ? TOO_LONG : "broken CSV quoting: " + why);
        } else {
            throw e;
        }
    }

    /** The line after the current record: its first line plus the line breaks quoted in it. */
    private long nextLine() {
        if (record == null) {
            return line + 1;
        }
        return record.lineBreaksBefore(record.count) + line + 1;
    }

    private void readFailed(IOException cause, long atLine) {
        if (cause instanceof Utf16) {
            problems.add(1, 0, Utf16.MESSAGE);
        } else if (cause instanceof CharacterCodingException) {
            problems.add(atLine, 0, NOT_UTF8 + atLine + ")");
        } else {
            problems.add(atLine, 0, "broken CSV quoting: " + cause.getMessage());
        }
    }

    /**
     * One record's values as ranges of one char array, so that a cell becomes a String only when it
     * is asked for (and often not even then: see {@link #cached}).
     */
    private static final class Row {
        char[] chars = new char[1024];
        int[] from = new int[32];
        int[] to = new int[32];
        int count;
        int length;
        long line;
        /** The record went past {@link #MAX_RECORD_CHARS}: its values were not kept. */
        boolean overlong;
        /** The record has more than {@link #MAX_COLUMNS} values: those after it were not kept. */
        boolean tooWide;
        /** The first value holding a control character, or -1; and the character. */
        int controlAt = -1;
        char control;

        void clear() {
            count = 0;
            length = 0;
            overlong = false;
            tooWide = false;
            controlAt = -1;
        }

        void add(int field, char[] buf, int offset, int len) {
            if (overlong || length + len > MAX_RECORD_CHARS) {
                overlong = true;
                return;
            }
            if (field >= MAX_COLUMNS) {
                tooWide = true;
                return;
            }
            if (controlAt < 0) {
                for (int i = offset, end = offset + len; i < end; i++) {
                    char c = buf[i];
                    // tab, and line breaks inside quoted values, are text; every other C0 or C1 control is not
                    if ((c < ' ' && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                        controlAt = field;
                        control = c;
                        break;
                    }
                }
            }
            if (field == from.length) {
                from = Arrays.copyOf(from, field * 2);
                to = Arrays.copyOf(to, field * 2);
            }
            if (length + len > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + len));
            }
            System.arraycopy(buf, offset, chars, length, len);
            from[field] = length;
            length += len;
            to[field] = length;
        }

        String value(int field) {
            return new String(chars, from[field], to[field] - from[field]);
        }

        /** True when the value is empty or only white space ({@link String#isBlank()}), without copying it. */
        boolean blank(int field) {
            for (int i = from[field]; i < to[field]; i++) {
                if (!Character.isWhitespace(chars[i])) {
                    return false;
                }
            }
            return true;
        }

        String controlName() {
            return String.format("U+%04X", (int) control);
        }

        /** NUL characters throughout: the signature of UTF-16 text read as UTF-8. */
        boolean nulls() {
            return control == 0;
        }

        String[] values() {
            String[] v = new String[count];
            for (int i = 0; i < count; i++) {
                v[i] = value(i);
            }
            return v;
        }

        /** Line breaks quoted in the values before {@code field} (CR LF counts once). */
        long lineBreaksBefore(int field) {
            long n = 0;
            for (int i = 0; i < field; i++) {
                for (int k = from[i], end = to[i]; k < end; k++) {
                    char c = chars[k];
                    if (c == '\n' || (c == '\r' && (k + 1 == end || chars[k + 1] != '\n'))) {
                        n++;
                    }
                }
            }
            return n;
        }
    }

    /**
     * Fills two {@link Row}s in turn: the reader looks one record ahead, so the row in use must not be
     * overwritten. Also counts the quote characters that are literal parts of unquoted values, for the
     * end-of-file check.
     */
    private static final class Rows extends AbstractBaseCsvCallbackHandler<Row> {
        private final Row a = new Row();
        private final Row b = new Row();
        private Row filling = b;
        long quotesOutsideValues;

        @Override
        protected void handleBegin(long startingLineNumber) {
            filling = filling == a ? b : a;
            filling.clear();
        }

        @Override
        protected void handleField(int fieldIdx, char[] buf, int offset, int len, boolean quoted) {
            filling.add(fieldIdx, buf, offset, len);
            if (!quoted) { // a quoted value's quotes come in pairs in the file, so only these can be odd
                for (int i = offset, end = offset + len; i < end; i++) {
                    if (buf[i] == '"') {
                        quotesOutsideValues++;
                    }
                }
            }
        }

        @Override
        protected Row buildRecord() {
            filling.line = getStartingLineNumber();
            filling.count = getRecordType() == RecordType.EMPTY ? 0 : Math.min(getFieldCount(), MAX_COLUMNS);
            return filling;
        }
    }

    /** Counts quote characters as the parser reads them. */
    private static final class QuoteCountingReader extends FilterReader {
        long quotes;

        QuoteCountingReader(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            int n = in.read(cbuf, off, len);
            long q = 0;
            for (int i = off, end = off + n; i < end; i++) {
                if (cbuf[i] == '"') {
                    q++;
                }
            }
            quotes += q;
            return n;
        }

        @Override
        public int read() throws IOException {
            int c = in.read();
            if (c == '"') {
                quotes++;
            }
            return c;
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
            Row r = nextRecord();
            if (r == null) {
                record = null;
                return false;
            }
            if (r.overlong) {
                problems.add(line, 0, TOO_LONG);
                continue;
            }
            if (r.tooWide) {
                problems.add(line, 0, "the row has more than " + MAX_COLUMNS + " values but the header has " + width + " columns");
                continue;
            }
            if (r.controlAt >= 0 && r.controlAt < width) {
                long at = line + r.lineBreaksBefore(r.controlAt);
                problems.add(at, r.controlAt + 1, "the value holds a control character (" + r.controlName()
                        + (r.nulls() ? ", a NUL" : "") + "); values must be plain text");
                continue;
            }
            int size = r.count;
            if (size == 0 || (size == 1 && width > 1 && r.from[0] == r.to[0])) {
                if (width > 1) {
                    continue; // a blank line
                }
                r.count = 1; // in a one-column file, a blank line is a row whose only value is empty
                r.from[0] = 0;
                r.to[0] = 0;
                size = 1;
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

    /** The 1-based position of a spec column in the file's header, 0 when the file lacks it. */
    int fileColumn(int column) {
        return index[column] + 1;
    }

    List<String> extraNames() {
        return List.copyOf(extraNames);
    }

    /** The trimmed value of a spec column in the current row; "" when the column is absent. */
    String text(int column) {
        int i = index[column];
        if (i < 0) {
            return "";
        }
        char[] c = record.chars;
        int from = record.from[i];
        int to = record.to[i];
        while (from < to && c[from] <= ' ') { // as String.trim()
            from++;
        }
        while (to > from && c[to - 1] <= ' ') {
            to--;
        }
        if (from == to) {
            return "";
        }
        return uncached[column] ? new String(c, from, to - from) : cached(column, c, from, to);
    }

    /** The String of a cell, shared with an earlier cell of the same column that held the same text. */
    private String cached(int column, char[] c, int from, int to) {
        int h = 0;
        for (int k = from; k < to; k++) {
            h = 31 * h + c[k];
        }
        String[] seen = seenValues[column];
        int slot = (h ^ (h >>> 16)) & (SEEN - 1);
        String s = seen[slot];
        int len = to - from;
        // String.hashCode is the same polynomial and is cached in the String, so this compares cheaply
        lookups[column]++;
        if (s != null && s.length() == len && s.hashCode() == h && same(s, c, from, len)) {
            return s;
        }
        s = new String(c, from, len);
        seen[slot] = s;
        if (++misses[column] == MISSES_BEFORE_GIVING_UP && lookups[column] < 2 * MISSES_BEFORE_GIVING_UP) {
            uncached[column] = true; // mostly distinct values (ids): not worth looking up
        }
        return s;
    }

    private static boolean same(String s, char[] c, int from, int len) {
        for (int k = 0; k < len; k++) {
            if (s.charAt(k) != c[from + k]) {
                return false;
            }
        }
        return true;
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

    /** A note about one cell of the current row that does not reject the file (a warning). */
    InputProblem warning(int column, String message) {
        int col = index[column];
        return col < 0 ? new InputProblem(problems.file(), line, 0, message)
                : new InputProblem(problems.file(), lineOf(col), col + 1, message);
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
        return line + record.lineBreaksBefore(col);
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
        if (!Cells.inRange(key)) {
            lastDateKey = -1;
            badValue(column, s, Cells.DATE_RANGE);
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
            entries[i] = Map.entry(extraNames.get(i), record.value(extraIndex[i]));
        }
        return Map.ofEntries(entries);
    }

    /**
     * Reads the remaining rows and counts, for each extra column, the rows where it is blank: the upload
     * summary's missing-value counts, without building a value or a map per cell.
     */
    long[] blankExtras() {
        int n = extraIndex.length;
        long[] blanks = new long[n];
        while (next()) {
            for (int i = 0; i < n; i++) {
                if (record.blank(extraIndex[i])) {
                    blanks[i]++;
                }
            }
        }
        return blanks;
    }

    /** Extras in column order, for the small files whose records keep no separate column list. */
    Map<String, String> orderedExtras() {
        int n = extraIndex.length;
        if (n == 0) {
            return Map.of();
        }
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            m.put(extraNames.get(i), record.value(extraIndex[i]));
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
        try {
            parser.close();
        } catch (IOException e) {
            // nothing was written; a failed close of a reader loses nothing
        }
    }
}
