package org.inspectionplanner.web.sample;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.io.InputProblem;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.web.dataset.Dataset;
import org.inspectionplanner.web.dataset.DatasetKind;
import org.inspectionplanner.web.dataset.DatasetService;
import org.inspectionplanner.web.page.ErrorItem;
import org.inspectionplanner.web.page.PageController;
import org.inspectionplanner.web.page.Words;
import org.inspectionplanner.web.support.Json;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sampling: the form, the list of samples, and a sample's result (polled while it is drawn). */
@PageController
@RequestMapping("/samples")
@PreAuthorize("hasAnyRole('PLANNER', 'TEAM_LEAD')")
class SamplePages {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final SampleService samples;
    private final DatasetService datasets;
    private final SampleResults results;
    private final ObjectMapper json;
    private final SampleNames names;
    private final org.inspectionplanner.web.job.SolveJobService jobs;
    private final org.inspectionplanner.web.schedule.ScheduleNames scheduleNames;

    SamplePages(SampleService samples, DatasetService datasets, SampleResults results, ObjectMapper json, SampleNames names,
            org.inspectionplanner.web.job.SolveJobService jobs, org.inspectionplanner.web.schedule.ScheduleNames scheduleNames) {
        this.jobs = jobs;
        this.scheduleNames = scheduleNames;
        this.samples = samples;
        this.datasets = datasets;
        this.results = results;
        this.json = json;
        this.names = names;
    }

    /** A row of the samples table. */
    record SampleRow(long id, String name, String caseload, String method, String status, String createdBy, String createdAt) {
    }

    @GetMapping
    String list(Model model) {
        Map<Long, String> names = new java.util.HashMap<>();
        datasets.listReadable().forEach(d -> names.put(d.getId(), d.getName()));
        List<SampleRow> rows = samples.list().stream().map(s -> new SampleRow(s.getId(), this.names.name(s),
                names.getOrDefault(s.getDatasetId(), "dataset " + s.getDatasetId()),
                SampleForm.methodLabel(String.valueOf(Json.read(json, s.getParametersJson(), new TypeReference<Map<String, Object>>() {
                }).getOrDefault("method", ""))),
                s.getStatus() == SampleStatus.DONE && this.names.size(s) == 0 ? "Empty" : statusText(s.getStatus()),
                s.getCreatedBy(), Words.when(s.getCreatedAt()))).toList();
        model.addAttribute("samples", rows);
        return "samples/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('PLANNER')")
    String form(@RequestParam(required = false) Long datasetId, Model model) {
        SampleForm form = new SampleForm();
        form.setDatasetId(datasetId);
        return formPage(model, form, List.of());
    }

    @PostMapping
    @PreAuthorize("hasRole('PLANNER')")
    String create(@ModelAttribute("form") SampleForm form, HttpServletResponse response, Model model) {
        List<ErrorItem> errors = form.check();
        if (errors.isEmpty()) {
            try {
                Sample sample = samples.create(form.toRequest());
                return "redirect:/samples/" + sample.getId();
            } catch (InvalidInputException e) {
                errors = new ArrayList<>();
                for (InputProblem p : e.problems()) {
                    errors.add(ErrorItem.forField(fieldId(p.file()), p.message()));
                }
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return formPage(model, form, errors);
    }

    /** The schedule a sample was drawn for, named by what it is; null when none or deleted since. */
    private String scheduleName(Sample sample) {
        if (sample.getScheduleId() == null) {
            return null;
        }
        try {
            return scheduleNames.name(jobs.get(org.inspectionplanner.web.job.JobKind.SCHEDULE, sample.getScheduleId()));
        } catch (RuntimeException e) {
            return "a deleted programme";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Sample sample = samples.get(id);
        model.addAttribute("sample", sample);
        model.addAttribute("sampleName", names.name(sample));
        model.addAttribute("status", statusText(sample.getStatus()));
        model.addAttribute("scheduleName", scheduleName(sample));
        if (sample.getStatus() == SampleStatus.DONE) {
            Dataset caseload = datasets.listReadable().stream()
                    .filter(d -> d.getId() == sample.getDatasetId()).findFirst().orElse(null);
            model.addAttribute("page", results.page(sample, caseload));
            return "samples/show";
        }
        List<String> problems = Json.read(json, sample.getProblemsJson(), STRINGS);
        model.addAttribute("problems", problems == null ? List.of() : problems);
        model.addAttribute("waiting", sample.getStatus() == SampleStatus.QUEUED || sample.getStatus() == SampleStatus.RUNNING);
        return "samples/pending";
    }

    /** Polled by htmx while the sample is drawn; once it is finished the page reloads to show it. */
    @GetMapping("/{id}/status")
    String status(@PathVariable long id, HttpServletResponse response, Model model) {
        Sample sample = samples.get(id);
        if (sample.getStatus() != SampleStatus.QUEUED && sample.getStatus() != SampleStatus.RUNNING) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("sample", sample);
        model.addAttribute("status", statusText(sample.getStatus()));
        model.addAttribute("waiting", sample.getStatus() == SampleStatus.QUEUED || sample.getStatus() == SampleStatus.RUNNING);
        return "samples/pending :: status";
    }

    private String formPage(Model model, SampleForm form, List<ErrorItem> errors) {
        List<Dataset> caseloads = datasets.listReadable().stream().filter(d -> d.getKind() == DatasetKind.CASELOAD).toList();
        if (form.getDatasetId() == null && !caseloads.isEmpty()) {
            form.setDatasetId(caseloads.get(0).getId());
        }
        List<String> pdus = caseloads.stream().filter(d -> d.getId().equals(form.getDatasetId())).findFirst()
                .map(d -> datasets.summaryOf(d).pdus()).orElse(List.of());
        model.addAttribute("form", form);
        model.addAttribute("caseloads", caseloads);
        model.addAttribute("pdus", pdus);
        model.addAttribute("methods", SampleForm.METHODS);
        model.addAttribute("errors", errors);
        return "samples/new";
    }

    /** The form field a sampler problem belongs to (problems name the parameter as their "file"). */
    private static String fieldId(String parameter) {
        if (parameter == null) {
            return "method";
        }
        return switch (parameter.replace("-", "").replace("_", "").toLowerCase()) {
            case "datasetid", "caseload" -> "datasetId";
            case "fieldworkstart" -> "fieldworkStart";
            case "pdu" -> "pdu";
            case "minfemale" -> "minFemale";
            case "minethnicminority" -> "minEthnicMinority";
            case "minhighrosh" -> "minHighRosh";
            case "targetsize" -> "targetSize";
            case "seed" -> "seed";
            default -> "method";
        };
    }

    static String statusText(SampleStatus status) {
        return switch (status) {
            case QUEUED -> "Queued";
            case RUNNING -> "Drawing";
            case DONE -> "Done";
            case FAILED -> "Failed";
            case INTERRUPTED -> "Interrupted";
        };
    }
}
