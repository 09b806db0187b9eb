package org.inspectionplanner.web.ui;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.inspectionplanner.data.io.InputProblem;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.data.programme.BlackoutWeek;
import org.inspectionplanner.data.programme.Inspection;
import org.inspectionplanner.web.dataset.Dataset;
import org.inspectionplanner.web.dataset.DatasetKind;
import org.inspectionplanner.web.dataset.DatasetService;
import org.inspectionplanner.web.files.FileOwner;
import org.inspectionplanner.web.files.FileStore;
import org.inspectionplanner.web.files.StoredFile;
import org.inspectionplanner.web.job.JobKind;
import org.inspectionplanner.web.job.SolveJob;
import org.inspectionplanner.web.job.SolveJobService;
import org.inspectionplanner.web.support.Json;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The programme: choose the files and horizon, solve with a live score, then the timeline, the
 * capacity heatmap, the unscheduled inspections, pins, and the downloads (with an iCalendar file).
 */
@Controller
@RequestMapping("/schedules")
@PreAuthorize("hasRole('PROGRAMME_MANAGER')")
class SchedulePages {

    private static final JobKind KIND = JobKind.SCHEDULE;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final SolveJobService jobs;
    private final DatasetService datasets;
    private final FileStore files;
    private final ObjectMapper json;

    SchedulePages(SolveJobService jobs, DatasetService datasets, FileStore files, ObjectMapper json) {
        this.jobs = jobs;
        this.datasets = datasets;
        this.files = files;
        this.json = json;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("jobs", jobs.list(KIND).stream().map(j -> new AllocationPages.JobRow(j.getId(),
                JobStatusView.text(j.getStatus()), j.getBestScore(), j.getCreatedBy(),
                SampleResults.WHEN.format(j.getCreatedAt()))).toList());
        return "schedules/list";
    }

    @GetMapping("/new")
    String form(Model model) {
        return formPage(model, new ScheduleForm(), List.of());
    }

