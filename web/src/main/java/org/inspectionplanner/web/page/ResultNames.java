package org.inspectionplanner.web.page;

import java.time.LocalDate;
import java.time.ZoneId;
import org.inspectionplanner.web.dataset.DatasetRepository;
import org.inspectionplanner.web.job.JobKind;
import org.inspectionplanner.web.job.SolveJobRepository;
import org.inspectionplanner.web.sample.SampleNames;
import org.inspectionplanner.web.sample.SampleService;
import org.inspectionplanner.web.schedule.ScheduleNames;
import org.inspectionplanner.web.security.AppUserRepository;
import org.springframework.stereotype.Component;

/**
 * A stored result named by what it is from its reference, for the pages that list references (the audit log,
 * a deletion and what it takes with it): named by what it is ("Sample of Leeds, fieldwork 5 January 2026, 25 cases,
 * drawn by planner on 6 December 2026", "Allocation of" that sample, a programme, "demo-caseload.csv (caseload)",
 * "User alice") instead of the log's
 * reference ({@code sample:29}), which the page keeps beside it for the API. Something deleted since says so.
 */
@Component
public class ResultNames {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final SampleService samples;
    private final SampleNames sampleNames;
    private final SolveJobRepository jobs;
    private final ScheduleNames scheduleNames;
    private final DatasetRepository datasets;
    private final AppUserRepository users;
    private final com.fasterxml.jackson.databind.ObjectMapper json;

    ResultNames(SampleService samples, SampleNames sampleNames, SolveJobRepository jobs, ScheduleNames scheduleNames,
            DatasetRepository datasets, AppUserRepository users, com.fasterxml.jackson.databind.ObjectMapper json) {
        this.json = json;
        this.samples = samples;
        this.sampleNames = sampleNames;
        this.jobs = jobs;
        this.scheduleNames = scheduleNames;
        this.datasets = datasets;
        this.users = users;
    }

    /** The result of {@code type} ("sample", "dataset", "allocation", "schedule", "job", "user") in words. */
    public String name(String type, long id) {
        return name(type + ":" + id);
    }

    /** The reference ("sample:29") in words; a reference it cannot read is shown as it is. */
    public String name(String reference) {
        if (reference == null || reference.isBlank()) {
            return "";
        }
        int colon = reference.indexOf(':');
        String type = colon < 0 ? "" : reference.substring(0, colon);
        String key = colon < 0 ? "" : reference.substring(colon + 1);
        Long id = number(key);
        return switch (type) {
            case "sample" -> id == null ? reference
                    : samples.find(id).map(sampleNames::name).map(n -> "Sample of " + n).orElse("A sample since deleted");
            case "job", "allocation", "schedule" -> id == null ? reference : jobs.findById(id).map(this::plan)
                    .orElse("A plan since deleted");
            case "dataset" -> id == null ? reference : datasets.findById(id)
                    .map(d -> d.getName() + " (" + Words.constant(d.getKind().name()).toLowerCase(java.util.Locale.UK) + ")")
                    .orElse("A file since deleted");
            case "user" -> id == null ? "User " + key
                    : users.findById(id).map(u -> "User " + u.getUsername()).orElse("A user since removed");
            default -> reference;
        };
    }

    /** A schedule by its programme; an allocation by its sample, or by who made it when the sample is gone. */
    private String plan(org.inspectionplanner.web.job.SolveJob job) {
        if (job.getKind() == JobKind.SCHEDULE) {
            return scheduleNames.name(job);
        }
        Long sampleId = org.inspectionplanner.web.allocation.AllocationRequest.ofStored(json, job.getRequestJson()).sampleId();
        return (sampleId == null ? java.util.Optional.<String>empty() : samples.find(sampleId).map(sampleNames::name))
                .map(name -> "Allocation of " + name)
                .orElse("Allocation by " + job.getCreatedBy() + " on " + Words.date(LocalDate.ofInstant(job.getCreatedAt(), LONDON)));
    }

    private static Long number(String key) {
        try {
            return Long.valueOf(key);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
