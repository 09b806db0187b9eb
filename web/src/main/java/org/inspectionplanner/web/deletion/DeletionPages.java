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

    DeletionPages(DeletionService deletions) {
        this.deletions = deletions;
    }

    @GetMapping("/{path:datasets|samples|allocations|schedules}/{id}/delete")
    String confirm(@PathVariable String path, @PathVariable long id, Model model) {
        model.addAttribute("plan", deletions.plan(Deletable.ofPath(path), id));
        model.addAttribute("path", path);
        return "deletion/confirm";
    }

    @PostMapping("/{path:datasets|samples|allocations|schedules}/{id}/delete")
    String delete(@PathVariable String path, @PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("plan", deletions.delete(Deletable.ofPath(path), id));
        redirect.addFlashAttribute("path", path);
        return "redirect:/deleted";
    }

    @GetMapping("/deleted")
    String done(Model model) {
        return model.containsAttribute("plan") ? "deletion/done" : "redirect:/";
    }
}
