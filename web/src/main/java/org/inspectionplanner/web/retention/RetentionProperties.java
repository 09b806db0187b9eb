package org.inspectionplanner.web.retention;

import java.time.Duration;
import org.inspectionplanner.web.dataset.DatasetKind;
import org.inspectionplanner.web.job.JobKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each kind is kept after it was stored ({@code inspection-planner.retention.*}, e.g.
 * {@code caseload=180d}). Case-level data (caseloads, samples, allocations) the shortest; the programme's
 * own inputs, which hold no personal data, longest. Documented in docs/web.md ("Your data").
 *
 * @param runAt when the daily deletion of what has expired runs (a cron expression)
 */
@ConfigurationProperties("inspection-planner.retention")
public record RetentionProperties(
        @DefaultValue("180d") Duration caseload,
        @DefaultValue("365d") Duration inspectors,
        @DefaultValue("730d") Duration inspections,
        @DefaultValue("730d") Duration capacity,
        @DefaultValue("730d") Duration calendar,
        @DefaultValue("180d") Duration sample,
        @DefaultValue("180d") Duration allocation,
        @DefaultValue("730d") Duration schedule,
        @DefaultValue("0 30 2 * * *") String runAt) {

    public Duration of(DatasetKind kind) {
        return switch (kind) {
            case CASELOAD -> caseload;
            case INSPECTORS -> inspectors;
            case INSPECTIONS -> inspections;
            case CAPACITY -> capacity;
            case CALENDAR -> calendar;
        };
    }

    public Duration of(JobKind kind) {
        return kind == JobKind.ALLOCATION ? allocation : schedule;
    }
}
