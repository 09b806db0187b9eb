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
import org.inspectionplanner.web.page.Words;
import org.inspectionplanner.planner.allocation.AllocationReport;
import org.inspectionplanner.web.sample.SampleNames;
import org.inspectionplanner.web.schedule.ProgrammeView;
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
    private final SampleNames names;
    private final AllocationMoves moves;
    private final SolveJobService jobs;

    AllocationPages(SolveJobService jobs, SampleService samples, DatasetService datasets, FileStore files,
            ObjectMapper json, SampleNames names, AllocationMoves moves) {
        this.moves = moves;
        this.jobs = jobs;
        this.samples = samples;
        this.datasets = datasets;
        this.files = files;
        this.json = json;
        this.names = names;
        this.pages = new SolvingJobPages(JobKind.ALLOCATION, "/allocations", jobs, files, json);
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("jobs", pages.rows(this::title));
        model.addAttribute("available", pages.available());
        return "allocations/list";
    }

    @GetMapping("/new")
    String form(@RequestParam(required = false) Long sampleId, @RequestParam(required = false) Long rosterId, Model model) {
        AllocationForm form = new AllocationForm();
        form.setSampleId(sampleId);
        form.setRosterId(rosterId);
        return formPage(model, form, List.of());
    }

    @PostMapping
    String create(@ModelAttribute("form") AllocationForm form, HttpServletResponse response, Model model) {
        return pages.create(form.check(), form::toRequest, AllocationPages::fieldFor, response,
                errors -> formPage(model, form, errors));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        SolveJob job = pages.show(id, model);
        model.addAttribute("title", title(job));
        model.addAttribute("board", board(job));
        return "allocations/show";
    }

    /** "Allocation of Leeds, fieldwork 5 January 2026, 43 cases, drawn by planner on 6 December 2026". */
    private String title(SolveJob job) {
        Long sampleId = AllocationRequest.ofStored(json, job.getRequestJson()).sampleId();
        return "Allocation of " + (sampleId == null ? "a sample" : samples.find(sampleId).map(names::name).orElse("a deleted sample"));
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

    /**
     * Moves a case to another inspector, another interview slot or both (the keyboard form, or a drag that fills
     * it in): blocked moves come back naming the hard rules they break; allowed ones are saved pinned and the plan
     * is solved again.
     */
    @PostMapping("/{id}/moves")
    String move(@PathVariable long id, @RequestParam String caseId, @RequestParam(required = false) String inspectorId,
            @RequestParam(required = false) String slot,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            AllocationPlanning.InterviewSlot to = slot == null || slot.isBlank() ? null : parseSlot(slot);
            // What the form leaves as it is (the pickers start at the case's inspector and slot) is not part of the move.
            Map<String, String> row = pages.csv(id, "allocation.csv").stream()
                    .filter(r -> caseId.equals(r.get("case_id"))).findFirst().orElse(Map.of());
            if (inspectorId != null && inspectorId.equals(row.get("inspector_id"))) {
                inspectorId = null;
            }
            if (to != null && to.day().toString().equals(row.get("interview_date")) && to.time().toString().equals(row.get("interview_time"))) {
                to = null;
            }
            if ((inspectorId == null || inspectorId.isBlank()) && to == null) {
                redirect.addFlashAttribute("moveProblem", row.getOrDefault("inspector_id", "").isEmpty()
                        ? "Case " + caseId + " was not allocated: choose an inspector, then select Allocate."
                        : "Case " + caseId + " was not moved: choose another inspector or another interview slot, then select Move.");
                return "redirect:/allocations/" + id + "#board";
            }
            String where = where(id, inspectorId, to);
            // a case the solver left unassigned is allocated, not moved
            boolean unassigned = row.getOrDefault("inspector_id", "").isEmpty();
            AllocationMoves.Outcome outcome = moves.move(id, caseId, inspectorId, to);
            if (outcome.moved()) {
                redirect.addFlashAttribute("moved", "Case " + caseId + (unassigned ? " allocated to " : " moved to ") + where
                        + " and pinned there. The rest of the plan is being solved again around it.");
            } else {
                redirect.addFlashAttribute("moveProblem", "Case " + caseId + (unassigned ? " was not allocated to " : " was not moved to ") + where
                        + ": that would break the hard rule" + (outcome.brokenRules().size() == 1 ? " on " : "s on ")
                        + String.join(" and ", outcome.brokenRules()) + ".");
            }
        } catch (org.inspectionplanner.data.io.InvalidInputException e) {
            redirect.addFlashAttribute("moveProblem", "Case " + caseId + " was not moved: " + e.problems().get(0).message() + ".");
        }
        return "redirect:/allocations/" + id + "#board";
    }

    private static AllocationPlanning.InterviewSlot parseSlot(String slot) {
        try {
            java.time.LocalDateTime at = java.time.LocalDateTime.parse(slot);
            return new AllocationPlanning.InterviewSlot(at.toLocalDate(), at.toLocalTime());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.inspectionplanner.data.io.InvalidInputException("slot", "that is not an interview slot");
        }
    }

    /** "Nia Williams", "the interview on Mon 5 Jan at 14:00", or both. */
    private String where(long id, String inspectorId, AllocationPlanning.InterviewSlot slot) {
        List<String> parts = new java.util.ArrayList<>();
        if (inspectorId != null && !inspectorId.isBlank()) {
            parts.add(inspectorName(id, inspectorId));
        }
        if (slot != null) {
            parts.add("the interview on " + AllocationBoard.dayLabel(slot.day().toString()) + " at " + slot.time());
        }
        return parts.isEmpty() ? "where it is" : String.join(", ", parts);
    }

    private String inspectorName(long id, String inspectorId) {
        Long rosterId = AllocationRequest.ofStored(json, jobs.get(JobKind.ALLOCATION, id).getRequestJson()).rosterDatasetId();
        if (rosterId != null) {
            try {
                Roster roster = datasets.load(rosterId, DatasetKind.INSPECTORS, Roster.class, "inspectors");
                for (Inspector i : roster.inspectors()) {
                    if (i.inspectorId().equals(inspectorId)) {
                        return i.name();
                    }
                }
            } catch (RuntimeException e) {
                // named by id below
            }
        }
        return "inspector " + inspectorId;
    }

    @PostMapping("/{id}/pins")
    String pin(@PathVariable long id, @RequestParam String caseId, @RequestParam boolean pinned) {
        return pages.pin(id, caseId, pinned, "case-");
    }

    private AllocationBoard board(SolveJob job) {
        long id = job.getId();
        AllocationReport report = pages.report(id, AllocationReport.class);
        List<Map<String, String>> rows = pages.csv(id, "allocation.csv");
        AllocationRequest request = AllocationRequest.ofStored(json, job.getRequestJson());

        Map<String, AllocationBoard.CaseFacts> cases = new LinkedHashMap<>();
        Long sampleId = request.sampleId();
        if (sampleId != null) {
            files.get(FileOwner.SAMPLE, sampleId, "sample.csv").ifPresent(f -> CsvRows.parse(f.getContent()).forEach(r ->
                    cases.put(r.getOrDefault("case_id", ""), new AllocationBoard.CaseFacts(r.getOrDefault("office", ""),
                            r.getOrDefault("practitioner_id", ""), describe(r)))));
        }
        Map<String, AllocationBoard.InspectorFacts> inspectors = new LinkedHashMap<>();
        Long rosterId = request.rosterDatasetId();
        if (rosterId != null) {
            try {
                Roster roster = datasets.load(rosterId, DatasetKind.INSPECTORS, Roster.class, "inspectors");
                for (Inspector i : roster.inspectors()) {
                    inspectors.put(i.inspectorId(), new AllocationBoard.InspectorFacts(i.name(),
                            i.inspectorate() == null ? "" : ProgrammeView.inspectorateLabel(i.inspectorate().name()),
                            i.role() == null ? "" : Words.code(i.role()),
                            i.skills().stream().map(s -> s.name().replace('_', ' ').toLowerCase()).sorted().toList(), i.maxCases()));
                }
            } catch (RuntimeException e) {
                // The board still shows ids without names and skills.
            }
        }
        List<Download> downloads = List.of(
                pages.download(id, "Allocation (CSV)", "comma-separated values", "allocation.csv"),
                pages.download(id, "Report (JSON)", "JSON", "report.json"));
        List<java.time.LocalDateTime> slots;
        try {
            slots = moves.slots(id).stream().map(s -> s.day().atTime(s.time())).toList();
        } catch (RuntimeException e) {
            slots = List.of(); // the sample is gone: the timetable shows the slots the plan uses
        }
        return AllocationBoard.from(report, rows, cases, inspectors, job.getPins(), downloads, slots);
    }

    /** A case in words from its sample row: "Community order, high RoSH, MAPPA level 2". */
    static String describe(Map<String, String> row) {
        List<String> parts = new java.util.ArrayList<>();
        String sentence = row.getOrDefault("sentence_type", "");
        if (!sentence.isBlank()) {
            parts.add(Words.code(sentence));
        }
        String rosh = row.getOrDefault("rosh", "");
        if (!rosh.isBlank()) {
            parts.add(Words.code(rosh).toLowerCase(java.util.Locale.UK) + " RoSH");
        }
        String mappa = row.getOrDefault("mappa_level", "");
        if (!mappa.isBlank() && !mappa.equals("0")) {
            parts.add("MAPPA level " + mappa);
        }
        return String.join(", ", parts);
    }

    private String formPage(Model model, AllocationForm form, List<ErrorItem> errors) {
        // Only finished samples with cases can be allocated: an empty sample is never offered.
        List<Sample> done = samples.list().stream().filter(s -> s.getStatus() == SampleStatus.DONE && names.size(s) != 0).toList();
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
        model.addAttribute("samples", done.stream().map(s -> new SampleChoice(s.getId(), names.name(s))).toList());
        model.addAttribute("duration", pages.duration());
        model.addAttribute("rosters", rosters);
        model.addAttribute("errors", errors);
        model.addAttribute("available", pages.available());
        return "allocations/new";
    }

    /** A finished sample as the form offers it. */
    record SampleChoice(long id, String name) {
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
