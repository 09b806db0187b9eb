package org.inspectionplanner.web.allocation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.io.CaseloadCsv;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.data.roster.Roster;
import org.inspectionplanner.planner.allocation.AllocationOutput;
import org.inspectionplanner.planner.allocation.AllocationParameters;
import org.inspectionplanner.planner.allocation.AllocationPipeline;
import org.inspectionplanner.planner.allocation.AllocationProblem;
import org.inspectionplanner.planner.allocation.AllocationReport;
import org.inspectionplanner.planner.allocation.AllocationSolution;
import org.inspectionplanner.planner.allocation.PreviousAssignment;
import org.inspectionplanner.planner.allocation.PreviousPlanCsv;
import org.inspectionplanner.planner.allocation.UnassignedAnalysis;
import org.inspectionplanner.planner.solve.SolveFigures;
import org.inspectionplanner.web.PlannerProperties;
import org.inspectionplanner.web.dataset.DatasetKind;
import org.inspectionplanner.web.dataset.DatasetService;
import org.inspectionplanner.web.files.FileOwner;
import org.inspectionplanner.web.files.FileStore;
import org.inspectionplanner.web.job.JobKind;
import org.inspectionplanner.web.job.PlanningKind;
import org.inspectionplanner.web.page.Words;
import org.inspectionplanner.web.sample.Sample;
import org.inspectionplanner.web.sample.SampleService;
import org.inspectionplanner.web.sample.SampleStatus;
import org.inspectionplanner.web.support.OptionNames;
import org.inspectionplanner.web.support.TypedRequests;
import org.springframework.stereotype.Component;

/**
 * Allocation of a sample's cases to the inspectors of a roster (planner module). Request:
 * {@code sampleId}, {@code rosterDatasetId}, optional {@code fieldworkStart} (a Monday; default the
 * sample's), {@code days} and {@code slotTimes} (e.g. ["09:30","14:00"]). The stored plan is the
 * {@code allocation.csv} the planner reads back as a previous plan.
 */
@Component
class AllocationPlanning implements PlanningKind<AllocationSolution> {

    private final SampleService samples;
    private final FileStore files;
    private final DatasetService datasets;
    private final PlannerProperties properties;
    private final AllocationPipeline pipeline = new AllocationPipeline();

    AllocationPlanning(SampleService samples, FileStore files, DatasetService datasets, PlannerProperties properties) {
        this.samples = samples;
        this.files = files;
        this.datasets = datasets;
        this.properties = properties;
    }

    @Override
    public JobKind kind() {
        return JobKind.ALLOCATION;
    }

    /** The CLI's pipeline: greedy warm start on large rosters, stop at the balance bound, greedy repair. */
    @Override
    public AllocationPipeline pipeline() {
        return pipeline;
    }

    @Override
    public AllocationSolution problem(ObjectNode request) {
        TypedRequests.read(request, AllocationRequest.class); // unknown fields and broken constraints: a 400 naming each
        return build(request, List.of());
    }

    @Override
    public AllocationSolution resume(ObjectNode request, byte[] plan, Set<String> pinnedRowIds) {
        List<PreviousAssignment> previous = new ArrayList<>();
        for (PreviousAssignment row : PreviousPlanCsv.read(new ByteArrayInputStream(plan), "allocation.csv")) {
            boolean pin = pinnedRowIds.contains(row.caseId()) && row.inspectorId() != null;
            previous.add(new PreviousAssignment(row.caseId(), row.inspectorId(), row.interviewDate(), row.interviewTime(), pin));
        }
        return build(request, previous);
    }

