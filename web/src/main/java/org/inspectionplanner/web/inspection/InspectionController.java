package org.inspectionplanner.web.inspection;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/schedules/{id}/inspections}: each inspection's chain (schedule, samples, allocations)
 * as status only; readable by planners, team leads and programme managers.
 */
@RestController
@RequestMapping("/api/schedules/{id}/inspections")
class InspectionController {

    private final InspectionChains chains;

    InspectionController(InspectionChains chains) {
        this.chains = chains;
    }

    @GetMapping
    @Operation(summary = "Every inspection of a schedule with its chain's status")
    List<InspectionChain> list(@PathVariable long id) {
        return chains.forSchedule(id);
    }

    @GetMapping("/{inspectionId}")
    @Operation(summary = "One inspection's chain: scheduled weeks, samples, allocations")
    InspectionChain get(@PathVariable long id, @PathVariable String inspectionId) {
        return chains.get(id, inspectionId);
    }
}
