package org.inspectionplanner.web.ui;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.io.InputProblem;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.data.roster.Inspector;
import org.inspectionplanner.data.roster.Roster;
import org.inspectionplanner.web.dataset.Dataset;
import org.inspectionplanner.web.dataset.DatasetKind;
import org.inspectionplanner.web.dataset.DatasetService;
import org.inspectionplanner.web.files.FileOwner;
import org.inspectionplanner.web.files.FileStore;
import org.inspectionplanner.web.files.StoredFile;
import org.inspectionplanner.web.job.JobKind;
import org.inspectionplanner.web.job.SolveJob;
import org.inspectionplanner.web.job.SolveJobService;
import org.inspectionplanner.web.sample.Sample;
import org.inspectionplanner.web.sample.SampleService;
import org.inspectionplanner.web.sample.SampleStatus;
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
 * Allocation: choose a sample, roster and fieldwork; solve with a live score; the board with pins;
 * stop and solve again. Solving, stopping and pinning are the job service's; this only shows them.
 */
@Controller
@RequestMapping("/allocations")
@PreAuthorize("hasRole('TEAM_LEAD')")
class AllocationPages {

    private static final JobKind KIND = JobKind.ALLOCATION;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final SolveJobService jobs;
    private final SampleService samples;
    private final DatasetService datasets;
    private final FileStore files;
    private final ObjectMapper json;

    AllocationPages(SolveJobService jobs, SampleService samples, DatasetService datasets, FileStore files,
            ObjectMapper json) {
        this.jobs = jobs;
        this.samples = samples;
        this.datasets = datasets;
        this.files = files;
        this.json = json;
    }

    record JobRow(long id, String status, String score, String createdBy, String createdAt) {
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("jobs", jobs.list(KIND).stream().map(j -> new JobRow(j.getId(), JobStatusView.text(j.getStatus()),
                j.getBestScore(), j.getCreatedBy(), SampleResults.WHEN.format(j.getCreatedAt()))).toList());
        model.addAttribute("available", jobs.available(KIND));
        return "allocations/list";
    }

    @GetMapping("/new")
    String form(@RequestParam(required = false) Long sampleId, Model model) {
        AllocationForm form = new AllocationForm();
        form.setSampleId(sampleId);
        return formPage(model, form, List.of());
    }

    @PostMapping
    String create(@ModelAttribute("form") AllocationForm form, HttpServletResponse response, Model model) {
        List<ErrorItem> errors = form.check();
        if (errors.isEmpty()) {
            try {
                SolveJob job = jobs.submit(KIND, form.toRequest());
                return "redirect:/allocations/" + job.getId();
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
        model.addAttribute("board", board(job));
        return "allocations/show";
    }

    /** Polled by htmx while the job solves: the score so far; once it stops, the page reloads. */
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
        return "redirect:/allocations/" + id;
    }

    @PostMapping("/{id}/solve")
    String solve(@PathVariable long id) {
        jobs.resolve(KIND, id);
        return "redirect:/allocations/" + id;
    }

    @PostMapping("/{id}/pins")
    String pin(@PathVariable long id, @RequestParam String caseId, @RequestParam boolean pinned) {
        jobs.pin(KIND, id, caseId, pinned);
        return "redirect:/allocations/" + id + "#case-" + caseId;
    }

    private JobStatusView status(SolveJob job, boolean planShown) {
        return JobStatusView.of(job, jobs.isLive(KIND, job.getId()), "/allocations/" + job.getId() + "/status?planShown=" + planShown,
                Json.read(json, job.getProblemsJson(), STRINGS));
    }

    private AllocationBoard board(SolveJob job) {
        long id = job.getId();
        JsonNode report = files.get(FileOwner.JOB, id, "report.json").map(f -> readTree(f.getContent()))
                .orElseGet(json::createObjectNode);
        List<Map<String, String>> rows = CsvRows.parse(files.get(FileOwner.JOB, id, "allocation.csv")
                .map(StoredFile::getContent).orElse(null));
        JsonNode request = JobRequests.parse(json, job.getRequestJson());

        Map<String, AllocationBoard.CaseFacts> cases = new LinkedHashMap<>();
        Long sampleId = JobRequests.id(request, "sampleId", "sample_id", "sample");
        if (sampleId != null) {
            files.get(FileOwner.SAMPLE, sampleId, "sample.csv").ifPresent(f -> CsvRows.parse(f.getContent()).forEach(r ->
                    cases.put(r.getOrDefault("case_id", ""), new AllocationBoard.CaseFacts(r.getOrDefault("office", ""),
                            r.getOrDefault("practitioner_id", "")))));
        }
        Map<String, AllocationBoard.InspectorFacts> inspectors = new LinkedHashMap<>();
        Long rosterId = JobRequests.id(request, "rosterDatasetId", "inspectorsDatasetId", "inspectorsId", "rosterId", "inspectors_dataset_id",
                "inspectors");
        if (rosterId != null) {
            try {
                Roster roster = datasets.load(rosterId, DatasetKind.INSPECTORS, Roster.class, "inspectors");
                for (Inspector i : roster.inspectors()) {
                    inspectors.put(i.inspectorId(), new AllocationBoard.InspectorFacts(i.name(),
                            i.skills().stream().map(s -> s.name().replace('_', ' ').toLowerCase()).sorted().toList(), i.maxCases()));
                }
            } catch (RuntimeException e) {
                // The board still shows ids without names and skills.
            }
        }
        String base = "/api/allocations/" + id + "/files/";
        List<Download> downloads = List.of(
                new Download("Allocation (CSV)", "comma-separated values", base + "allocation.csv"),
                new Download("Report (JSON)", "JSON", base + "report.json"));
        return AllocationBoard.from(report, rows, cases, inspectors, job.getPins(), downloads);
    }

    private JsonNode readTree(byte[] content) {
        try {
            return json.readTree(content);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private String formPage(Model model, AllocationForm form, List<ErrorItem> errors) {
        List<Sample> done = samples.list().stream().filter(s -> s.getStatus() == SampleStatus.DONE).toList();
        if (form.getSampleId() == null && !done.isEmpty()) {
            form.setSampleId(done.get(0).getId());
        }
        List<Dataset> rosters = datasets.listReadable().stream().filter(d -> d.getKind() == DatasetKind.INSPECTORS).toList();
        if (form.getRosterId() == null && !rosters.isEmpty()) {
            form.setRosterId(rosters.get(0).getId());
        }
        if (form.getFieldworkStart() == null) {
            done.stream().filter(s -> s.getId().equals(form.getSampleId())).findFirst().ifPresent(s -> {
                JsonNode parameters = JobRequests.parse(json, s.getParametersJson());
                String start = JobRequests.text(parameters, "fieldworkStart", "fieldwork_start");
                if (start != null) {
                    form.setFieldworkStart(Dates.uk(Dates.parse(start)));
                }
            });
        }
        model.addAttribute("form", form);
        model.addAttribute("samples", done);
        model.addAttribute("rosters", rosters);
        model.addAttribute("errors", errors);
        model.addAttribute("available", jobs.available(KIND));
        return "allocations/new";
    }

    private static String fieldFor(String parameter) {
        if (parameter == null) {
            return "#sampleId";
        }
        String p = parameter.replace("_", "").replace("-", "").toLowerCase();
        if (p.contains("sample")) {
            return "#sampleId";
        }
        if (p.contains("inspector") || p.contains("roster")) {
            return "#rosterId";
        }
        if (p.contains("fieldwork")) {
            return "#fieldworkStart";
        }
        if (p.contains("day")) {
            return "#days";
        }
        return "#sampleId";
    }
}
