package org.inspectionplanner.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import jakarta.servlet.Filter;

/**
 * Ends the sessions of a user who was disabled or whose password was changed or reset: a session
 * signed in before that moment is invalidated on its next request, which then counts as not signed in.
 * Sessions live in memory, so the moments need not outlive the process.
 */
@Component
public class SessionRevocation {

    private static final String SIGNED_IN_AT = SessionRevocation.class.getName() + ".signedInAt";

    private final Map<String, Long> revokedAt = new ConcurrentHashMap<>();

    /** Every session of the user signed in until now stops working. */
    public void revoke(String username) {
        revokedAt.put(username, System.nanoTime());
    }

    /** The filter both security chains run before deciding access (not a bean: only inside the chains). */
    Filter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                check(request);
                chain.doFilter(request, response);
            }
        };
    }

    private void check(HttpServletRequest request) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        HttpSession session = request.getSession(false);
        if (session != null && auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
            Object signedIn = session.getAttribute(SIGNED_IN_AT);
            Long revoked = revokedAt.get(auth.getName());
            if (signedIn instanceof Long at && revoked != null && at - revoked < 0) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            } else if (!(signedIn instanceof Long)) {
                session.setAttribute(SIGNED_IN_AT, System.nanoTime());
            }
        }
    }
}