    @PostMapping
    String create(@ModelAttribute("form") ScheduleForm form, HttpServletResponse response, Model model) {
        List<ErrorItem> errors = form.check();
        if (errors.isEmpty()) {
            try {
                SolveJob job = jobs.submit(KIND, form.toRequest());
                return "redirect:/schedules/" + job.getId();
            } catch (InvalidInputException e) {
                errors = new ArrayList<>();
                for (InputProblem p : e.problems()) {
                    errors.add(new ErrorItem(fieldFor(p.file()), p.line() > 0 ? DatasetPages.describe(p) : p.message()));
                }
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return formPage(model, form, errors);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        SolveJob job = jobs.get(KIND, id);
        // A plan exists once the solver has saved its first best solution (the outputs come with it).
        boolean hasPlan = files.get(FileOwner.JOB, id, "report.json").isPresent();
        model.addAttribute("job", status(job, hasPlan));
        model.addAttribute("hasPlan", hasPlan);
        model.addAttribute("programme", view(job));
        return "schedules/show";
    }

    @GetMapping("/{id}/status")
    String status(@PathVariable long id, @RequestParam(defaultValue = "true") boolean planShown,
            HttpServletResponse response, Model model) {
        SolveJob job = jobs.get(KIND, id);
        // Reload the whole page when solving ends, and once when the first plan appears.
        if (!job.getStatus().active() || (!planShown && job.getImprovements() > 0)) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", status(job, planShown));
        return "fragments/job-status :: status";
    }

    @PostMapping("/{id}/stop")
    String stop(@PathVariable long id) {
        jobs.stop(KIND, id);
        return "redirect:/schedules/" + id;
    }

    @PostMapping("/{id}/solve")
    String solve(@PathVariable long id) {
        jobs.resolve(KIND, id);
        return "redirect:/schedules/" + id;
    }

    @PostMapping("/{id}/pins")
    String pin(@PathVariable long id, @RequestParam String inspectionId, @RequestParam boolean pinned) {
        jobs.pin(KIND, id, inspectionId, pinned);
        return "redirect:/schedules/" + id + "#inspection-" + inspectionId;
    }

    private JobStatusView status(SolveJob job, boolean planShown) {
        return JobStatusView.of(job, jobs.isLive(KIND, job.getId()), "/schedules/" + job.getId() + "/status?planShown=" + planShown,
                Json.read(json, job.getProblemsJson(), STRINGS));
    }

    private ProgrammeView view(SolveJob job) {
        long id = job.getId();
        JsonNode report = files.get(FileOwner.JOB, id, "report.json").map(f -> readTree(f.getContent()))
                .orElseGet(json::createObjectNode);
        List<Map<String, String>> rows = CsvRows.parse(files.get(FileOwner.JOB, id, "schedule.csv")
                .map(StoredFile::getContent).orElse(null));
        JsonNode request = JobRequests.parse(json, job.getRequestJson());
        Map<String, String> titles = new HashMap<>();
        Long inspectionsId = JobRequests.id(request, "inspectionsDatasetId", "inspectionsId", "inspections_dataset_id", "inspections");
        if (inspectionsId != null) {
            for (Object o : items(safeLoad(inspectionsId, DatasetKind.INSPECTIONS, "inspections"))) {
                if (o instanceof Inspection i) {
                    titles.put(i.inspectionId(), i.title() == null ? "" : i.title());
                }
            }
        }
        Set<LocalDate> blackouts = new TreeSet<>();
        Long calendarId = JobRequests.id(request, "calendarDatasetId", "calendarId", "calendar_dataset_id", "calendar");
        if (calendarId != null) {
            for (Object o : items(safeLoad(calendarId, DatasetKind.CALENDAR, "calendar"))) {
                if (o instanceof BlackoutWeek b) {
                    blackouts.add(ProgrammeView.monday(b.weekStart()));
                }
            }
        }
        String base = "/api/schedules/" + id + "/files/";
        List<Download> downloads = List.of(
                new Download("Schedule (CSV)", "comma-separated values", base + "schedule.csv"),
                new Download("Report (JSON)", "JSON", base + "report.json"),
                new Download("Fieldwork calendar (ICS)", "iCalendar file for calendar programs", base + "fieldwork.ics"));
        return ProgrammeView.from(report, rows, titles, blackouts, job.getPins(), downloads);
    }

    private Object safeLoad(long id, DatasetKind kind, String field) {
        try {
            return datasets.load(id, kind, Object.class, field);
        } catch (RuntimeException e) {
            return null; // the page shows ids without titles, and no shading
        }
    }

    /** The elements of a parsed dataset: a collection, or a record holding one (e.g. a calendar's weeks). */
    private static Collection<?> items(Object parsed) {
        if (parsed instanceof Collection<?> c) {
            return c;
        }
        if (parsed != null && parsed.getClass().isRecord()) {
            List<Object> all = new ArrayList<>();
            for (RecordComponent component : parsed.getClass().getRecordComponents()) {
                try {
                    Object value = component.getAccessor().invoke(parsed);
                    if (value instanceof Collection<?> c) {
                        all.addAll(c);
                    }
                } catch (ReflectiveOperationException e) {
                    // not readable: skip
                }
            }
            return all;
        }
        return List.of();
    }

    private JsonNode readTree(byte[] content) {
        try {
            return json.readTree(content);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private String formPage(Model model, ScheduleForm form, List<ErrorItem> errors) {
        List<Dataset> all = datasets.listReadable();
        List<Dataset> inspections = all.stream().filter(d -> d.getKind() == DatasetKind.INSPECTIONS).toList();
        List<Dataset> capacity = all.stream().filter(d -> d.getKind() == DatasetKind.CAPACITY).toList();
        List<Dataset> calendars = all.stream().filter(d -> d.getKind() == DatasetKind.CALENDAR).toList();
        if (form.getInspectionsId() == null && !inspections.isEmpty()) {
            form.setInspectionsId(inspections.get(0).getId());
        }
        if (form.getCapacityId() == null && !capacity.isEmpty()) {
            form.setCapacityId(capacity.get(0).getId());
        }
        if (form.getCalendarId() == null && !calendars.isEmpty()) {
            form.setCalendarId(calendars.get(0).getId());
        }
        if (form.getFrom() == null && !capacity.isEmpty()) {
            // The capacity file's weeks are the natural horizon.
            var summary = datasets.summaryOf(capacity.get(0));
            if (summary.firstDate() != null) {
                form.setFrom(Dates.uk(ProgrammeView.monday(summary.firstDate())));
                form.setTo(Dates.uk(ProgrammeView.monday(summary.lastDate())));
            }
        }
        if (form.getPlanDate() == null && form.getFrom() != null) {
            form.setPlanDate(Dates.uk(Dates.parse(form.getFrom()).minusWeeks(2)));
        }
        model.addAttribute("form", form);
        model.addAttribute("inspections", inspections);
        model.addAttribute("capacity", capacity);
        model.addAttribute("calendars", calendars);
        model.addAttribute("errors", errors);
        model.addAttribute("available", jobs.available(KIND));
        return "schedules/new";
    }

    private static String fieldFor(String parameter) {
        String p = parameter == null ? "" : parameter.replace("_", "").replace("-", "").toLowerCase();
        if (p.contains("capacity")) {
            return "#capacityId";
        }
        if (p.contains("calendar")) {
            return "#calendarId";
        }
        if (p.equals("from")) {
            return "#from";
        }
        if (p.equals("to")) {
            return "#to";
        }
        if (p.contains("plan")) {
            return "#planDate";
        }
        return "#inspectionsId";
    }
}