    private AllocationSolution build(ObjectNode request, List<PreviousAssignment> previous) {
        long sampleId = requiredId(request, "sampleId");
        long rosterId = requiredId(request, "rosterDatasetId");
        Sample sample = doneSample(sampleId);
        byte[] sampleCsv = files.get(FileOwner.SAMPLE, sampleId, "sample.csv")
                .orElseThrow(() -> new InvalidInputException("sampleId", "sample " + sampleId + " has no sample.csv"))
                .getContent();
        List<CaseRecord> cases = CaseloadCsv.read(new ByteArrayInputStream(sampleCsv), "sample.csv").cases();
        Roster roster = datasets.load(rosterId, DatasetKind.INSPECTORS, Roster.class, "rosterDatasetId");
        AllocationParameters params = parameters(request, sample);
        try {
            return AllocationProblem.create(cases, roster.inspectors(), params, previous);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("request", e.getMessage());
        }
    }

    private Sample doneSample(long sampleId) {
        Sample sample = samples.find(sampleId)
                .orElseThrow(() -> new InvalidInputException("sampleId", "no sample " + sampleId));
        if (sample.getStatus() != SampleStatus.DONE) {
            throw new InvalidInputException("sampleId", "sample " + sampleId + " is " + sample.getStatus() + ", not DONE");
        }
        return sample;
    }

    private AllocationParameters parameters(ObjectNode request, Sample sample) {
        try {
            AllocationParameters params = AllocationParameters.of(fieldworkStart(request, sample));
            if (request.hasNonNull("days")) {
                params = params.withDays(request.get("days").asInt());
            }
            if (request.hasNonNull("slotTimes")) {
                List<LocalTime> times = new ArrayList<>();
                request.get("slotTimes").forEach(t -> times.add(LocalTime.parse(t.asText())));
                params = params.withSlotTimes(times);
            }
            return params;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("request", "not a date or time: " + e.getParsedString());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("request", OptionNames.asFields(e.getMessage()));
        }
    }

    /** Every interview slot of the fieldwork, day by day, for the page's slot picker. */
    List<InterviewSlot> slots(ObjectNode request) {
        AllocationParameters params = parameters(request, doneSample(requiredId(request, "sampleId")));
        List<InterviewSlot> slots = new ArrayList<>();
        for (LocalDate day : params.fieldworkDays()) {
            params.slotTimes().stream().sorted().forEach(time -> slots.add(new InterviewSlot(day, time)));
        }
        return slots;
    }

    /** One interview slot: a fieldwork day and a start time. */
    record InterviewSlot(LocalDate day, LocalTime time) {
    }

    private LocalDate fieldworkStart(ObjectNode request, Sample sample) {
        if (request.hasNonNull("fieldworkStart")) {
            return LocalDate.parse(request.get("fieldworkStart").asText());
        }
        Object start = samples.summary(sample).get("fieldworkStart");
        if (start == null) {
            throw new InvalidInputException("fieldworkStart", "give the fieldwork start (the sample does not say it)");
        }
        return LocalDate.parse(start.toString());
    }

    private static long requiredId(ObjectNode request, String field) {
        JsonNode value = request.get(field);
        if (value == null || !value.canConvertToLong()) {
            throw new InvalidInputException(field, field + " is required");
        }
        return value.asLong();
    }

    /**
     * Checks moving one case of a stored plan to another inspector, another interview slot or both (null keeps
     * what the plan has) against the hard rules; returns the moved plan to store when no rule is broken.
     */
    MoveCheck checkMove(ObjectNode request, byte[] plan, String caseId, String inspectorId, InterviewSlot slot) {
        List<PreviousAssignment> rows = PreviousPlanCsv.read(new ByteArrayInputStream(plan), "allocation.csv");
        Checked checked = check(rows, caseId, inspectorId, slot, previous -> build(request, previous));
        return new MoveCheck(checked.brokenRules(), checked.brokenRules().isEmpty() ? writePlan(checked.after()) : null);
    }

    /** The rules a move would break (none: allowed) and, when allowed, the moved plan. */
    record MoveCheck(List<String> brokenRules, byte[] plan) {
    }

    /** The rules a move breaks, and the plan with the move made. */
    record Checked(List<String> brokenRules, AllocationSolution after) {
    }

