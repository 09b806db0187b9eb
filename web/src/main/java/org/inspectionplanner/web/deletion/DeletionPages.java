package org.inspectionplanner.web.deletion;

import org.inspectionplanner.web.page.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The GOV.UK "are you sure" page listing everything a deletion takes, and the confirmation after it.
 * Reached from the Delete button of a dataset, sample, allocation or schedule page.
 */
@PageController
class DeletionPages {

    private final DeletionService deletions;
    private final org.inspectionplanner.web.page.ResultNames names;

    DeletionPages(DeletionService deletions, org.inspectionplanner.web.page.ResultNames names) {
        this.deletions = deletions;
        this.names = names;
    }

    /** What a deletion takes, each result named by what it is ("Leeds, fieldwork ..."), never by its number. */
    record Named(String title, java.util.List<String> datasets, java.util.List<String> samples, java.util.List<String> allocations,
            java.util.List<String> schedules) {
    }

    private Named named(DeletionPlan plan) {
        String type = plan.kind().name().toLowerCase(java.util.Locale.ROOT);
        String title = plan.kind() == Deletable.DATASET ? plan.name() : names.name(type, plan.id());
        return new Named(title, plan.datasets().stream().map(id -> names.name("dataset", id)).toList(),
                plan.samples().stream().map(id -> names.name("sample", id)).toList(),
                plan.allocations().stream().map(id -> names.name("allocation", id)).toList(),
                plan.schedules().stream().map(id -> names.name("schedule", id)).toList());
    }

    @GetMapping("/{path:datasets|samples|allocations|schedules}/{id}/delete")
    String confirm(@PathVariable String path, @PathVariable long id, Model model) {
        DeletionPlan plan = deletions.plan(Deletable.ofPath(path), id);
        model.addAttribute("plan", plan);
        model.addAttribute("named", named(plan));
        model.addAttribute("path", path);
        return "deletion/confirm";
    }

    @PostMapping("/{path:datasets|samples|allocations|schedules}/{id}/delete")
    String delete(@PathVariable String path, @PathVariable long id, RedirectAttributes redirect) {
        // Named before it goes: afterwards there is nothing left to name it by.
        Named named = named(deletions.plan(Deletable.ofPath(path), id));
        redirect.addFlashAttribute("plan", deletions.delete(Deletable.ofPath(path), id));
        redirect.addFlashAttribute("named", named);
        redirect.addFlashAttribute("path", path);
        return "redirect:/deleted";
    }

    @GetMapping("/deleted")
    String done(Model model) {
        return model.containsAttribute("plan") ? "deletion/done" : "redirect:/";
    }
}
