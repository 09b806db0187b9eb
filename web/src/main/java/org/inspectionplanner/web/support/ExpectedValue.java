package org.inspectionplanner.web.support;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * What a JSON value of the wrong type should have been, in words ("must be a whole number"), for the
 * problem that names the field. Never quotes the value sent: it may be case data.
 */
final class ExpectedValue {

    private ExpectedValue() {
    }

    static String of(JsonMappingException e) {
        Class<?> type = e instanceof MismatchedInputException m ? m.getTargetType()
                : e.getCause() instanceof InputCoercionException c ? c.getTargetType() : null; // a number out of range
        return of(type);
    }

    /** What a value of {@code type} must be, in words; a generic phrase when the type is unknown. */
    static String of(Class<?> type) {
        if (type == null) {
            return "is not the expected kind of value";
        }
        if (type == LocalDate.class) {
            return "must be a date as yyyy-MM-dd (a day that exists, e.g. 2026-01-05)";
        }
        if (type == LocalTime.class) {
            return "must be a time of day as HH:mm (e.g. 09:30)";
        }
        if (type == Integer.class || type == int.class || type == Short.class || type == short.class) {
            return "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == Long.class || type == long.class) {
            return "must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be text";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "must be a list";
        }
        if (type.isRecord() || !type.getName().startsWith("java.")) {
            return "must be an object";
        }
        return "is not the expected kind of value";
    }
}
