package org.inspectionplanner.web.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.web.dataset.DatasetKind;
import org.inspectionplanner.web.deletion.Deletable;
import org.inspectionplanner.web.deletion.DeletionService;
import org.inspectionplanner.web.job.JobKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily (at {@code inspection-planner.retention.run-at}, 02:30 by default) deletes every dataset,
 * sample, allocation and schedule whose retention has ended, with what is derived from it, each
 * audited as EXPIRED. A service that was stopped at that time catches up at the next run.
 */
@Component
public class RetentionJob {

    /** What one run deleted (top-level items; derived ones are in the audit entries). */
    public record Run(int datasets, int samples, int jobs, int failed) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final JdbcTemplate db;
    private final RetentionPolicy policy;
    private final DeletionService deletions;

    RetentionJob(JdbcTemplate db, RetentionPolicy policy, DeletionService deletions) {
        this.db = db;
        this.policy = policy;
        this.deletions = deletions;
    }

    @Scheduled(cron = "${inspection-planner.retention.run-at:0 30 2 * * *}", zone = "Europe/London")
    void daily() {
        Run run = deleteExpired(Instant.now());
        LOG.info("Retention: deleted {} datasets, {} samples and {} solving jobs whose retention ended ({} failed, retried tomorrow)",
                run.datasets(), run.samples(), run.jobs(), run.failed());
    }

    /** Deletes what has expired at {@code now}. */
    public Run deleteExpired(Instant now) {
        int datasets = 0;
        int samples = 0;
        int jobs = 0;
        int failed = 0;
        for (Map<String, Object> d : db.queryForList("select id, kind, uploaded_at, keep_until, keep_reason from dataset order by id")) {
            RetentionPolicy.Deadline deadline = policy.ofDataset(DatasetKind.valueOf((String) d.get("kind")),
                    instant(d.get("uploaded_at")), instant(d.get("keep_until")), (String) d.get("keep_reason"));
            if (!deadline.at().isAfter(now)) {
                if (expire(Deletable.DATASET, id(d), deadline)) {
                    datasets++;
                } else {
                    failed++;
                }
            }
        }
        for (Map<String, Object> s : db.queryForList("select id from sample order by id")) {
            RetentionPolicy.Deadline deadline = policy.sample(id(s));
            if (deadline != null && !deadline.at().isAfter(now)) {
                if (expire(Deletable.SAMPLE, id(s), deadline)) {
                    samples++;
                } else {
                    failed++;
                }
            }
        }
        for (Map<String, Object> j : db.queryForList("select id, kind, created_at from solve_job order by id")) {
            JobKind kind = JobKind.valueOf((String) j.get("kind"));
            RetentionPolicy.Deadline deadline = policy.ofJob(kind, instant(j.get("created_at")));
            if (!deadline.at().isAfter(now)) {
                if (expire(kind == JobKind.ALLOCATION ? Deletable.ALLOCATION : Deletable.SCHEDULE, id(j), deadline)) {
                    jobs++;
                } else {
                    failed++;
                }
            }
        }
        return new Run(datasets, samples, jobs, failed);
    }

    private boolean expire(Deletable kind, long id, RetentionPolicy.Deadline deadline) {
        try {
            deletions.expire(kind, id, "retention ended " + deadline.at() + ": " + deadline.because());
            return true;
        } catch (org.inspectionplanner.web.support.NotFoundException e) {
            return true; // already gone with what it was derived from
        } catch (RuntimeException e) {
            LOG.warn("Retention: could not delete {} {} ({}); the next run tries again", kind.label(), id, e.getClass().getSimpleName());
            return false;
        }
    }

    private static long id(Map<String, Object> row) {
        return ((Number) row.get("id")).longValue();
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
