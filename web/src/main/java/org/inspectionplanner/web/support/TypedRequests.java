package org.inspectionplanner.web.support;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.inspectionplanner.data.io.InputProblem;
import org.inspectionplanner.data.io.InvalidInputException;

/**
 * A JSON request read as its typed record: unknown fields, values of the wrong type and broken Bean
 * Validation constraints are each a problem naming the field (a 400 listing them all). For request
 * bodies that reach a service as JSON (a solving job stores its request as it came).
 */
public final class TypedRequests {

    private static final ObjectMapper STRICT = JsonMapper.builder().addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private static final ObjectMapper LENIENT = STRICT.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    private TypedRequests() {
    }

    /** The request as {@code type}, checked; every problem at once, as field: message. */
    public static <T> T read(JsonNode request, Class<T> type) {
        T value;
        try {
            value = STRICT.treeToValue(request == null ? STRICT.createObjectNode() : request, type);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidInputException(e.getPropertyName(), "unknown field '" + e.getPropertyName() + "'; known: "
                    + String.join(", ", e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList()));
        } catch (JsonMappingException e) {
            String field = path(e);
            throw new InvalidInputException(field.isEmpty() ? "request" : field,
                    (field.isEmpty() ? "the request" : field) + " " + ExpectedValue.of(e));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInputException("request", "the request is not valid JSON");
        }
        Validator validator = VALIDATION.getValidator();
        List<ConstraintViolation<T>> violations = new ArrayList<>(validator.validate(value));
        if (!violations.isEmpty()) {
            violations.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
            List<InputProblem> problems = new ArrayList<>();
            for (ConstraintViolation<T> v : violations) {
                String field = v.getPropertyPath().toString();
                problems.add(new InputProblem(field, 0, 0, field + " " + v.getMessage()));
            }
            throw new InvalidInputException(problems);
        }
        return value;
    }

    /** A request stored earlier, read back as {@code type}; fields it no longer has are skipped. */
    public static <T> T stored(JsonNode request, Class<T> type) {
        try {
            return LENIENT.treeToValue(request == null ? LENIENT.createObjectNode() : request, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InvalidInputException("request", "the stored request cannot be read: " + e.getOriginalMessage());
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
