package org.inspectionplanner.web.sample;

import java.util.ArrayList;
import java.util.List;
import org.inspectionplanner.data.io.InputProblem;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.web.page.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Draw the samples" on a finished schedule's page (a planner): one sample per PDU of each scheduled
 * inspection, then back to the schedule's inspections with their chains, or to the form's problems.
 */
@PageController
@PreAuthorize("hasRole('PLANNER')")
class ScheduleSamplePages {

    private final ScheduleSamples schedules;

    ScheduleSamplePages(ScheduleSamples schedules) {
        this.schedules = schedules;
    }

    @PostMapping("/schedules/{id}/samples")
    String draw(@PathVariable long id, @RequestParam(required = false) Long datasetId,
            @RequestParam(required = false) String method, @RequestParam(required = false) List<String> inspectionIds,
            RedirectAttributes redirect) {
        List<String> errors = new ArrayList<>();
        if (datasetId == null) {
            errors.add("Select the caseload to draw the samples from");
        }
        if (method == null || !SampleForm.METHODS.containsKey(method)) {
            errors.add("Select a sampling method");
        }
        if (errors.isEmpty()) {
            try {
                DrawnSamples drawn = schedules.draw(id, new DrawSamplesRequest(datasetId, method,
                        inspectionIds == null || inspectionIds.isEmpty() ? null : inspectionIds, null));
                redirect.addFlashAttribute("drawn", drawn.sampleIds().size());
                return "redirect:/schedules/" + id + "#inspections";
            } catch (InvalidInputException e) {
                e.problems().stream().map(ScheduleSamplePages::words).forEach(errors::add);
            } catch (ResponseStatusException e) {
                errors.add(e.getReason());
            }
        }
        redirect.addFlashAttribute("drawErrors", errors);
        return "redirect:/schedules/" + id + "#draw-samples";
    }

    private static String words(InputProblem p) {
        return p.message();
    }
}
