package org.inspectionplanner.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.inspectionplanner.web.support.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;

/**
 * Errors on the pages are pages (the API's handler answers with problem details): 404, 403, 409
 * and the rest, in the service's style. Only the exception's type is logged: messages may quote input.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger LOG = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(request, response, model, HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletRequest request, HttpServletResponse response, Model model) {
        return page(request, response, model, HttpServletResponse.SC_FORBIDDEN);
    }

    @ExceptionHandler(ResponseStatusException.class)
    String status(ResponseStatusException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("detail", e.getReason());
        return page(request, response, model, e.getStatusCode().value());
    }

    @ExceptionHandler(Exception.class)
    String internal(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        LOG.error("Page error: {} at {}", e.getClass().getName(), e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
        return page(request, response, model, HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }

    /** The error page, with the header, sign-out and navigation of every other page. */
    private static String page(HttpServletRequest request, HttpServletResponse response, Model model, int status) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAllAttributes(navigation(request));
        return "error";
    }

    private static java.util.Map<String, Object> navigation(HttpServletRequest request) {
        java.util.Map<String, Object> model = new java.util.HashMap<>();
        PageModelAdvice.addTo(model, request.getRequestURI().substring(request.getContextPath().length()));
        return model;
    }
}
