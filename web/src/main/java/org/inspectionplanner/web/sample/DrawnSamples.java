package org.inspectionplanner.web.sample;

import java.util.List;

/** What drawing a schedule's samples answers: the schedule and the new samples' ids, in fieldwork-plan order. */
public record DrawnSamples(long scheduleId, List<Long> sampleIds) {
}
