package org.inspectionplanner.web.support;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The service is at a deliberate limit (reading files, queued samples): 503 with Retry-After. */
public class ServiceBusyException extends ErrorResponseException {

    private final HttpHeaders headers = new HttpHeaders();

    public ServiceBusyException(String detail, int retryAfterSeconds) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(detail), null);
        headers.set(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds));
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, detail);
        problem.setTitle("Service busy");
        return problem;
    }

    @Override
    public HttpHeaders getHeaders() {
        return headers;
    }
}
