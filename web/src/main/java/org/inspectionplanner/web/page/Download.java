package org.inspectionplanner.web.page;

/** A file offered for download: button text, a short description of the format, and its address. */
public record Download(String label, String format, String href) {
}
