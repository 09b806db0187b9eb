package org.inspectionplanner.sampler;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.io.Caseloads;
import org.inspectionplanner.data.io.InputFiles;
import org.inspectionplanner.data.io.InputProblem;
import org.inspectionplanner.data.io.InvalidInputException;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Files in, files out: reads a caseload file (hashing it as it is read), samples, writes the outputs.
 * What the CLI and the benchmark run; the web service can call {@link Sampler} directly.
 */
public final class SampleJob {

    private SampleJob() {
    }

    /** A caseload read from a file, with the file's name (without folders) and SHA-256. */
    public record InputFile(Caseload caseload, String fileName, String sha256) {
    }

    /** Reads (either layout: caseload CSV or the MoJ long list) and hashes a caseload file in one pass. */
    public static InputFile read(Path file) {
        return read(file, c -> true);
    }

    private static InputFile read(Path file, Predicate<CaseRecord> keep) {
        try (InputStream raw = InputFiles.open(file)) {
            return read(raw, file.getFileName().toString(), file.toString(), keep);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file.toString(), "file not found");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and hashes a caseload from a stream (an upload, say); {@code fileName} is recorded in the
     * report, {@code source} names the input in error messages. The caller closes the stream.
     */
    public static InputFile read(InputStream in, String fileName, String source) {
        return read(in, fileName, source, c -> true);
    }

    /** A caseload file read for some runs: the cases their windows need, and what the whole file held. */
    record WindowedInput(IndexedCaseload caseload, String fileName, String sha256) {
    }

    /**
     * Reads and hashes a caseload file for {@code runs}, checking every row but holding only the cases their
     * windows screen ({@link CaseWindows}); their samples are the same as from the whole file.
     */
    static WindowedInput readFor(Path file, List<SampleRequest> runs) {
        CaseWindows windows = CaseWindows.of(runs);
        InputFile input = read(file, windows);
        return new WindowedInput(IndexedCaseload.of(input.caseload(), windows.whole()), input.fileName(),
                input.sha256());
    }

    private static InputFile read(InputStream in, String fileName, String source, Predicate<CaseRecord> keep) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        DigestInputStream digest = new DigestInputStream(in, sha);
        // the readers close what they read; keep the stream open to hash any bytes they leave unread
        InputStream unclosed = new FilterInputStream(digest) {
            @Override
            public void close() {
            }
        };
        Caseload caseload = Caseloads.read(unclosed, source, keep);
        try {
            digest.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new InputFile(caseload, fileName, HexFormat.of().formatHex(sha.digest()));
    }

    /** One sample into {@code outDir}. */
    public static SampleResult run(Path caseloadFile, SampleRequest request, Path outDir) throws IOException {
        request.validate(); // usage errors before reading a large file
        WindowedInput input = readFor(caseloadFile, List.of(request));
        SampleResult result = Sampler.sample(input.caseload(), input.fileName(), input.sha256(), request);
        SampleOutput.write(result, outDir);
        return result;
    }

    /**
     * One sample per row of the plan, each into its own subfolder of {@code outDir} (named from the
     * inspection and the PDU, e.g. {@code ins004-leeds}, or the PDU alone), all from one read of the
     * caseload. Every PDU is checked against the caseload before anything is drawn. Returns the
     * results by subfolder name, in plan order; all draws share one seed.
     */
    public static Map<String, SampleResult> runPlan(Path caseloadFile, Path planFile, SampleRequest base, Path outDir)
            throws IOException {
        List<FieldworkPlan.Entry> plan = FieldworkPlan.read(planFile);
        base.forPdu(null, plan.get(0).fieldworkStart()).validate();
        List<SampleRequest> runs = new ArrayList<>();
        plan.forEach(e -> runs.add(base.forPdu(e.pdu(), e.fieldworkStart())));
        WindowedInput input = readFor(caseloadFile, runs);
        IndexedCaseload indexed = input.caseload();
        List<InputProblem> unknown = unknownPdus(plan, indexed.pdus(), planFile.getFileName().toString(),
                input.fileName());
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        long seed = base.seed() != null ? base.seed() : new java.security.SecureRandom().nextLong();
        Map<String, SampleResult> results = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (FieldworkPlan.Entry entry : plan) {
            SampleRequest one = base.forPdu(entry.pdu(), entry.fieldworkStart()).withSeed(seed);
            SampleResult result = Sampler.sample(indexed, input.fileName(), input.sha256(), one);
            String folder = folderName(entry.label(), used);
            SampleOutput.write(result, outDir.resolve(folder));
            results.put(folder, result);
        }
        return results;
    }

    /**
     * A problem for every plan row whose PDU the caseload does not hold, naming its inspection and up
     * to three caseload PDUs with the closest names (edit distance, ignoring case), so that a
     * misspelt or renamed PDU is quick to fix.
     */
    public static List<InputProblem> unknownPdus(List<FieldworkPlan.Entry> plan, Collection<String> caseloadPdus,
            String planName, String caseloadName) {
        List<InputProblem> unknown = new ArrayList<>();
        for (FieldworkPlan.Entry e : plan) {
            if (!caseloadPdus.contains(e.pdu())) {
                List<String> closest = closest(e.pdu(), caseloadPdus, 3);
                unknown.add(new InputProblem(planName, e.line(), e.pduColumn(), (e.inspectionId() == null ? ""
                        : "inspection '" + e.inspectionId() + "': ") + "PDU '" + e.pdu() + "' is not in the caseload "
                        + caseloadName + (closest.isEmpty() ? "" : "; the closest PDU names there are "
                        + closest.stream().map(n -> "'" + n + "'").collect(java.util.stream.Collectors.joining(", ")))));
            }
        }
        return unknown;
    }

    static List<String> closest(String name, Collection<String> names, int n) {
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String key = name.toLowerCase(Locale.ROOT);
        return names.stream()
                .sorted(java.util.Comparator.<String>comparingInt(c -> distance.apply(key, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(c -> c))
                .limit(n)
                .toList();
    }

    /** A folder name from a PDU name: lower case letters and digits joined by '-', unique in the run. */
    static String folderName(String pdu, Set<String> used) {
        String base = pdu.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.isEmpty()) {
            base = "pdu";
        }
        String name = base;
        for (int n = 2; !used.add(name); n++) {
            name = base + "-" + n;
        }
        return name;
    }
}
