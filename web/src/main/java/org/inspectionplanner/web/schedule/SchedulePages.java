package org.inspectionplanner.web.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.inspectionplanner.data.programme.BlackoutWeek;
import org.inspectionplanner.data.programme.Inspection;
import org.inspectionplanner.web.dataset.Dataset;
import org.inspectionplanner.web.dataset.DatasetKind;
import org.inspectionplanner.web.dataset.DatasetService;
import org.inspectionplanner.web.files.FileStore;
import org.inspectionplanner.web.inspection.InspectionChain;
import org.inspectionplanner.web.inspection.InspectionChains;
import org.inspectionplanner.web.job.JobKind;
import org.inspectionplanner.web.job.SolveJob;
import org.inspectionplanner.web.job.SolveJobService;
import org.inspectionplanner.web.page.Dates;
import org.inspectionplanner.web.page.Download;
import org.inspectionplanner.web.page.ErrorItem;
import org.inspectionplanner.planner.programme.ProgrammeReport;
import org.inspectionplanner.web.page.PageController;
import org.inspectionplanner.web.page.Words;
import org.inspectionplanner.web.page.SolvingJobPages;
import org.springframework.security.access.prepost.PreAuthorize;
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
@PageController
@RequestMapping("/schedules")
@PreAuthorize("hasAnyRole('PROGRAMME_MANAGER', 'PLANNER', 'TEAM_LEAD')")
class SchedulePages {

    private static final String MANAGER = "hasRole('PROGRAMME_MANAGER')";

    private final DatasetService datasets;
    private final InspectionChains chains;
    private final ObjectMapper json;
    private final SolvingJobPages pages;
    private final ScheduleNames scheduleNames;

    SchedulePages(SolveJobService jobs, DatasetService datasets, InspectionChains chains, FileStore files,
            ObjectMapper json, ScheduleNames scheduleNames) {
        this.scheduleNames = scheduleNames;
        this.datasets = datasets;
        this.chains = chains;
        this.json = json;
        this.pages = new SolvingJobPages(JobKind.SCHEDULE, "/schedules", jobs, files, json);
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("jobs", pages.rows(this::title));
        return "schedules/list";
    }

    @GetMapping("/new")
    @PreAuthorize(MANAGER)
    String form(Model model) {
        return formPage(model, new ScheduleForm(), List.of());
    }

    @PostMapping
    @PreAuthorize(MANAGER)
    String create(@ModelAttribute("form") ScheduleForm form, HttpServletResponse response, Model model) {
        return pages.create(form.check(), form::toRequest, SchedulePages::fieldFor, response,
                errors -> formPage(model, form, errors));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        SolveJob job = pages.show(id, model);
        model.addAttribute("title", title(job));
        model.addAttribute("programme", view(job));
        // Each inspection's chain (schedule, samples, allocations), and what a planner draws from.
        Map<String, InspectionChain> byInspection = new HashMap<>();
        chains.forSchedule(id).forEach(c -> byInspection.put(c.inspectionId(), c));
        model.addAttribute("chains", byInspection);
        model.addAttribute("caseloads", datasets.listReadable().stream()
                .filter(d -> d.getKind() == DatasetKind.CASELOAD).toList());
        model.addAttribute("methods", org.inspectionplanner.web.sample.SampleForm.METHODS);
        return "schedules/show";
    }

    @GetMapping("/{id}/status")
    String status(@PathVariable long id, @RequestParam(defaultValue = "true") boolean planShown,
            HttpServletResponse response, Model model) {
        return pages.status(id, planShown, response, model);
    }

    @PostMapping("/{id}/stop")
    @PreAuthorize(MANAGER)
    String stop(@PathVariable long id) {
        return pages.stop(id);
    }

    @PostMapping("/{id}/solve")
    @PreAuthorize(MANAGER)
    String solve(@PathVariable long id) {
        return pages.solve(id);
    }

    @PostMapping("/{id}/pins")
    @PreAuthorize(MANAGER)
    String pin(@PathVariable long id, @RequestParam String inspectionId, @RequestParam boolean pinned) {
        return pages.pin(id, inspectionId, pinned, "inspection-");
    }

    /** "Programme from 5 January 2026 to 28 December 2026, planned by programme on 6 December 2026". */
    private String title(SolveJob job) {
        return scheduleNames.name(job);
    }

    private ProgrammeView view(SolveJob job) {
        long id = job.getId();
        ProgrammeReport report = pages.report(id, ProgrammeReport.class);
        List<Map<String, String>> rows = pages.csv(id, "schedule.csv");
        ScheduleRequest request = ScheduleRequest.ofStored(json, job.getRequestJson());
        Map<String, String> titles = new HashMap<>();
        Long inspectionsId = request.inspectionsDatasetId();
        if (inspectionsId != null) {
            for (Object o : items(safeLoad(inspectionsId, DatasetKind.INSPECTIONS, "inspections"))) {
                if (o instanceof Inspection i) {
                    titles.put(i.inspectionId(), i.title() == null ? "" : i.title());
                }
            }
        }
        Set<LocalDate> blackouts = new TreeSet<>();
        Long calendarId = request.calendarDatasetId();
        if (calendarId != null) {
            for (Object o : items(safeLoad(calendarId, DatasetKind.CALENDAR, "calendar"))) {
                if (o instanceof BlackoutWeek b) {
                    blackouts.add(ProgrammeView.monday(b.weekStart()));
                }
            }
        }
        List<Download> downloads = List.of(
                pages.download(id, "Schedule (CSV)", "comma-separated values", "schedule.csv"),
                pages.download(id, "Report (JSON)", "JSON", "report.json"),
                pages.download(id, "Fieldwork calendar (ICS)", "iCalendar file for calendar programs", "fieldwork.ics"));
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
        model.addAttribute("available", pages.available());
        model.addAttribute("duration", pages.duration());
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
