package org.inspectionplanner.web.schedule;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.inspectionplanner.web.page.Dates;
import org.inspectionplanner.web.page.ErrorItem;

/** The programme form: the three files, the planning horizon (Mondays) and the plan date. */
public class ScheduleForm {

    private Long inspectionsId;
    private Long capacityId;
    private Long calendarId;
    private String from;
    private String to;
    private String planDate;

    public List<ErrorItem> check() {
        List<ErrorItem> errors = new ArrayList<>();
        if (inspectionsId == null) {
            errors.add(ErrorItem.forField("inspectionsId", "Select the inspections file"));
        }
        if (capacityId == null) {
            errors.add(ErrorItem.forField("capacityId", "Select the staff capacity file"));
        }
        if (calendarId == null) {
            errors.add(ErrorItem.forField("calendarId", "Select the calendar file"));
        }
        LocalDate f = monday(errors, "from", from, "The first week");
        LocalDate t = monday(errors, "to", to, "The last week");
        if (f != null && t != null && t.isBefore(f)) {
            errors.add(ErrorItem.forField("to", "The last week must be on or after the first week"));
        }
        if (Dates.parse(planDate) == null) {
            errors.add(ErrorItem.forField("planDate", "Enter the plan date (today), like 5/1/2026"));
        }
        return errors;
    }

    private static LocalDate monday(List<ErrorItem> errors, String field, String text, String label) {
        LocalDate date = Dates.parse(text);
        if (date == null) {
            errors.add(ErrorItem.forField(field, label + " must be a real date, like 5/1/2026"));
        } else if (date.getDayOfWeek() != DayOfWeek.MONDAY) {
            errors.add(ErrorItem.forField(field, label + " must be a Monday"));
            return null;
        }
        return date;
    }

    /** The request for the schedule service, named as its JSON API names them. */
    public ObjectNode toRequest() {
        ObjectNode request = JsonNodeFactory.instance.objectNode();
        request.put("inspectionsDatasetId", inspectionsId);
        request.put("capacityDatasetId", capacityId);
        request.put("calendarDatasetId", calendarId);
        request.put("from", Dates.parse(from).toString());
        request.put("to", Dates.parse(to).toString());
        request.put("planDate", Dates.parse(planDate).toString());
        return request;
    }

    public Long getInspectionsId() { return inspectionsId; }
    public void setInspectionsId(Long inspectionsId) { this.inspectionsId = inspectionsId; }
    public Long getCapacityId() { return capacityId; }
    public void setCapacityId(Long capacityId) { this.capacityId = capacityId; }
    public Long getCalendarId() { return calendarId; }
    public void setCalendarId(Long calendarId) { this.calendarId = calendarId; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getTo() { return to; }
    public void setTo(String to) { this.to = to; }
    public String getPlanDate() { return planDate; }
    public void setPlanDate(String planDate) { this.planDate = planDate; }
}
