package org.inspectionplanner.web.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Caseload;
import org.inspectionplanner.data.io.InputProblem;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.planner.programme.ProgrammeOutput;
import org.inspectionplanner.sampler.FieldworkPlan;
import org.inspectionplanner.sampler.SampleJob;
import org.inspectionplanner.web.dataset.Dataset;
import org.inspectionplanner.web.dataset.DatasetKind;
import org.inspectionplanner.web.dataset.DatasetService;
import org.inspectionplanner.web.files.FileOwner;
import org.inspectionplanner.web.files.FileStore;
import org.inspectionplanner.web.job.JobKind;
import org.inspectionplanner.web.job.SolveJob;
import org.inspectionplanner.web.job.SolveJobService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * From a finished schedule to its samples: one per row of the schedule's fieldwork-plan.csv (each
 * PDU of each scheduled inspection), every PDU checked against the caseload before anything is
 * drawn. Drawing again (for inspections pinned or moved since) adds newer samples; the newest of
 * an inspection's PDU is its current one.
 */
@Service
public class ScheduleSamples {

    private final SolveJobService jobs;
    private final FileStore files;
    private final DatasetService datasets;
    private final SampleService samples;
    private final ObjectMapper json;

    ScheduleSamples(SolveJobService jobs, FileStore files, DatasetService datasets, SampleService samples,
            ObjectMapper json) {
        this.jobs = jobs;
        this.files = files;
        this.datasets = datasets;
        this.samples = samples;
        this.json = json;
    }

    public DrawnSamples draw(long scheduleId, DrawSamplesRequest request) {
        List<FieldworkPlan.Entry> plan = plan(scheduleId);
        if (request.inspectionIds() != null && !request.inspectionIds().isEmpty()) {
            Set<String> wanted = new LinkedHashSet<>(request.inspectionIds());
            Set<String> known = new LinkedHashSet<>();
            plan.forEach(e -> known.add(e.inspectionId()));
            List<InputProblem> unknown = new ArrayList<>();
            for (String id : wanted) {
                if (!known.contains(id)) {
                    unknown.add(new InputProblem("inspectionIds", 0, 0, "inspection '" + id
                            + "' has no scheduled PDU to sample in schedule " + scheduleId));
                }
            }
            if (!unknown.isEmpty()) {
                throw new InvalidInputException(unknown);
            }
            plan = plan.stream().filter(e -> wanted.contains(e.inspectionId())).toList();
        }
        if (plan.isEmpty()) {
            throw new InvalidInputException("schedule " + scheduleId, "no scheduled inspection names a PDU to sample"
                    + " (inspections.csv column pdus)");
        }
        // the kind first: a roster or programme given as the caseload is a 400 saying so, not the 403 of
        // a planner who may not read that kind
        Caseload caseload = datasets.load(request.datasetId(), DatasetKind.CASELOAD, Caseload.class, "datasetId");
        Dataset dataset = datasets.get(request.datasetId());
        Set<String> pdus = new LinkedHashSet<>();
        for (CaseRecord c : caseload.cases()) {
            pdus.add(c.pdu());
        }
        List<InputProblem> unknown = SampleJob.unknownPdus(plan, pdus, ProgrammeOutput.FIELDWORK_PLAN_CSV,
                dataset.getName());
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        ObjectNode options = request.options() == null ? json.createObjectNode()
                : json.valueToTree(request.options());
        options.properties().removeIf(e -> e.getValue().isNull());
        options.put("method", request.method());
        List<SampleService.Planned> planned = plan.stream()
                .map(e -> new SampleService.Planned(e.inspectionId(), e.pdu(), e.fieldworkStart())).toList();
        List<Sample> created = samples.createForSchedule(request.datasetId(), options, scheduleId, planned);
        return new DrawnSamples(scheduleId, created.stream().map(Sample::getId).toList());
    }

    /** The schedule's fieldwork plan; 409 while it is still solving, as its plan may yet change. */
    private List<FieldworkPlan.Entry> plan(long scheduleId) {
        SolveJob job = jobs.get(JobKind.SCHEDULE, scheduleId);
        if (job.getStatus().active()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "Schedule " + scheduleId + " is still solving; draw its samples once it has finished.");
        }
        byte[] content = files.get(FileOwner.JOB, scheduleId, ProgrammeOutput.FIELDWORK_PLAN_CSV)
                .map(f -> f.getContent())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.CONFLICT,
                        "Schedule " + scheduleId + " has no plan yet."));
        if (new String(content, StandardCharsets.UTF_8).strip().lines().count() <= 1) {
            return List.of(); // the header alone: no scheduled inspection samples a PDU
        }
        return FieldworkPlan.read(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8),
                ProgrammeOutput.FIELDWORK_PLAN_CSV);
    }
}
