package org.inspectionplanner.web.allocation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.roster.Inspector;
import org.inspectionplanner.data.roster.Roster;
import org.inspectionplanner.web.dataset.Dataset;
import org.inspectionplanner.web.dataset.DatasetKind;
import org.inspectionplanner.web.dataset.DatasetService;
import org.inspectionplanner.web.files.FileOwner;
import org.inspectionplanner.web.files.FileStore;
import org.inspectionplanner.web.job.JobKind;
import org.inspectionplanner.web.job.SolveJob;
import org.inspectionplanner.web.job.SolveJobService;
import org.inspectionplanner.web.page.CsvRows;
import org.inspectionplanner.web.page.Dates;
import org.inspectionplanner.web.page.Download;
import org.inspectionplanner.web.page.ErrorItem;
import org.inspectionplanner.web.page.PageController;
import org.inspectionplanner.web.page.SolvingJobPages;
import org.inspectionplanner.web.sample.Sample;
import org.inspectionplanner.web.sample.SampleService;
import org.inspectionplanner.web.sample.SampleStatus;
import org.springframework.security.access.prepost.PreAuthorize;
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
@PageController
@RequestMapping("/allocations")
@PreAuthorize("hasRole('TEAM_LEAD')")
class AllocationPages {

    private final SampleService samples;
    private final DatasetService datasets;
    private final FileStore files;
    private final ObjectMapper json;
    private final SolvingJobPages pages;

    AllocationPages(SolveJobService jobs, SampleService samples, DatasetService datasets, FileStore files,
            ObjectMapper json) {
        this.samples = samples;
        this.datasets = datasets;
        this.files = files;
        this.json = json;
        this.pages = new SolvingJobPages(JobKind.ALLOCATION, "/allocations", jobs, files, json);
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("jobs", pages.rows());
        model.addAttribute("available", pages.available());
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
        return pages.create(form.check(), form::toRequest, AllocationPages::fieldFor, response,
                errors -> formPage(model, form, errors));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("board", board(pages.show(id, model)));
        return "allocations/show";
    }

    @GetMapping("/{id}/status")
    String status(@PathVariable long id, @RequestParam(defaultValue = "true") boolean planShown,
            HttpServletResponse response, Model model) {
        return pages.status(id, planShown, response, model);
    }

    @PostMapping("/{id}/stop")
    String stop(@PathVariable long id) {
        return pages.stop(id);
    }

    @PostMapping("/{id}/solve")
    String solve(@PathVariable long id) {
        return pages.solve(id);
    }

    @PostMapping("/{id}/pins")
    String pin(@PathVariable long id, @RequestParam String caseId, @RequestParam boolean pinned) {
        return pages.pin(id, caseId, pinned, "case-");
    }

    private AllocationBoard board(SolveJob job) {
        long id = job.getId();
        JsonNode report = pages.report(id);
        List<Map<String, String>> rows = pages.csv(id, "allocation.csv");
        AllocationRequest request = AllocationRequest.ofStored(json, job.getRequestJson());

        Map<String, AllocationBoard.CaseFacts> cases = new LinkedHashMap<>();
        Long sampleId = request.sampleId();
        if (sampleId != null) {
            files.get(FileOwner.SAMPLE, sampleId, "sample.csv").ifPresent(f -> CsvRows.parse(f.getContent()).forEach(r ->
                    cases.put(r.getOrDefault("case_id", ""), new AllocationBoard.CaseFacts(r.getOrDefault("office", ""),
                            r.getOrDefault("practitioner_id", "")))));
        }
        Map<String, AllocationBoard.InspectorFacts> inspectors = new LinkedHashMap<>();
        Long rosterId = request.rosterDatasetId();
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
        List<Download> downloads = List.of(
                pages.download(id, "Allocation (CSV)", "comma-separated values", "allocation.csv"),
                pages.download(id, "Report (JSON)", "JSON", "report.json"));
        return AllocationBoard.from(report, rows, cases, inspectors, job.getPins(), downloads);
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
            // the sample remembers its fieldwork start (drawn for a scheduled inspection, or as asked)
            done.stream().filter(s -> s.getId().equals(form.getSampleId())).findFirst()
                    .map(Sample::getFieldworkStart).ifPresent(start -> form.setFieldworkStart(Dates.uk(start)));
        }
        model.addAttribute("form", form);
        model.addAttribute("samples", done);
        model.addAttribute("rosters", rosters);
        model.addAttribute("errors", errors);
        model.addAttribute("available", pages.available());
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
