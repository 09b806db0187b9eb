package org.inspectionplanner.web.dataset;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.io.InputProblem;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.web.page.ErrorItem;
import org.inspectionplanner.web.page.PageController;
import org.inspectionplanner.web.security.CurrentUser;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Datasets: the upload form with the stored datasets, and one dataset's summary. */
@PageController
@RequestMapping("/datasets")
public class DatasetPages {

    /** What the kind radios say about each kind of file. */
    record KindOption(DatasetKind kind, String label, String hint) {
    }

    private static final List<KindOption> KINDS = List.of(
            new KindOption(DatasetKind.CASELOAD, "Caseload extract", "One row per case (sentence or licence), CSV or the long-list JSON."),
            new KindOption(DatasetKind.INSPECTORS, "Inspector roster", "One row per inspector: skills, capacity, available days, conflicts."),
            new KindOption(DatasetKind.INSPECTIONS, "Inspections", "The year's inspections: kind, tier, lead inspectorate, demand, window."),
            new KindOption(DatasetKind.CAPACITY, "Staff capacity", "Staff available for fieldwork per inspectorate and week."),
            new KindOption(DatasetKind.CALENDAR, "Calendar", "Blackout weeks in which no fieldwork may take place."));

    private final DatasetService datasets;

    DatasetPages(DatasetService datasets) {
        this.datasets = datasets;
    }

    @GetMapping
    String list(Model model) {
        return listPage(model, null, List.of());
    }

    @PostMapping
    String upload(@RequestParam(name = "kind", required = false) DatasetKind kind,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            HttpServletResponse response, Model model) throws IOException {
        List<ErrorItem> errors = new ArrayList<>();
        if (kind == null) {
            errors.add(ErrorItem.forField("kind", "Select the kind of file"));
        }
        if (file == null || file.isEmpty()) {
            errors.add(ErrorItem.forField("file", "Select a file to upload"));
        }
        if (!errors.isEmpty()) {
            return listPage(model, kind, errors);
        }
        Dataset dataset;
        try {
            dataset = datasets.upload(kind, file);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            errors.add(ErrorItem.forField("file", DatasetService.safeName(file.getOriginalFilename()) + " was not stored: "
                    + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + " found"));
            for (InputProblem problem : e.problems()) {
                errors.add(new ErrorItem("#file", describe(problem)));
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return listPage(model, kind, errors);
        }
        // The dataset page confirms the upload and offers the next step with this file.
        String location = "/datasets/" + dataset.getId() + "?stored";
        if (htmx != null) {
            // htmx uploads (with progress) navigate by header rather than following a redirect.
            response.setHeader("HX-Redirect", location);
            return "fragments/empty";
        }
        return "redirect:" + location;
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        Dataset dataset = datasets.get(id);
        model.addAttribute("dataset", dataset);
        model.addAttribute("kindLabel", label(dataset.getKind()));
        model.addAttribute("summary", datasets.summaryOf(dataset));
        datasets.identicalTo(dataset).ifPresent(earlier -> model.addAttribute("identicalTo", earlier));
        return "datasets/show";
    }

    private String listPage(Model model, DatasetKind selected, List<ErrorItem> errors) {
        model.addAttribute("datasets", datasets.listReadable());
        model.addAttribute("kinds", KINDS.stream().filter(k -> k.kind().uploadableBy(CurrentUser.role())).toList());
        model.addAttribute("selectedKind", selected);
        model.addAttribute("errors", errors);
        Map<DatasetKind, String> labels = new EnumMap<>(DatasetKind.class);
        Arrays.stream(DatasetKind.values()).forEach(k -> labels.put(k, label(k)));
        model.addAttribute("kindLabels", labels);
        return "datasets/list";
    }

    static String label(DatasetKind kind) {
        return KINDS.stream().filter(k -> k.kind() == kind).map(KindOption::label).findFirst().orElse(kind.name());
    }

    /** "Line 12, column 4: ..." in words (the table under the form keeps file, line and column apart). */
    public static String describe(InputProblem p) {
        StringBuilder text = new StringBuilder();
        if (p.line() > 0) {
            text.append("Line ").append(p.line());
            if (p.column() > 0) {
                text.append(", column ").append(p.column());
            }
            text.append(": ");
        }
        return text.append(p.message()).toString();
    }
}
