package org.inspectionplanner.web.admin;

import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.inspectionplanner.web.audit.AuditAction;
import org.inspectionplanner.web.audit.AuditEvent;
import org.inspectionplanner.web.audit.AuditEventRepository;
import org.inspectionplanner.web.page.Dates;
import org.inspectionplanner.web.page.PageController;
import org.inspectionplanner.web.page.Words;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Administration: the start page and the audit log as a table, filtered by user, action and dates,
 * newest first, 25 entries a page. The JSON log stays at {@code /api/audit}.
 */
@PageController
@RequestMapping("/admin")
@PreAuthorize("hasRole('ADMIN')")
class AuditPages {

    static final int PAGE_SIZE = 25;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** One entry of the log in words. */
    record Entry(String when, String user, String action, String target, String reference, String detail) {
    }

    /** An action the filter offers, with its words. */
    record ActionChoice(String code, String label) {
    }

    private final AuditEventRepository events;
    private final org.inspectionplanner.web.page.ResultNames targets;

    AuditPages(AuditEventRepository events, org.inspectionplanner.web.page.ResultNames targets) {
        this.events = events;
        this.targets = targets;
    }

    @GetMapping
    String index() {
        return "admin/index";
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String user, @RequestParam(required = false) String action,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(defaultValue = "1") int page, Model model) {
        List<String> errors = new ArrayList<>();
        AuditAction chosen = null;
        if (action != null && !action.isBlank()) {
            try {
                chosen = AuditAction.valueOf(action);
            } catch (IllegalArgumentException e) {
                errors.add("Choose an action from the list");
            }
        }
        LocalDate fromDate = date(from, "From", errors);
        LocalDate toDate = date(to, "To", errors);
        Specification<AuditEvent> filter = filter(user, chosen, fromDate, toDate);
        int current = Math.max(1, page);
        Page<AuditEvent> found = events.findAll(filter, PageRequest.of(current - 1, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "id")));
        model.addAttribute("entries", found.getContent().stream().map(this::entry).toList());
        model.addAttribute("total", found.getTotalElements());
        model.addAttribute("page", current);
        model.addAttribute("pages", Math.max(1, found.getTotalPages()));
        model.addAttribute("user", user == null ? "" : user);
        model.addAttribute("action", chosen == null ? "" : chosen.name());
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        model.addAttribute("actions", Arrays.stream(AuditAction.values()).map(a -> new ActionChoice(a.name(), Words.constant(a.name()))).toList());
        model.addAttribute("filterErrors", errors);
        return "admin/audit";
    }

    private static Specification<AuditEvent> filter(String user, AuditAction action, LocalDate from, LocalDate to) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (user != null && !user.isBlank()) {
                where.add(cb.equal(root.get("username"), user.trim()));
            }
            if (action != null) {
                where.add(cb.equal(root.get("action"), action));
            }
            if (from != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from.atStartOfDay(LONDON).toInstant()));
            }
            if (to != null) {
                where.add(cb.lessThan(root.get("occurredAt"), to.plusDays(1).atStartOfDay(LONDON).toInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static LocalDate date(String text, String label, List<String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date = Dates.parse(text);
        if (date == null) {
            errors.add(label + " must be a real date, like 5/1/2026");
        }
        return date;
    }

    private Entry entry(AuditEvent e) {
        return new Entry(Words.when(e.getOccurredAt()), e.getUsername(), Words.constant(e.getAction().name()),
                targets.name(e.getTarget()), e.getTarget() == null ? "" : e.getTarget(), e.getDetail() == null ? "" : Words.codesIn(e.getDetail()));
    }
}
