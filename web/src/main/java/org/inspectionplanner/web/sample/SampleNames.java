package org.inspectionplanner.web.sample;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.inspectionplanner.web.page.Words;
import org.inspectionplanner.web.support.Json;
import org.springframework.stereotype.Component;

/**
 * A sample named by what it is, wherever it is listed or offered: "Leeds, fieldwork 5 January 2026,
 * 43 cases, drawn by planner on 6 December 2026". Never "Sample 3".
 */
@Component
public class SampleNames {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final SampleService samples;
    private final ObjectMapper json;

    SampleNames(SampleService samples, ObjectMapper json) {
        this.samples = samples;
        this.json = json;
    }

    /** The PDU the sample was drawn for, or "Every PDU" when the request pooled them. */
    public String pdu(Sample sample) {
        Object pdu = samples.summary(sample).get("pdu");
        if (pdu == null || pdu.toString().isBlank()) {
            pdu = parameters(sample).get("pdu");
        }
        return pdu == null || pdu.toString().isBlank() ? "Every PDU" : pdu.toString();
    }

    /** The fieldwork start, or null when the sample does not say. */
    public LocalDate fieldwork(Sample sample) {
        Object start = samples.summary(sample).get("fieldworkStart");
        if (start == null) {
            start = parameters(sample).get("fieldworkStart");
        }
        try {
            return start == null ? null : LocalDate.parse(start.toString());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** How many cases a finished sample selected; -1 before it is finished. */
    public int size(Sample sample) {
        Object selected = samples.summary(sample).get("selected");
        return selected instanceof Number n ? n.intValue() : -1;
    }

    /** "Leeds, fieldwork 5 January 2026, 43 cases, drawn by planner on 6 December 2026". */
    public String name(Sample sample) {
        StringBuilder s = new StringBuilder(pdu(sample));
        LocalDate fieldwork = fieldwork(sample);
        if (fieldwork != null) {
            s.append(", fieldwork ").append(Words.date(fieldwork));
        }
        int size = size(sample);
        if (size >= 0) {
            s.append(", ").append(Words.count(size, "case", "cases"));
        }
        s.append(", drawn by ").append(sample.getCreatedBy());
        if (sample.getCreatedAt() != null) {
            s.append(" on ").append(Words.date(LocalDate.ofInstant(sample.getCreatedAt(), ZoneId.of("Europe/London"))));
        }
        return s.toString();
    }

    private Map<String, Object> parameters(Sample sample) {
        Map<String, Object> parameters = Json.read(json, sample.getParametersJson(), MAP);
        return parameters == null ? Map.of() : parameters;
    }
}
