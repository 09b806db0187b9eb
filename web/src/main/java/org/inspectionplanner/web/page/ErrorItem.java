package org.inspectionplanner.web.page;

/** One line of a GOV.UK error summary: the message and the anchor of the field it belongs to (or null). */
public record ErrorItem(String href, String text) {

    public static ErrorItem forField(String fieldId, String text) {
        return new ErrorItem("#" + fieldId, text);
    }

    /** The errors of one field, for its inline error message. */
    public static java.util.List<ErrorItem> of(java.util.List<ErrorItem> errors, String fieldId) {
        return errors == null ? java.util.List.of()
                : errors.stream().filter(e -> ("#" + fieldId).equals(e.href())).toList();
    }
}
