package org.inspectionplanner.web.allocation;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.inspectionplanner.web.page.Dates;
import org.inspectionplanner.web.page.ErrorItem;

/** The allocation form: which sample, which roster, the fieldwork start and how many fieldwork days. */
public class AllocationForm {

    private Long sampleId;
    private Long rosterId;
    private String fieldworkStart;
    private String days = "4";

    public List<ErrorItem> check() {
        List<ErrorItem> errors = new ArrayList<>();
        if (sampleId == null) {
            errors.add(ErrorItem.forField("sampleId", "Select the sample whose cases are to be allocated"));
        }
        if (rosterId == null) {
            errors.add(ErrorItem.forField("rosterId", "Select the inspector roster"));
        }
        LocalDate date = Dates.parse(fieldworkStart);
        if (fieldworkStart == null || fieldworkStart.isBlank()) {
            errors.add(ErrorItem.forField("fieldworkStart", "Enter the date fieldwork starts"));
        } else if (date == null) {
            errors.add(ErrorItem.forField("fieldworkStart", "Fieldwork start must be a real date, like 2/3/2026"));
        } else if (date.getDayOfWeek() != DayOfWeek.MONDAY) {
            errors.add(ErrorItem.forField("fieldworkStart", "Fieldwork start must be a Monday"));
        }
        try {
            int d = Integer.parseInt(days == null ? "" : days.trim());
            if (d < 1 || d > 5) {
                errors.add(ErrorItem.forField("days", "Fieldwork days must be between 1 and 5"));
            }
        } catch (NumberFormatException e) {
            errors.add(ErrorItem.forField("days", "Fieldwork days must be a whole number, like 4"));
        }
        return errors;
    }

    /** The request for the allocation service, named as its JSON API names them. */
    public ObjectNode toRequest() {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.put("sampleId", sampleId);
        request.put("rosterDatasetId", rosterId);
        request.put("fieldworkStart", Dates.parse(fieldworkStart).toString());
        request.put("days", Integer.parseInt(days.trim()));
        return request;
    }

    public Long getSampleId() { return sampleId; }
    public void setSampleId(Long sampleId) { this.sampleId = sampleId; }
    public Long getRosterId() { return rosterId; }
    public void setRosterId(Long rosterId) { this.rosterId = rosterId; }
    public String getFieldworkStart() { return fieldworkStart; }
    public void setFieldworkStart(String fieldworkStart) { this.fieldworkStart = fieldworkStart; }
    public String getDays() { return days; }
    public void setDays(String days) { this.days = days; }
}
