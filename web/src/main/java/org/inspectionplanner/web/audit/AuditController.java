package org.inspectionplanner.web.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/audit}: the newest entries first (ADMIN only, see SecurityConfig). */
@RestController
@Validated
class AuditController {

    record AuditEntry(long id, Instant at, String username, AuditAction action, String target, String detail) {
        static AuditEntry of(AuditEvent e) {
            return new AuditEntry(e.getId(), e.getOccurredAt(), e.getUsername(), e.getAction(), e.getTarget(), e.getDetail());
        }
    }

    private final AuditEventRepository events;

    AuditController(AuditEventRepository events) {
        this.events = events;
    }

    @GetMapping("/api/audit")
    List<AuditEntry> list(@RequestParam(required = false) AuditAction action,
            @RequestParam(defaultValue = "200") @Min(1) @Max(5000) int limit) {
        PageRequest page = PageRequest.of(0, limit);
        List<AuditEvent> found = action == null
                ? events.findAllByOrderByIdDesc(page)
                : events.findByActionOrderByIdDesc(action, page);
        return found.stream().map(AuditEntry::of).toList();
    }
}