    /**
     * The plan is scored as it is and with the move, and every hard rule that the move breaks more often is
     * named: "inspector slot clash", "availability". The case keeps its inspector or slot where the move gives
     * none; a case without an inspector cannot be given only a slot, and a slot must be one of the fieldwork's.
     */
    static Checked check(List<PreviousAssignment> rows, String caseId, String inspectorId, InterviewSlot slot,
            java.util.function.Function<List<PreviousAssignment>, AllocationSolution> build) {
        PreviousAssignment moving = rows.stream().filter(r -> r.caseId().equals(caseId)).findFirst()
                .orElseThrow(() -> new InvalidInputException("caseId", "case " + caseId + " is not in this allocation"));
        String toInspector = inspectorId == null || inspectorId.isBlank() ? moving.inspectorId() : inspectorId;
        if (toInspector == null) {
            throw new InvalidInputException("inspectorId", "case " + caseId + " has no inspector: choose one as well as the slot");
        }
        LocalDate day = slot == null ? moving.interviewDate() : slot.day();
        LocalTime time = slot == null ? moving.interviewTime() : slot.time();
        List<PreviousAssignment> current = new ArrayList<>();
        List<PreviousAssignment> moved = new ArrayList<>();
        for (PreviousAssignment r : rows) {
            current.add(new PreviousAssignment(r.caseId(), r.inspectorId(), r.interviewDate(), r.interviewTime(), false));
            moved.add(r.caseId().equals(caseId) ? new PreviousAssignment(caseId, toInspector, day, time, false)
                    : new PreviousAssignment(r.caseId(), r.inspectorId(), r.interviewDate(), r.interviewTime(), false));
        }
        AllocationSolution after = build.apply(moved);
        if (after.getInspectors().stream().noneMatch(i -> i.getId().equals(toInspector))) {
            throw new InvalidInputException("inspectorId", "inspector " + toInspector + " is not on this roster");
        }
        if (slot != null && after.getSlots().stream().noneMatch(s -> s.getDay().equals(slot.day()) && s.getTime().equals(slot.time()))) {
            throw new InvalidInputException("slot", Words.date(slot.day()) + " at " + slot.time()
                    + " is not an interview slot of this fieldwork");
        }
        Map<String, Long> before = hardByConstraint(build.apply(current));
        Map<String, Long> afterHard = hardByConstraint(after);
        List<String> broken = new ArrayList<>();
        afterHard.forEach((name, hard) -> {
            if (hard < before.getOrDefault(name, 0L)) {
                broken.add(name);
            }
        });
        return new Checked(broken, after);
    }

    /** Explains scores for the move check (the solver configuration's termination is never used). */
    private static final class Explainer {
        static final org.optaplanner.core.api.solver.SolutionManager<AllocationSolution,
                org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore> MANAGER =
                org.optaplanner.core.api.solver.SolutionManager.create(org.optaplanner.core.api.solver.SolverFactory.create(
                        org.inspectionplanner.planner.allocation.AllocationSolverConfig.create(null)));
    }

    private static Map<String, Long> hardByConstraint(AllocationSolution solution) {
        Map<String, Long> hard = new java.util.TreeMap<>();
        Explainer.MANAGER.explain(solution).getConstraintMatchTotalMap().values()
                .forEach(t -> hard.merge(t.getConstraintName(), t.getScore().hardScore(), Long::sum));
        return hard;
    }

    @Override
    public byte[] writePlan(AllocationSolution plan) {
        return AllocationOutput.allocationCsv(plan, UnassignedAnalysis.analyse(plan)).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Set<String> rowIds(byte[] plan) {
        Set<String> ids = new LinkedHashSet<>();
        PreviousPlanCsv.read(new ByteArrayInputStream(plan), "allocation.csv").forEach(r -> ids.add(r.caseId()));
        return ids;
    }

    @Override
    public String score(AllocationSolution plan) {
        return plan.getScore() == null ? null : plan.getScore().toString();
    }

    @Override
    public Map<String, byte[]> outputs(AllocationSolution plan, SolveFigures figures) {
        return AllocationOutput.files(plan, AllocationReport.of(plan, figures));
    }
}
