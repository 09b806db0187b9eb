package org.inspectionplanner.web.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.data.programme.BlackoutWeek;
import org.inspectionplanner.data.programme.Inspection;
import org.inspectionplanner.data.programme.StaffCapacity;
import org.inspectionplanner.planner.programme.PreviousSchedule;
import org.inspectionplanner.planner.programme.PreviousStart;
import org.inspectionplanner.planner.programme.ProgrammeOutput;
import org.inspectionplanner.planner.programme.ProgrammeParameters;
import org.inspectionplanner.planner.programme.ProgrammePipeline;
import org.inspectionplanner.planner.programme.ProgrammeProblem;
import org.inspectionplanner.planner.programme.ProgrammeReport;
import org.inspectionplanner.planner.programme.ProgrammeSchedule;
import org.inspectionplanner.planner.programme.ScheduleRow;
import org.inspectionplanner.planner.solve.SolveFigures;
import org.inspectionplanner.web.PlannerProperties;
import org.inspectionplanner.web.dataset.DatasetKind;
import org.inspectionplanner.web.dataset.DatasetService;
import org.inspectionplanner.web.job.JobKind;
import org.inspectionplanner.web.job.PlanningKind;
import org.inspectionplanner.web.support.OptionNames;
import org.inspectionplanner.web.support.TypedRequests;
import org.springframework.stereotype.Component;

/**
 * The joint inspection programme (planner module). Request: {@code inspectionsDatasetId},
 * {@code capacityDatasetId}, optional {@code calendarDatasetId}, {@code from} and {@code to}
 * (Mondays; default the Monday on or after the earliest window start, and 51 weeks later),
 * {@code planDate} (default {@code from}), {@code noticeWeeks}, {@code areaGapWeeks}. The stored
 * plan is the {@code schedule.csv} the planner reads back as a previous schedule.
 */
@Component
class SchedulePlanning implements PlanningKind<ProgrammeSchedule> {

    private final DatasetService datasets;
    private final PlannerProperties properties;
    private final ProgrammePipeline pipeline = new ProgrammePipeline();

    SchedulePlanning(DatasetService datasets, PlannerProperties properties) {
        this.datasets = datasets;
        this.properties = properties;
    }

    @Override
    public JobKind kind() {
        return JobKind.SCHEDULE;
    }

    /** The CLI's pipeline: warm start and ruin and recreate for a fresh programme, top-up repair. */
    @Override
    public ProgrammePipeline pipeline() {
        return pipeline;
    }

    @Override
    public ProgrammeSchedule problem(ObjectNode request) {
        TypedRequests.read(request, ScheduleRequest.class); // unknown fields and broken constraints: a 400 naming each
        return build(request, List.of());
    }

    @Override
    public ProgrammeSchedule resume(ObjectNode request, byte[] plan, Set<String> pinnedRowIds) {
        List<PreviousStart> previous = new ArrayList<>();
        for (PreviousStart row : read(plan)) {
            boolean pin = pinnedRowIds.contains(row.inspectionId()) && row.fieldworkStart() != null;
            previous.add(new PreviousStart(row.inspectionId(), row.fieldworkStart(), pin));
        }
        return build(request, previous);
    }

    @SuppressWarnings("unchecked")
    private ProgrammeSchedule build(ObjectNode request, List<PreviousStart> previous) {
        List<Inspection> inspections = datasets.load(requiredId(request, "inspectionsDatasetId"),
                DatasetKind.INSPECTIONS, List.class, "inspectionsDatasetId");
        List<StaffCapacity> capacity = datasets.load(requiredId(request, "capacityDatasetId"),
                DatasetKind.CAPACITY, List.class, "capacityDatasetId");
        List<BlackoutWeek> calendar = request.hasNonNull("calendarDatasetId")
                ? datasets.load(requiredId(request, "calendarDatasetId"), DatasetKind.CALENDAR, List.class, "calendarDatasetId")
                : List.of();
        try {
            LocalDate from = request.hasNonNull("from") ? LocalDate.parse(request.get("from").asText())
                    : inspections.stream().map(Inspection::earliestStart).filter(Objects::nonNull)
                            .min(Comparator.naturalOrder())
                            .map(d -> d.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)))
                            .orElseThrow(() -> new InvalidInputException("from", "give from: no inspection has a window"));
            LocalDate to = request.hasNonNull("to") ? LocalDate.parse(request.get("to").asText()) : from.plusWeeks(51);
            LocalDate planDate = request.hasNonNull("planDate") ? LocalDate.parse(request.get("planDate").asText()) : from;
            ProgrammeParameters defaults = ProgrammeParameters.of(from, to, planDate);
            ProgrammeParameters parameters = new ProgrammeParameters(from, to, planDate,
                    request.path("noticeWeeks").asInt(defaults.noticeWeeks()),
                    request.path("areaGapWeeks").asInt(defaults.areaGapWeeks()),
                    defaults.jointBurdenReachWeeks(), defaults.weights());
            return ProgrammeProblem.create(inspections, capacity, calendar, parameters, previous);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("request", "not a date: " + e.getParsedString());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("request", OptionNames.asFields(e.getMessage()));
        }
    }

    private static long requiredId(ObjectNode request, String field) {
        JsonNode value = request.get(field);
        if (value == null || !value.canConvertToLong()) {
            throw new InvalidInputException(field, field + " is required");
        }
        return value.asLong();
    }

    private static List<PreviousStart> read(byte[] plan) {
        return PreviousSchedule.read(new StringReader(new String(plan, StandardCharsets.UTF_8)), "schedule.csv");
    }

    @Override
    public byte[] writePlan(ProgrammeSchedule plan) {
        return ProgrammeOutput.scheduleCsv(ScheduleRow.of(plan)).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Set<String> rowIds(byte[] plan) {
        Set<String> ids = new LinkedHashSet<>();
        read(plan).forEach(r -> ids.add(r.inspectionId()));
        return ids;
    }

    @Override
    public String score(ProgrammeSchedule plan) {
        return plan.getScore() == null ? null : plan.getScore().toString();
    }

    @Override
    public Map<String, byte[]> outputs(ProgrammeSchedule plan, SolveFigures figures) {
        List<ScheduleRow> rows = ScheduleRow.of(plan);
        Map<String, byte[]> files = new java.util.LinkedHashMap<>(ProgrammeOutput.files(rows, ProgrammeReport.of(plan, figures)));
        files.put(FieldworkCalendar.FILE, FieldworkCalendar.of(rows, java.time.Instant.now()));
        return files;
    }
}
