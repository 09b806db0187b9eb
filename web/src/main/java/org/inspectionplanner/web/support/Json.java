package org.inspectionplanner.web.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.List;
import org.inspectionplanner.data.io.InputProblem;

/** Small JSON helpers for values kept as JSON text in the database. */
public final class Json {

    private Json() {
    }

    public static String write(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static <T> T read(ObjectMapper json, String text, TypeReference<T> type) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String problems(ObjectMapper json, List<InputProblem> problems) {
        return write(json, problems.stream().map(InputProblem::toString).toList());
    }
}
