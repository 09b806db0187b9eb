package org.inspectionplanner.planner.allocation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.inspectionplanner.data.io.CsvOutput;
import org.inspectionplanner.data.io.Json;

/**
 * The files of an allocation: {@code allocation.csv} (one row per case, in sample order) and
 * {@code report.json} (the {@link AllocationReport}). Every CSV cell goes through the project's
 * formula-neutralising writer.
 */
public final class AllocationOutput {

    public static final String ALLOCATION_CSV = "allocation.csv";
    public static final String REPORT_JSON = "report.json";
    public static final List<String> COLUMNS = List.of("case_id", "inspector_id", "interview_date", "interview_time",
            "weight", "pinned", "reason", "reason_message");

    private AllocationOutput() {
    }

    /** File name to bytes (UTF-8), in a fixed order: for a web download or a zip. */
    public static Map<String, byte[]> files(AllocationSolution solution, AllocationReport report) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(ALLOCATION_CSV, allocationCsv(solution, report.unassigned()).getBytes(StandardCharsets.UTF_8));
        files.put(REPORT_JSON, Json.toJson(report).getBytes(StandardCharsets.UTF_8));
        return files;
    }

    /** Writes every file into {@code dir}, creating it if needed. */
    public static void writeTo(Path dir, AllocationSolution solution, AllocationReport report) {
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, byte[]> file : files(solution, report).entrySet()) {
                Files.write(dir.resolve(file.getKey()), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One row per case. An assigned case has its inspector and, with a practitioner, the interview date and
     * time; an unassigned case has an empty inspector_id, its reason codes ({@code ;}-joined) and a message.
     */
    public static String allocationCsv(AllocationSolution solution, List<UnassignedCase> unassigned) {
        Map<String, UnassignedCase> reasons = unassigned.stream()
                .collect(Collectors.toMap(UnassignedCase::caseId, Function.identity()));
        StringBuilder out = new StringBuilder();
        try (CsvOutput csv = CsvOutput.to(out)) {
            csv.row(COLUMNS);
            for (CaseAllocation c : solution.getCases()) {
                boolean assigned = c.isAssigned();
                UnassignedCase reason = reasons.get(c.getCaseId());
                csv.row(c.getCaseId(),
                        assigned ? c.getInspector().getId() : "",
                        assigned && c.getSlot() != null ? c.getSlot().getDay().toString() : "",
                        assigned && c.getSlot() != null ? c.getSlot().getTime().toString() : "",
                        BigDecimal.valueOf(c.getWeight(), 2).stripTrailingZeros().toPlainString(),
                        Boolean.toString(c.isPinned()),
                        assigned || reason == null ? "" : reason.reasonCodes(),
                        assigned || reason == null ? "" : reason.message());
            }
        }
        return out.toString();
    }
}
