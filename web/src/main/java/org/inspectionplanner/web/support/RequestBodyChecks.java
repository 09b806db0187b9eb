package org.inspectionplanner.web.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inspectionplanner.data.io.InputProblem;
import org.inspectionplanner.data.io.InvalidInputException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Checks every JSON request body before a controller sees it, so that no value can reach the
 * database or a background job only to fail there (issue 14): a text value longer than
 * {@value #MAX_TEXT} characters, or a date outside the years {@value #FIRST_YEAR} to
 * {@value #LAST_YEAR}, is a 400 naming the field. Values are not echoed back (one may be a password).
 */
@RestControllerAdvice
class RequestBodyChecks extends RequestBodyAdviceAdapter {

    static final int MAX_TEXT = 1000;
    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2100;
    private static final Pattern ISO_DATE = Pattern.compile("([+-]?\\d{4,})-\\d{2}-\\d{2}(T.*)?");

    private final ObjectMapper json;

    RequestBodyChecks(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converter) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converter) {
        JsonNode tree = body instanceof JsonNode node ? node : json.valueToTree(body);
        List<InputProblem> problems = new ArrayList<>();
        check(tree, "", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return body;
    }

    private static void check(JsonNode node, String path, List<InputProblem> problems) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                String name = field.getKey().length() > 100 ? field.getKey().substring(0, 100) + "..." : field.getKey();
                check(field.getValue(), path.isEmpty() ? name : path + "." + name, problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]", problems);
            }
        } else if (node.isTextual()) {
            String text = node.asText();
            String field = path.isEmpty() ? "body" : path;
            if (text.length() > MAX_TEXT) {
                problems.add(new InputProblem(field, 0, 0, String.format("the value is %,d characters long; at most %,d are accepted",
                        text.length(), MAX_TEXT)));
                return;
            }
            Matcher date = ISO_DATE.matcher(text);
            if (date.matches() && !field.toLowerCase(java.util.Locale.ROOT).contains("password")) {
                String year = date.group(1);
                boolean outside = year.length() > 6 || Integer.parseInt(year) < FIRST_YEAR || Integer.parseInt(year) > LAST_YEAR;
                if (outside) {
                    problems.add(new InputProblem(field, 0, 0, "the date is not between the years " + FIRST_YEAR
                            + " and " + LAST_YEAR));
                }
            }
        }
    }
}
