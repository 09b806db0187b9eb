package org.inspectionplanner.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.inspectionplanner.web.support.ApiExceptionHandler;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.RequestPath;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Two filter chains: the REST API under {@code /api/**} (HTTP Basic or the session; 401 and 403 as
 * problem details, never a redirect) and everything else (form login for pages, CSRF on forms).
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfig {

    private static final String PLANNER = Role.PLANNER.name();
    private static final String TEAM_LEAD = Role.TEAM_LEAD.name();
    private static final String PROGRAMME_MANAGER = Role.PROGRAMME_MANAGER.name();
    private static final String ADMIN = Role.ADMIN.name();

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Requests the firewall refuses (an encoded slash, "..", a semicolon, a control character in
     * the path) are a 400 problem like any other bad request; the address is not echoed back.
     */
    @Bean
    RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
        return (request, response, e) -> {
            if (!FIREWALL_METHODS.contains(request.getMethod())) {
                // TRACE or a made-up method: not a bad address but a method no address answers
                response.setHeader("Allow", String.join(", ", FIREWALL_METHODS));
                writeProblem(json, request, response, HttpStatus.METHOD_NOT_ALLOWED,
                        ApiExceptionHandler.methodNeverAllowed(request.getMethod(), FIREWALL_METHODS));
                return;
            }
            writeProblem(json, request, response, HttpStatus.BAD_REQUEST,
                    "The address of the request is not allowed (an encoded slash, '..', a semicolon or a control character).");
        };
    }

    /** The methods Spring Security's default firewall lets through; it refuses every other (TRACE among them). */
    private static final List<String> FIREWALL_METHODS = List.of("DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT");

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ObjectMapper json, SessionRevocation revocation,
            ApplicationContext context) throws Exception {
        http.securityMatcher("/api/**")
                .addFilterBefore(revocation.filter(), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/me", "/api/me/**").authenticated()
                        .requestMatchers("/api/audit/**", "/api/users/**", "/api/backup").hasRole(ADMIN)
                        // Deleting (and listing what a deletion takes): the creating role or ADMIN, checked per item (DeletionService).
                        .requestMatchers(HttpMethod.DELETE, "/api/datasets/*", "/api/samples/*", "/api/allocations/*",
                                "/api/schedules/*").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/datasets/*/deletion", "/api/samples/*/deletion",
                                "/api/allocations/*/deletion", "/api/schedules/*/deletion").authenticated()
                        .requestMatchers(HttpMethod.PUT, "/api/datasets/*/retention").hasRole(ADMIN)
                        // ...and may read what it changes (the answer holds no case data)
                        .requestMatchers(HttpMethod.GET, "/api/datasets/*/retention")
                                .hasAnyRole(ADMIN, PLANNER, TEAM_LEAD, PROGRAMME_MANAGER)
                        // Which dataset kinds each role may upload or read is checked per kind (DatasetAccess).
                        .requestMatchers("/api/datasets/**").hasAnyRole(PLANNER, TEAM_LEAD, PROGRAMME_MANAGER)
                        .requestMatchers(HttpMethod.GET, "/api/samples/**").hasAnyRole(PLANNER, TEAM_LEAD)
                        .requestMatchers("/api/samples/**").hasRole(PLANNER)
                        .requestMatchers("/api/allocations/**").hasRole(TEAM_LEAD)
                        // Issue 12's chain: planners draw a schedule's samples; planners and team leads read
                        // schedules and the inspection chain (no case rows), to draw and allocate from them.
                        .requestMatchers(HttpMethod.POST, "/api/schedules/*/samples").hasRole(PLANNER)
                        .requestMatchers(HttpMethod.GET, "/api/schedules/**")
                                .hasAnyRole(PLANNER, TEAM_LEAD, PROGRAMME_MANAGER)
                        .requestMatchers("/api/schedules/**").hasRole(PROGRAMME_MANAGER)
                        // Deny by default, but an address nothing answers is a 404 to a signed-in user (it
                        // was a 403, as if a role could open it): only when no controller has the address.
                        .anyRequest().access(unknownAddress(context)))
                // Basic credentials are checked on every request that carries them, and never stored
                // in a session (PasswordSignIn remembers a correct check, so this is cheap).
                .addFilterBefore(new BasicCredentialsFirst(), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic
                        .securityContextRepository(new RequestAttributeSecurityContextRepository())
                        .authenticationEntryPoint((request, response, e) -> signInRefused(json, request, response, e)))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) ->
                                writeProblem(json, request, response, HttpStatus.UNAUTHORIZED,
                                        "Sign in with HTTP Basic or a session to use the API."))
                        .accessDeniedHandler((request, response, e) -> {
                            // A missing CSRF token on an anonymous call is a sign-in problem, not a role problem.
                            if (isAnonymous() && !BasicCredentialsFirst.hasBasicCredentials(request)) {
                                writeProblem(json, request, response, HttpStatus.UNAUTHORIZED,
                                        "Sign in with HTTP Basic or a session to use the API.");
                            } else {
                                writeProblem(json, request, response, HttpStatus.FORBIDDEN,
                                        e instanceof CsrfException
                                                ? "A session-authenticated change needs the CSRF token."
                                                : "Your role does not allow this.");
                            }
                        }))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfig::basicOnlyAndNotCrossSite))
                .headers(SecurityHeaders.strict());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, ObjectMapper json, SessionRevocation revocation) throws Exception {
        http.addFilterBefore(revocation.filter(), AuthorizationFilter.class)
                .headers(SecurityHeaders.strict())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/images/**",
                                "/favicon.ico", "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll()
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof SignInThrottledException t ? "/login?error&wait=" + t.retryAfterSeconds() : "/login?error"))))
                // Scripts may fetch /v3/api-docs with Basic credentials too.
                .addFilterBefore(new BasicCredentialsFirst(), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.securityContextRepository(new RequestAttributeSecurityContextRepository())
                        .authenticationEntryPoint((request, response, e) -> signInRefused(json, request, response, e)))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        return http.build();
    }

    /**
     * Lets a signed-in user through to the 404 problem for an API address that no controller answers with any
     * method; refuses everything else the rules above do not name, so a controller added without a rule stays
     * closed (403) instead of being opened to every role.
     */
    static AuthorizationManager<RequestAuthorizationContext> unknownAddress(ApplicationContext context) {
        return (authentication, request) -> {
            Authentication auth = authentication.get();
            boolean signedIn = auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
            RequestMappingHandlerMapping controllers = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
            return new AuthorizationDecision(signedIn && !answered(controllers, request.getRequest()));
        };
    }

    /** Whether a controller has this address (with this or another method or media type). */
    static boolean answered(RequestMappingHandlerMapping controllers, HttpServletRequest request) {
        RequestPath parsed = ServletRequestPathUtils.hasParsedRequestPath(request) ? ServletRequestPathUtils.getParsedRequestPath(request) : null;
        ServletRequestPathUtils.parseAndCache(request);
        try {
            return controllers.getHandler(request) != null;
        } catch (Exception e) {
            return true; // the address exists, but not for this method or media type
        } finally {
            if (parsed != null) {
                ServletRequestPathUtils.setParsedRequestPath(parsed, request);
            } else {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }

    private static boolean isAnonymous() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
    }

    /**
     * CSRF: only a request judged by its Basic credentials alone is exempt: it carries no session
     * cookie, and no browser says it comes from another site (a browser that has cached Basic
     * credentials sends them with a cross-site form too; Sec-Fetch-Site tells such requests
     * apart). Any request with a session cookie, whatever Authorization header it also carries,
     * needs the token.
     */
    static boolean basicOnlyAndNotCrossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        boolean crossSite = site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none");
        boolean session = request.getRequestedSessionId() != null || request.getSession(false) != null;
        return BasicCredentialsFirst.hasBasicCredentials(request) && !session && !crossSite;
    }

    /** 401 for missing or wrong credentials, 429 with Retry-After while sign-in is throttled. */
    private static void signInRefused(ObjectMapper json, HttpServletRequest request, HttpServletResponse response,
            org.springframework.security.core.AuthenticationException e) throws IOException {
        if (e instanceof SignInThrottledException t) {
            response.setHeader("Retry-After", Long.toString(t.retryAfterSeconds()));
            writeProblem(json, request, response, HttpStatus.TOO_MANY_REQUESTS, t.getMessage());
        } else {
            writeProblem(json, request, response, HttpStatus.UNAUTHORIZED,
                    "Sign in with HTTP Basic or a session to use the API.");
        }
    }

    static void writeProblem(ObjectMapper json, HttpServletRequest request, HttpServletResponse response,
            HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (status == HttpStatus.METHOD_NOT_ALLOWED) {
            problem.setTitle("Method not allowed");
        }
        // A TRACE Tomcat refused comes here on its error dispatch: name the address asked for, not /error.
        Object asked = status == HttpStatus.METHOD_NOT_ALLOWED ? request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI) : null;
        try {
            problem.setInstance(URI.create(asked instanceof String a ? a : request.getRequestURI()));
        } catch (IllegalArgumentException e) {
            // an address the firewall refused may not even be a URI: leave it out
        }
        response.setStatus(status.value());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"inspection-planner\"");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
