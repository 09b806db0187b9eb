package org.inspectionplanner.web.inspection;

import org.inspectionplanner.web.page.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An inspection page: its chain at a glance (scheduled weeks and lead; each PDU's sample with
 * status, size and departures; that sample's allocation with status and unassigned cases), with
 * links to the steps the signed-in role may open. A programme manager sees status only.
 */
@PageController
@PreAuthorize("hasAnyRole('PLANNER', 'TEAM_LEAD', 'PROGRAMME_MANAGER')")
class InspectionPages {

    private final InspectionChains chains;

    InspectionPages(InspectionChains chains) {
        this.chains = chains;
    }

    @GetMapping("/schedules/{id}/inspections/{inspectionId}")
    String show(@PathVariable long id, @PathVariable String inspectionId, Model model) {
        model.addAttribute("chain", chains.get(id, inspectionId));
        return "inspections/show";
    }
}
