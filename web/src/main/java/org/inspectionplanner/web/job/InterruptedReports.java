package org.inspectionplanner.web.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import org.inspectionplanner.web.files.FileOwner;
import org.inspectionplanner.web.files.FileStore;

/**
 * A job the service stopped mid-solve (a crash, kill -9) keeps the report.json of its last saved
 * plan, written while it was solving. When the next start marks the job INTERRUPTED, its report's
 * termination says so too, instead of "SOLVING" for ever (issue 14).
 */
class InterruptedReports {

    static final String REPORT = "report.json";

    private final FileStore files;
    private final ObjectMapper json;

    InterruptedReports(FileStore files, ObjectMapper json) {
        this.files = files;
        this.json = json;
    }

    void markInterrupted(long jobId) {
        files.get(FileOwner.JOB, jobId, REPORT).ifPresent(file -> {
            try {
                JsonNode report = json.readTree(file.getContent());
                if (rewrite(report)) {
                    files.put(FileOwner.JOB, jobId, REPORT, file.getContentType(), json.writerWithDefaultPrettyPrinter()
                            .writeValueAsBytes(report));
                }
            } catch (IOException e) {
                // an unreadable report stays as it is; the job's status says INTERRUPTED
            }
        });
    }

    /** Replaces every termination field that says solving, in the same style ("SOLVING" or "solving"). */
    static boolean rewrite(JsonNode node) {
        boolean changed = false;
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String value = field.getValue().isTextual() ? field.getValue().asText() : null;
                if (field.getKey().toLowerCase().startsWith("termination") && "solving".equalsIgnoreCase(value)) {
                    field.setValue(TextNode.valueOf(value.equals("SOLVING") ? "INTERRUPTED" : "interrupted"));
                    changed = true;
                } else {
                    changed |= rewrite(field.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            for (JsonNode element : node) {
                changed |= rewrite(element);
            }
        }
        return changed;
    }
}
