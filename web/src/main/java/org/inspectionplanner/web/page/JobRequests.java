package org.inspectionplanner.web.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads ids back out of a stored job request, whichever of its documented names the request used. */
public final class JobRequests {

    private JobRequests() {
    }

    public static JsonNode parse(ObjectMapper json, String requestJson) {
        try {
            return json.readTree(requestJson == null ? "{}" : requestJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first of the names that holds a whole number, or null. */
    public static Long id(JsonNode request, String... names) {
        for (String name : names) {
            JsonNode value = request.path(name);
            if (value.canConvertToLong()) {
                return value.asLong();
            }
            if (value.isTextual() && value.asText().matches("\\d+")) {
                return Long.parseLong(value.asText());
            }
        }
        return null;
    }

    public static String text(JsonNode request, String... names) {
        for (String name : names) {
            JsonNode value = request.path(name);
            if (value.isValueNode() && !value.isNull()) {
                return value.asText();
            }
        }
        return null;
    }
}
