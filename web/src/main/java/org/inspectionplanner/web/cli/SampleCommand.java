package org.inspectionplanner.web.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.inspectionplanner.sampler.SampleJob;
import org.inspectionplanner.sampler.SampleRequest;
import org.inspectionplanner.sampler.SampleResult;
import org.inspectionplanner.sampler.SamplingMethod;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code sample}: draws a case sample by a published method and writes sample.csv, reserves.csv,
 * exclusions.csv and report.json (see docs/sampling.md). Warnings (unmet quotas, a target not
 * reached) go to stderr; the files are written all the same.
 */
@Command(name = "sample", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Draw a case sample by a published method (docs/sampling.md).")
public final class SampleCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--caseload", required = true, paramLabel = "FILE", description = "Caseload extract: the caseload CSV, or the MoJ long list (CSV or JSON).")
    Path caseload;

    @Option(names = "--fieldwork-start", paramLabel = "YYYY-MM-DD",
            description = "First day of fieldwork, a Monday (not with --fieldwork-plan).")
    LocalDate fieldworkStart;

    @Option(names = "--method", paramLabel = "NAME", defaultValue = "pdu-cohort",
            description = "pdu-cohort (default), quality-impact, omi2, rosh-thematic, stratified-shortlist.")
    String method;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the output files.")
    Path out;

    @Option(names = "--pdu", paramLabel = "NAME", description = "Restrict to one PDU.")
    String pdu;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (one is chosen and recorded if absent).")
    Long seed;

    @Option(names = "--target-size", paramLabel = "N", description = "Sample size to reduce to (or top up to).")
    Integer targetSize;

    @Option(names = "--top-up", description = "Fill a cohort below --target-size from the window.")
    boolean topUp;

    @Option(names = "--confidence", paramLabel = "C", description = "Confidence level for the size, e.g. 0.95.")
    Double confidence;

    @Option(names = "--margin", paramLabel = "M", description = "Margin of error for the size, e.g. 0.05.")
    Double margin;

    @Option(names = "--min-female", paramLabel = "N", description = "Minimum female cases.")
    Integer minFemale;

    @Option(names = "--min-ethnic-minority", paramLabel = "N", description = "Minimum ethnic-minority cases.")
    Integer minEthnicMinority;

    @Option(names = "--min-high-rosh", paramLabel = "N", description = "Minimum high/very high RoSH cases.")
    Integer minHighRosh;

    @Option(names = "--max-per-practitioner", paramLabel = "N", description = "Practitioner cap: none by default, 6 for stratified-shortlist (the MoJ sampler's).")
    Integer maxPerPractitioner;

    @Option(names = "--reserves", paramLabel = "N", description = "Reserves wanted (default 20%% of the sample).")
    Integer reserves;

    @Option(names = "--allow-adjacent-weeks", description = "Let pdu-cohort pair two adjacent weeks.")
    boolean allowAdjacentWeeks;

    @Option(names = "--from", paramLabel = "DATE", description = "Start-date window, first day (inclusive).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Start-date window, last day (inclusive).")
    LocalDate to;

    @Option(names = "--sub-sample", paramLabel = "NAME=N", description = "A nested sub-sample, e.g. INTERVIEWS=40.")
    Map<String, Integer> subSamples = new LinkedHashMap<>();

    @Option(names = "--fieldwork-plan", paramLabel = "FILE",
            description = "CSV with columns pdu, fieldwork_start and optionally inspection_id (schedule's"
                    + " fieldwork-plan.csv): one sample per row, each in its own subfolder.")
    Path fieldworkPlan;

    @Override
    public Integer call() throws Exception {
        InputKind.check("--caseload", caseload, InputKind.CASELOAD, InputKind.SAMPLE);
        if (fieldworkPlan != null) {
            InputKind.check("--fieldwork-plan", fieldworkPlan, InputKind.FIELDWORK_PLAN);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        SamplingMethod samplingMethod = SamplingMethod.fromCliName(method);
        if (fieldworkPlan != null) {
            if (fieldworkStart != null || pdu != null) {
                throw new IllegalArgumentException("--fieldwork-plan gives each PDU and its fieldwork start:"
                        + " leave out --fieldwork-start and --pdu");
            }
            SampleRequest base = request(samplingMethod, null);
            Map<String, SampleResult> results = SampleJob.runPlan(caseload, fieldworkPlan, base, out);
            results.forEach((folder, result) -> {
                summary(stdout, out.resolve(folder), result);
                result.warnings().forEach(w -> stderr.println("warning: " + folder + ": " + w));
            });
            stdout.println(results.size() + " samples drawn into " + out);
        } else {
            if (fieldworkStart == null) {
                throw new IllegalArgumentException("--fieldwork-start is required (or --fieldwork-plan)");
            }
            SampleResult result = SampleJob.run(caseload, request(samplingMethod, pdu), out);
            summary(stdout, out, result);
            result.warnings().forEach(w -> stderr.println("warning: " + w));
        }
        stdout.flush();
        stderr.flush();
        return Cli.OK;
    }

    private SampleRequest request(SamplingMethod samplingMethod, String pduName) {
        return new SampleRequest(samplingMethod, fieldworkStart, pduName, seed, targetSize, topUp, confidence, margin,
                minFemale, minEthnicMinority, minHighRosh, maxPerPractitioner, reserves, allowAdjacentWeeks, from, to,
                subSamples);
    }

    private static void summary(PrintWriter out, Path dir, SampleResult result) {
        var report = result.report();
        var counts = report.counts();
        String pduName = (String) report.parameters().get("pdu");
        out.printf("%s%s: %d cases sampled of %d eligible (%d in the window, %d excluded), %d reserves%s; seed %d -> %s%n",
                report.method(), pduName == null ? "" : " " + pduName, counts.selected(), counts.eligible(),
                counts.inWindow(), counts.inWindow() - counts.eligible(), counts.reserves(),
                report.chosenWeeks().isEmpty() ? "" : "; weeks " + report.chosenWeeks(), report.seed(), dir);
        if (report.deviationSummary() != null) {
            out.println(report.deviationSummary()); // every case added or moved out is in report.json deviations
        }
    }
}
