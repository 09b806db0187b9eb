package org.inspectionplanner.web.page;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.inspectionplanner.web.support.ApiExceptionHandler;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address that nothing answers: a browser outside the API gets the styled "Page not found" page with
 * the navigation; the API and its clients keep their problem details from {@link ApiExceptionHandler}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MissingPages {

    private final ApiExceptionHandler api;

    MissingPages(ApiExceptionHandler api) {
        this.api = api;
    }

    @ExceptionHandler(NoResourceFoundException.class)
    Object missing(NoResourceFoundException e, HttpServletRequest request) throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (path.startsWith("/api") || accept == null || !accept.contains("text/html")) {
            return api.handleException(e, new ServletWebRequest(request));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("status", HttpStatus.NOT_FOUND.value());
        PageModelAdvice.addTo(model, path);
        return new ModelAndView("error", model, HttpStatus.NOT_FOUND);
    }
}
