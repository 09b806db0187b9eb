package org.inspectionplanner.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request that carries HTTP Basic credentials is judged by them alone: the session's signed-in
 * user is set aside for it, so wrong credentials are a 401 whatever cookie comes with them (Spring
 * would otherwise skip the check when the session holds the same username). Runs just before the
 * Basic filter; the session itself is left as it was.
 */
class BasicCredentialsFirst extends OncePerRequestFilter {

    static boolean hasBasicCredentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (hasBasicCredentials(request)) {
            SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        }
        chain.doFilter(request, response);
    }
}
