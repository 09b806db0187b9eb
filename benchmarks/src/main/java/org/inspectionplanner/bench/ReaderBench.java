package org.inspectionplanner.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.demo.CaseloadGenerator;
import org.inspectionplanner.data.demo.CaseloadSpec;
import org.inspectionplanner.data.io.CaseloadCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The caseload reader (validation and model building) against a bare Commons CSV parse of the same
 * file, in the same process: a warm-up of each, then alternating timed runs. Target: reader time
 * within 1.5x of the bare parse, and the reader under 1 GiB of heap (run with -Xmx1g).
 */
@Command(name = "reader", mixinStandardHelpOptions = true,
        description = "Benchmark: the caseload reader against a bare Commons CSV parse of the same file.")
public final class ReaderBench implements Callable<Integer> {

    static final double TARGET_RATIO = 1.5;

    @Spec
    CommandSpec spec;

    @Option(names = "--rows", defaultValue = "1000000", description = "Rows to generate (default ${DEFAULT-VALUE}); ignored with --file.")
    long rows;

    @Option(names = "--file", description = "Read this caseload file instead of a generated one.")
    Path file;

    @Option(names = "--seed", defaultValue = "7", description = "Seed of the generated caseload (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--repetitions", defaultValue = "3", description = "Timed runs of each, alternating (default ${DEFAULT-VALUE}).")
    int repetitions;

    private long sink; // keeps the JIT from discarding the work

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (rows < 1 || repetitions < 1) {
            throw new IllegalArgumentException("--rows and --repetitions must be at least 1");
        }
        Path input = file;
        boolean temporary = false;
        if (input == null) {
            input = Files.createTempFile("caseload-bench-", ".csv");
            temporary = true;
            long t = System.nanoTime();
            writeCaseload(input, rows, seed);
            out.printf(Locale.ROOT, "generated %,d rows (%,.1f MB) in %.1f s: %s%n", rows, Files.size(input) / 1e6,
                    (System.nanoTime() - t) / 1e9, input);
        } else if (!Files.isReadable(input)) {
            throw new IllegalArgumentException("cannot read --file " + input);
        }
        try {
            run(input, out);
        } finally {
            if (temporary) {
                Files.deleteIfExists(input);
            }
        }
        return Bench.OK;
    }

    /** Streams a generated caseload of exactly {@code rows} rows to a file, holding one PDU at a time. */
    static void writeCaseload(Path target, long rows, long seed) {
        CaseloadSpec spec = CaseloadSpec.defaults().withSeed(seed).sizedFor(Math.round(rows * 1.05) + 100);
        try (CaseloadCsv.CaseRows out = CaseloadCsv.open(target, List.of(), List.of())) {
            CaseloadGenerator.stream(spec).limit(rows).forEach(c -> out.write(c, List.of()));
        }
    }

    private void run(Path input, PrintWriter out) throws IOException {
        out.println("warm-up ...");
        out.flush();
        long n = bareParse(input);
        Caseload warm = CaseloadCsv.read(input);
        if (warm.cases().size() != n) {
            throw new IllegalStateException("the reader read " + warm.cases().size() + " rows, the bare parse " + n);
        }
        warm = null;

        long[] bare = new long[repetitions];
        long[] reader = new long[repetitions];
        long retained = 0;
        long peak = 0;
        for (int r = 0; r < repetitions; r++) {
            long t = System.nanoTime();
            bareParse(input);
            bare[r] = System.nanoTime() - t;

            long before = usedAfterGc();
            resetPeaks();
            t = System.nanoTime();
            Caseload caseload = CaseloadCsv.read(input);
            reader[r] = System.nanoTime() - t;
            peak = Math.max(peak, peakHeap());
            retained = Math.max(retained, usedAfterGc() - before);
            sink += caseload.cases().size();
            caseload = null;
            out.printf(Locale.ROOT, "  run %d: bare %.2f s, reader %.2f s%n", r + 1, bare[r] / 1e9, reader[r] / 1e9);
            out.flush();
        }
        double bareS = median(bare) / 1e9;
        double readerS = median(reader) / 1e9;
        double ratio = readerS / bareS;
        out.printf(Locale.ROOT, "rows                 %,d (%,.1f MB)%n", n, Files.size(input) / 1e6);
        out.printf(Locale.ROOT, "bare Commons CSV     %,.0f rows/s (median %.2f s of %d)%n", n / bareS, bareS, repetitions);
        out.printf(Locale.ROOT, "caseload reader      %,.0f rows/s (median %.2f s of %d)%n", n / readerS, readerS, repetitions);
        out.printf(Locale.ROOT, "ratio reader/bare    %.2fx (target <= %.1fx): %s%n", ratio, TARGET_RATIO, ratio <= TARGET_RATIO ? "MET" : "NOT MET");
        out.printf(Locale.ROOT, "reader heap          %,.0f MiB held by the caseload, %,.0f MiB peak (max heap %,.0f MiB; target < 1024): %s%n",
                retained / 1048576.0, peak / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0,
                peak < 1024L * 1048576 ? "MET" : "NOT MET");
        out.flush();
        if (sink == 42) {
            out.println();
        }
    }

    /** Every record and every field touched, nothing validated or built: the floor for any CSV reader. */
    private long bareParse(Path input) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        long rowsRead = 0;
        long chars = 0;
        try (Reader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                for (int i = 0; i < record.size(); i++) {
                    chars += record.get(i).length();
                }
                rowsRead++;
            }
        }
        sink += chars;
        return rowsRead;
    }

    private static long usedAfterGc() {
        System.gc();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of the heap in use at any moment. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static double median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2.0;
    }
}
