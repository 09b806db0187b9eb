package org.inspectionplanner.web.page;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page for what no page controller answered (a mistyped address, a failure outside the
 * pages): Spring Boot's error controller asks this for a view when a browser wants HTML. It is the same
 * styled page as {@link PageErrors}, with the header, sign-out and navigation. The API keeps its problem
 * details (its clients ask for JSON).
 */
@Component
class ErrorPages implements ErrorViewResolver {

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        Map<String, Object> page = new HashMap<>();
        page.put("status", status.value());
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        PageModelAdvice.addTo(page, uri == null ? "" : uri.toString());
        return new ModelAndView("error", page, status);
    }
}
