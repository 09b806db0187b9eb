package org.inspectionplanner.web.audit;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.inspectionplanner.data.io.CsvOutput;
import org.inspectionplanner.data.io.InvalidInputException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/audit/export.csv?from=DATE&to=DATE} (ADMIN): the audit log between two days
 * (inclusive, UK time), oldest first, as CSV. Every cell goes through {@link CsvOutput}, so a
 * username or file name starting with = + - @ cannot run as a formula in a spreadsheet.
 */
@RestController
class AuditExport {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final List<String> HEADER = List.of("id", "occurred_at", "username", "action", "target", "detail");

    private final AuditEventRepository events;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    AuditExport(AuditEventRepository events, AuditLog audit, TransactionTemplate tx) {
        this.events = events;
        this.audit = audit;
        this.tx = tx;
    }

    @GetMapping("/api/audit/export.csv")
    ResponseEntity<StreamingResponseBody> export(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "the last day " + to + " is before the first day " + from);
        }
        Instant start = from.atStartOfDay(LONDON).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(LONDON).toInstant();
        audit.record(AuditAction.AUDIT_EXPORT, null, from + " to " + to);
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CsvOutput csv = CsvOutput.to(writer);
            csv.row(HEADER);
            tx.executeWithoutResult(s -> {
                try (Stream<AuditEvent> rows = events.streamByOccurredAtGreaterThanEqualAndOccurredAtLessThanOrderById(start, end)) {
                    rows.forEach(e -> csv.row(String.valueOf(e.getId()), e.getOccurredAt().toString(), e.getUsername(),
                            e.getAction().name(), nullToEmpty(e.getTarget()), nullToEmpty(e.getDetail())));
                }
            });
            csv.flush();
            writer.flush();
        };
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit-" + from + "-to-" + to + ".csv\"")
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .body(body);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
