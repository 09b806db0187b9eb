package org.inspectionplanner.web.inspection;

import org.inspectionplanner.planner.allocation.AllocationReport;
import org.inspectionplanner.web.page.Words;
import org.inspectionplanner.web.sample.SampleNames;
import org.inspectionplanner.web.schedule.ScheduleNames;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.programme.Inspection;
import org.inspectionplanner.planner.programme.ProgrammeOutput;
import org.inspectionplanner.web.dataset.DatasetKind;
import org.inspectionplanner.web.dataset.DatasetService;
import org.inspectionplanner.web.files.FileOwner;
import org.inspectionplanner.web.files.FileStore;
import org.inspectionplanner.web.inspection.InspectionChain.AllocationStep;
import org.inspectionplanner.web.inspection.InspectionChain.SampleStep;
import org.inspectionplanner.web.inspection.InspectionChain.Step;
import org.inspectionplanner.web.job.JobKind;
import org.inspectionplanner.web.job.JobStatus;
import org.inspectionplanner.web.job.SolveJob;
import org.inspectionplanner.web.job.SolveJobService;
import org.inspectionplanner.web.page.CsvRows;
import org.inspectionplanner.web.sample.Sample;
import org.inspectionplanner.web.sample.SampleService;
import org.inspectionplanner.web.sample.SampleStatus;
import org.inspectionplanner.web.support.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Builds each inspection's chain from what is stored: the schedule's schedule.csv, the samples drawn
 * for it (newest per inspection and PDU), and the newest allocation of each of those samples.
 */
@Service
public class InspectionChains {

    private final SolveJobService jobs;
    private final FileStore files;
    private final SampleService samples;
    private final DatasetService datasets;
    private final ObjectMapper json;
    private final SampleNames sampleNames;
    private final ScheduleNames scheduleNames;

    InspectionChains(SolveJobService jobs, FileStore files, SampleService samples, DatasetService datasets,
            ObjectMapper json, SampleNames sampleNames, ScheduleNames scheduleNames) {
        this.sampleNames = sampleNames;
        this.scheduleNames = scheduleNames;
        this.jobs = jobs;
        this.files = files;
        this.samples = samples;
        this.datasets = datasets;
        this.json = json;
    }

    /** Every inspection of the schedule, in schedule.csv order (scheduled by start, then the rest). */
    public List<InspectionChain> forSchedule(long scheduleId) {
        SolveJob schedule = jobs.get(JobKind.SCHEDULE, scheduleId);
        List<Map<String, String>> rows = files.get(FileOwner.JOB, scheduleId, ProgrammeOutput.SCHEDULE_CSV)
                .map(f -> CsvRows.parse(f.getContent())).orElse(List.of());
        Map<String, String> titles = titles(schedule);

        // The newest sample of each inspection and PDU (samples come newest first).
        Map<String, Sample> current = new LinkedHashMap<>();
        for (Sample s : samples.forSchedule(scheduleId)) {
            current.putIfAbsent(s.getInspectionId() + "\u0000" + pdu(s), s);
        }
        Map<Long, SolveJob> allocations = newestAllocationBySample();
        String scheduleName = scheduleNames.name(schedule);

        List<InspectionChain> chains = new ArrayList<>();
        for (Map<String, String> r : rows) {
            String id = r.getOrDefault("inspection_id", "");
            LocalDate start = date(r.get("fieldwork_start"));
            List<SampleStep> steps = new ArrayList<>();
            String pdus = r.getOrDefault("pdus", "");
            for (String pdu : pdus.isBlank() ? List.<String>of() : List.of(pdus.split(";"))) {
                Sample s = current.get(id + "\u0000" + pdu);
                steps.add(s == null ? new SampleStep(pdu, null, null, null, null, false, null, List.of(), null)
                        : sampleStep(pdu, s, start, allocations.get(s.getId())));
            }
            Step scheduled = start != null ? Step.DONE : Step.NOT_STARTED;
            chains.add(new InspectionChain(scheduleId, scheduleName, id, titles.getOrDefault(id, ""), r.getOrDefault("kind", ""),
                    r.getOrDefault("tier", ""), r.getOrDefault("lead", ""), r.getOrDefault("area", ""), start,
                    date(r.get("fieldwork_end")), schedule.getPins().contains(id)
                            || "true".equalsIgnoreCase(r.getOrDefault("pinned", "")),
                    r.getOrDefault("reason_message", ""), List.copyOf(steps), scheduled, sampleState(steps),
                    allocationState(steps)));
        }
        return chains;
    }

