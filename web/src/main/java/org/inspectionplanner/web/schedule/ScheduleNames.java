package org.inspectionplanner.web.schedule;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import org.inspectionplanner.web.job.SolveJob;
import org.inspectionplanner.web.page.Words;
import org.springframework.stereotype.Component;

/**
 * A schedule named by what it is, wherever it is listed, linked or shown: "Programme from 5 January 2026
 * to 28 December 2026, planned by programme on 6 December 2026". Never "Schedule 4".
 */
@Component
public class ScheduleNames {

    private final ObjectMapper json;

    ScheduleNames(ObjectMapper json) {
        this.json = json;
    }

    public String name(SolveJob job) {
        ScheduleRequest request = ScheduleRequest.ofStored(json, job.getRequestJson());
        String from = Words.date(request.from());
        String to = Words.date(request.to());
        return "Programme" + (from.isEmpty() ? "" : " from " + from) + (to.isEmpty() ? "" : " to " + to) + ", planned by "
                + job.getCreatedBy() + " on " + Words.date(LocalDate.ofInstant(job.getCreatedAt(), ZoneId.of("Europe/London")));
    }
}
