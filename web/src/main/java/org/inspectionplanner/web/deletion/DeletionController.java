package org.inspectionplanner.web.deletion;

import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code DELETE /api/datasets/{id}} (and samples, allocations, schedules): deletes the thing and
 * everything derived from it, answering what went; {@code GET .../{id}/deletion} lists what would go.
 * Allowed to the role that creates the kind, and to ADMIN.
 */
@RestController
class DeletionController {

    private final DeletionService deletions;

    DeletionController(DeletionService deletions) {
        this.deletions = deletions;
    }

    @GetMapping({"/api/datasets/{id}/deletion", "/api/samples/{id}/deletion", "/api/allocations/{id}/deletion",
            "/api/schedules/{id}/deletion"})
    DeletionPlan preview(@PathVariable long id, jakarta.servlet.http.HttpServletRequest request) {
        return deletions.plan(kindOf(request), id);
    }

    @DeleteMapping({"/api/datasets/{id}", "/api/samples/{id}", "/api/allocations/{id}", "/api/schedules/{id}"})
    DeletionPlan delete(@PathVariable long id, jakarta.servlet.http.HttpServletRequest request) {
        return deletions.delete(kindOf(request), id);
    }

    private static Deletable kindOf(jakarta.servlet.http.HttpServletRequest request) {
        return Deletable.ofPath(request.getRequestURI().substring(request.getContextPath().length()).split("/")[2]);
    }
}
