package org.inspectionplanner.web.retention;

import java.time.Instant;
import java.time.LocalDate;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.web.audit.AuditAction;
import org.inspectionplanner.web.audit.AuditLog;
import org.inspectionplanner.web.dataset.Dataset;
import org.inspectionplanner.web.dataset.DatasetRepository;
import org.inspectionplanner.web.dataset.DatasetService;
import org.inspectionplanner.web.security.CurrentUser;
import org.inspectionplanner.web.security.Role;
import org.inspectionplanner.web.support.NotFoundException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/datasets/{id}/retention}: when the dataset will be deleted and why (whoever may read
 * it, and ADMIN); {@code PUT} (ADMIN only): keep it, and its samples, until a later day, with a reason (audited).
 */
@RestController
@EnableScheduling
class RetentionController {

    record Retention(Instant deleteAt, String date, String because) {
        static Retention of(RetentionPolicy.Deadline d) {
            return new Retention(d.at(), d.date(), d.because());
        }
    }

    record KeepLonger(LocalDate keepUntil, String reason) {
    }

    private static final int MAX_YEARS = 10;

    private final DatasetRepository datasets;
    private final DatasetService readable;
    private final RetentionPolicy policy;
    private final AuditLog audit;
    private final TransactionTemplate tx;

    RetentionController(DatasetRepository datasets, DatasetService readable, RetentionPolicy policy, AuditLog audit,
            TransactionTemplate tx) {
        this.datasets = datasets;
        this.readable = readable;
        this.policy = policy;
        this.audit = audit;
        this.tx = tx;
    }

    @GetMapping("/api/datasets/{id}/retention")
    Retention get(@PathVariable long id) {
        // an administrator sets retention, so sees it for every kind; the others as they may read the dataset
        Dataset dataset = CurrentUser.role() == Role.ADMIN ? find(id) : readable.get(id);
        return Retention.of(policy.ofDataset(dataset));
    }

    @PutMapping("/api/datasets/{id}/retention")
    Retention keep(@PathVariable long id, @RequestBody KeepLonger request) {
        Dataset dataset = find(id);
        if (request.keepUntil() == null) {
            throw new InvalidInputException("keepUntil", "give the day until which the dataset is kept");
        }
        if (request.reason() == null || request.reason().isBlank() || request.reason().length() > 1000) {
            throw new InvalidInputException("reason", "give the reason for keeping it longer (at most 1000 characters)");
        }
        Instant until = request.keepUntil().plusDays(1).atStartOfDay(RetentionPolicy.LONDON).toInstant();
        Instant normal = policy.ofDataset(dataset.getKind(), dataset.getUploadedAt(), null, null).at();
        if (!until.isAfter(normal)) {
            throw new InvalidInputException("keepUntil", "the dataset is kept until " + policy.ofDataset(dataset.getKind(),
                    dataset.getUploadedAt(), null, null).date() + " anyway; give a later day");
        }
        if (request.keepUntil().isAfter(LocalDate.now(RetentionPolicy.LONDON).plusYears(MAX_YEARS))) {
            throw new InvalidInputException("keepUntil", "at most " + MAX_YEARS + " years from today");
        }
        Dataset kept = tx.execute(s -> {
            Dataset d = find(id);
            d.keepUntil(until, request.reason().strip());
            return datasets.save(d);
        });
        audit.record(AuditAction.RETENTION_EXTENDED, "dataset:" + id, "until " + request.keepUntil() + ": " + request.reason().strip());
        return Retention.of(policy.ofDataset(kept));
    }

    private Dataset find(long id) {
        return datasets.findById(id).orElseThrow(() -> new NotFoundException("Dataset " + id));
    }
}
