package org.inspectionplanner.web.support;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.io.InputProblem;
import org.inspectionplanner.data.io.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.HttpRequestMethodNotSupportedException;

/**
 * Every error as an RFC 9457 problem detail, never a stack trace. Rejected input lists each
 * problem as {@code file:line:column: message} under {@code problems} (and structured under {@code errors}).
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final DataSize uploadLimit;

    ApiExceptionHandler(@Value("${inspection-planner.upload-limit:256MB}") DataSize uploadLimit) {
        this.uploadLimit = uploadLimit;
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return invalidInputProblem(e.problems());
    }

    public static ProblemDetail invalidInputProblem(List<InputProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                problems.size() == 1 ? "The input has 1 problem." : "The input has " + problems.size() + " problems.");
        problem.setTitle("Invalid input");
        problem.setType(URI.create("urn:inspection-planner:problem:invalid-input"));
        problem.setProperty("problems", problems.stream().map(InputProblem::toString).toList());
        problem.setProperty("errors", problems.stream().map(p -> Map.of(
                "file", p.file(), "line", p.line(), "column", p.column(), "message", p.message())).toList());
        return problem;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage() + " was not found.");
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail accessDenied(AccessDeniedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role does not allow this.");
        problem.setTitle("Forbidden");
        return problem;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request is not valid.");
        problem.setTitle("Invalid request");
        problem.setProperty("problems", e.getConstraintViolations().stream()
                .map(v -> parameter(v.getPropertyPath()) + ": " + v.getMessage()).sorted().toList());
        return problem;
    }

    /** A method parameter's path is "method.parameter": the client knows the parameter, not our method. */
    private static String parameter(jakarta.validation.Path path) {
        String last = "";
        for (jakarta.validation.Path.Node node : path) {
            last = node.getName() == null ? last : node.getName();
        }
        return last;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid request");
        return problem;
    }

    /** A multipart body that cannot be read (a broken boundary, a truncated part): the client's fault, 400. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableMultipart(MultipartException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The multipart/form-data body could not be read; send the fields 'file' and 'kind' as form parts.");
        problem.setTitle("Invalid request");
        return problem;
    }

    /** A parameter of the wrong type names itself, and an unknown enum value lists the valid ones. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException m ? m.getName() : ex.getPropertyName();
        Class<?> type = ex.getRequiredType();
        String value = String.valueOf(ex.getValue());
        value = value.length() > 100 ? value.substring(0, 100) + "..." : value;
        String detail;
        if (type != null && type.isEnum()) {
            detail = name + ": '" + value + "' is not one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + ".";
        } else {
            detail = name + ": '" + value + "' is not valid; it " + ExpectedValue.of(type) + ".";
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid request");
        problem.setProperty("field", name);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** A typed request body that breaks its Bean Validation constraints: every field and why. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request is not valid.");
        problem.setTitle("Invalid request");
        List<String> problems = new java.util.ArrayList<>();
        ex.getBindingResult().getFieldErrors().forEach(e -> problems.add(e.getField() + ": " + e.getDefaultMessage()));
        ex.getBindingResult().getGlobalErrors().forEach(e -> problems.add(e.getObjectName() + ": " + e.getDefaultMessage()));
        problem.setProperty("problems", problems.stream().sorted().toList());
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /**
     * A request body that is not the JSON its endpoint takes: an unknown field (a typo never falls
     * back to a default), a value of the wrong type, or not JSON at all. Names the field, never
     * echoes the body.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body is not valid.");
        problem.setTitle("Invalid request");
        String message;
        if (ex.getCause() instanceof UnrecognizedPropertyException u) {
            message = "unknown field '" + u.getPropertyName() + "'; known: " + u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(java.util.stream.Collectors.joining(", "));
        } else if (ex.getCause() instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            message = path(m) + ": " + ExpectedValue.of(m);
        } else if (ex.getCause() instanceof JsonProcessingException j && !(j instanceof JsonMappingException)
                && j.getLocation() != null) {
            // where, not what: the parser's own message may quote the body
            message = "the body is not valid JSON (line " + j.getLocation().getLineNr() + ", column "
                    + j.getLocation().getColumnNr() + ")";
        } else {
            message = "the body must be a JSON object";
        }
        problem.setProperty("problems", List.of(message));
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String path(JsonMappingException m) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(r.getFieldName());
            } else {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** An address nothing answers (the default said "No static resource api/..."). */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Nothing answers at this address. The API's addresses are listed at /v3/api-docs.");
        problem.setTitle("Not found");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.NOT_FOUND, request);
    }

    /** A method the address does not answer: which ones it does, in words and in the Allow header. */
    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED,
                methodNotAllowed(ex.getMethod(), ex.getSupportedHttpMethods() == null ? List.of()
                        : ex.getSupportedHttpMethods().stream().map(org.springframework.http.HttpMethod::name).toList()));
        problem.setTitle("Method not allowed");
        return handleExceptionInternal(ex, problem, headers, HttpStatus.METHOD_NOT_ALLOWED, request);
    }

    /** "This address does not answer PATCH; it answers GET and POST." */
    public static String methodNotAllowed(String method, java.util.Collection<String> allowed) {
        return "This address does not answer " + shown(method) + "; it answers " + listed(allowed, " and ") + ".";
    }

    /** A method refused at every address (TRACE, by Tomcat): "The service does not answer TRACE at any address; ...". */
    public static String methodNeverAllowed(String method, java.util.Collection<String> allowed) {
        return "The service does not answer " + shown(method) + " at any address; use " + listed(allowed, " or ")
                + ", as the address allows.";
    }

    private static String shown(String method) {
        return method == null || !method.matches("[A-Za-z-]{1,20}") ? "this method" : method;
    }

    private static String listed(java.util.Collection<String> methods, String last) {
        List<String> names = methods.stream().filter(m -> m.matches("[A-Z-]{1,20}")).distinct().sorted().toList();
        if (names.isEmpty()) {
            return "other methods";
        }
        return names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1)) + last + names.get(names.size() - 1);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "The file is larger than the upload limit of " + readable(uploadLimit) + ".");
        problem.setTitle("File too large");
        problem.setProperty("limitBytes", uploadLimit.toBytes());
        return handleExceptionInternal(ex, problem, headers, HttpStatus.PAYLOAD_TOO_LARGE, request);
    }

    private static String readable(DataSize size) {
        if (size.toMegabytes() >= 1) {
            return size.toMegabytes() + " MB";
        }
        return size.toKilobytes() >= 1 ? size.toKilobytes() + " KB" : size.toBytes() + " bytes";
    }

    /** The first stack frames (code locations only: a message may quote input values). */
    public static String where(Throwable e) {
        StringBuilder frames = new StringBuilder();
        StackTraceElement[] trace = e.getStackTrace();
        for (int i = 0; i < Math.min(6, trace.length); i++) {
            frames.append(i == 0 ? "" : " < ").append(trace[i]);
        }
        return frames.toString();
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail internal(Exception e) {
        // Only the exception's type and place reach the log: messages may quote input values.
        LOG.error("Internal error: {} at {}", e.getClass().getName(), where(e));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; the error is logged.");
        problem.setTitle("Internal error");
        return problem;
    }
}
