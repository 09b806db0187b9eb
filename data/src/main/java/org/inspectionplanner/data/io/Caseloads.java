package org.inspectionplanner.data.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Caseload;

/**
 * Reads a caseload in whichever layout it comes: the project's caseload CSV, or the Ministry of
 * Justice long list as JSON or CSV. The layout is told from the content, not the file name:
 * JSON starts with '[' (or '{', to say it is not an array); a CSV header naming {@code crn} but not {@code case_id} is a long list.
 */
public final class Caseloads {

    private static final int PEEK = 1 << 16;

    private Caseloads() {
    }

    public static Caseload read(Path file) {
        try (InputStream in = InputFiles.open(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), "file not found");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "cannot read the file: " + e.getMessage());
        }
    }

    public static Caseload read(InputStream in, String source) {
        return read(in, source, c -> true);
    }

    /**
     * Reads either layout, checking every row but keeping only the cases {@code keep} accepts (see
     * {@link CaseloadCsv#read(Reader, String, Predicate)}); {@code keep} sees every case once, in file order.
     */
    public static Caseload read(InputStream in, String source, Predicate<CaseRecord> keep) {
        Sniffed s = sniff(in);
        if (s.json() || s.longListCsv()) {
            // a long list is one PDU's few thousand rows, and its person ids need every row: filter it whole
            Caseload all = s.json() ? MojLongList.readJson(s.reader(), source) : MojLongList.readCsv(s.reader(), source);
            return new Caseload(all.source(), all.extraColumns(), all.cases().stream().filter(keep).toList());
        }
        return CaseloadCsv.read(s.reader(), source, keep);
    }

    /** What the start of a file says about its layout, and a reader positioned at its start. */
    record Sniffed(boolean json, boolean longListCsv, Reader reader) {
    }

    static Sniffed sniff(InputStream raw) {
        BufferedInputStream in = new BufferedInputStream(raw, PEEK);
        try {
            in.mark(PEEK);
            byte[] head = in.readNBytes(PEEK);
            in.reset();
            String text = new String(head, StandardCharsets.UTF_8);
            int i = 0;
            while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
                i++;
            }
            boolean json = i < text.length() && (text.charAt(i) == '[' || text.charAt(i) == '{');
            int eol = text.indexOf('\n', i);
            String header = (eol < 0 ? text.substring(i) : text.substring(i, eol)).toLowerCase(Locale.ROOT);
            boolean longList = false;
            if (!json) {
                boolean crn = false;
                boolean caseId = false;
                for (String name : header.split(",")) {
                    String n = name.trim().replace("\"", "");
                    crn |= n.equals("crn");
                    caseId |= n.equals("case_id");
                }
                longList = crn && !caseId;
            }
            return new Sniffed(json, longList, CsvInput.utf8(in));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
