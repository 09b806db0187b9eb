package org.inspectionplanner.web.sample;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/schedules/{id}/samples} (PLANNER): the samples a finished schedule plans, one per
 * PDU of each scheduled inspection; answers 202 with their ids. Poll each under /api/samples.
 */
@RestController
class ScheduleSampleController {

    private final ScheduleSamples schedules;

    ScheduleSampleController(ScheduleSamples schedules) {
        this.schedules = schedules;
    }

    @PostMapping("/api/schedules/{id}/samples")
    @Operation(summary = "Draw the samples of a finished schedule",
            description = "One sample per PDU of each scheduled inspection (or of the inspections named), each at"
                    + " its fieldwork start, by the method and options given. Every PDU is checked against the"
                    + " caseload first; nothing is drawn if any is unknown.")
    ResponseEntity<DrawnSamples> draw(@PathVariable long id, @Valid @RequestBody DrawSamplesRequest request) {
        return ResponseEntity.accepted().body(schedules.draw(id, request));
    }
}