    public InspectionChain get(long scheduleId, String inspectionId) {
        return forSchedule(scheduleId).stream().filter(c -> c.inspectionId().equals(inspectionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Inspection " + inspectionId + " of schedule " + scheduleId));
    }

    private SampleStep sampleStep(String pdu, Sample s, LocalDate scheduledStart, SolveJob allocation) {
        JsonNode summary = tree(s.getSummaryJson());
        Integer size = summary.hasNonNull("selected") ? summary.get("selected").asInt() : null;
        List<String> departures = new ArrayList<>();
        if (summary.path("departures").asInt(0) > 0 && summary.hasNonNull("departureSummary")) {
            departures.add(summary.get("departureSummary").asText());
        }
        summary.path("warnings").forEach(w -> departures.add(w.asText()));
        boolean outOfDate = scheduledStart == null || !scheduledStart.equals(s.getFieldworkStart());
        return new SampleStep(pdu, s.getId(), sampleNames.name(s), s.getStatus(), s.getFieldworkStart(), outOfDate, size,
                List.copyOf(departures), allocation == null ? null : allocationStep(allocation));
    }

    private AllocationStep allocationStep(SolveJob job) {
        AllocationReport report = files.get(FileOwner.JOB, job.getId(), "report.json").map(f -> report(f.getContent())).orElse(null);
        Integer unassigned = report == null || report.unassigned() == null ? null : report.unassigned().size();
        Integer cases = report == null || report.score() == null ? null : report.score().totalCases();
        String name = "Allocation of " + (cases == null ? "the sample's cases" : "these " + Words.count(cases, "case", "cases"))
                + " by " + job.getCreatedBy() + " on " + Words.date(LocalDate.ofInstant(job.getCreatedAt(), java.time.ZoneId.of("Europe/London")));
        return new AllocationStep(job.getId(), name, job.getStatus(), unassigned, cases);
    }

    static Step sampleState(List<SampleStep> steps) {
        if (steps.isEmpty()) {
            return Step.NOT_NEEDED;
        }
        if (steps.stream().anyMatch(s -> s.status() == SampleStatus.FAILED || s.status() == SampleStatus.INTERRUPTED)) {
            return Step.FAILED;
        }
        if (steps.stream().anyMatch(s -> s.status() == SampleStatus.QUEUED || s.status() == SampleStatus.RUNNING)) {
            return Step.IN_PROGRESS;
        }
        if (steps.stream().anyMatch(s -> s.status() == null)) {
            return Step.NOT_STARTED;
        }
        return steps.stream().anyMatch(SampleStep::outOfDate) ? Step.OUT_OF_DATE : Step.DONE;
    }

    static Step allocationState(List<SampleStep> steps) {
        if (steps.isEmpty()) {
            return Step.NOT_NEEDED;
        }
        List<AllocationStep> allocations = steps.stream().map(SampleStep::allocation).toList();
        if (allocations.stream().anyMatch(a -> a != null && a.status() == JobStatus.FAILED)) {
            return Step.FAILED;
        }
        if (allocations.stream().anyMatch(a -> a != null && a.status().active())) {
            return Step.IN_PROGRESS;
        }
        if (allocations.stream().anyMatch(a -> a == null)) {
            return Step.NOT_STARTED;
        }
        return steps.stream().anyMatch(SampleStep::outOfDate) ? Step.OUT_OF_DATE : Step.DONE;
    }

    /** The newest allocation job of each sample, from the jobs' requests. */
    private Map<Long, SolveJob> newestAllocationBySample() {
        Map<Long, SolveJob> bySample = new HashMap<>();
        for (SolveJob job : jobs.list(JobKind.ALLOCATION)) { // newest first
            JsonNode sampleId = tree(job.getRequestJson()).path("sampleId");
            if (sampleId.canConvertToLong()) {
                bySample.putIfAbsent(sampleId.asLong(), job);
            }
        }
        return bySample;
    }

    /** Inspection titles from the schedule's inspections dataset, when this user may read it. */
    private Map<String, String> titles(SolveJob schedule) {
        Map<String, String> titles = new HashMap<>();
        JsonNode datasetId = tree(schedule.getRequestJson()).path("inspectionsDatasetId");
        if (!datasetId.canConvertToLong()) {
            return titles;
        }
        try {
            Object parsed = datasets.load(datasetId.asLong(), DatasetKind.INSPECTIONS, Object.class, "inspections");
            if (parsed instanceof List<?> list) {
                for (Object o : list) {
                    if (o instanceof Inspection i && i.title() != null) {
                        titles.put(i.inspectionId(), i.title());
                    }
                }
            }
        } catch (RuntimeException e) {
            // not readable by this role, or gone: the chain shows ids without titles
        }
        return titles;
    }

    private String pdu(Sample s) {
        return tree(s.getParametersJson()).path("pdu").asText("");
    }

    private JsonNode tree(String text) {
        try {
            return text == null ? json.createObjectNode() : json.readTree(text);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    /** The planner's typed report; null when it cannot be read (the chain then shows no counts). */
    private AllocationReport report(byte[] content) {
        try {
            return org.inspectionplanner.data.io.Json.mapper().readerFor(AllocationReport.class)
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(content);
        } catch (IOException e) {
            return null;
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
