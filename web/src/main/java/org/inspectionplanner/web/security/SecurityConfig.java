package org.inspectionplanner.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

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

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ObjectMapper json, SessionRevocation revocation) throws Exception {
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
                        // Which dataset kinds each role may upload or read is checked per kind (DatasetAccess).
                        .requestMatchers("/api/datasets/**").hasAnyRole(PLANNER, TEAM_LEAD, PROGRAMME_MANAGER)
                        .requestMatchers(HttpMethod.GET, "/api/samples/**").hasAnyRole(PLANNER, TEAM_LEAD)
                        .requestMatchers("/api/samples/**").hasRole(PLANNER)
                        .requestMatchers("/api/allocations/**").hasRole(TEAM_LEAD)
                        .requestMatchers("/api/schedules/**").hasRole(PROGRAMME_MANAGER)
                        .anyRequest().denyAll())
                // Basic credentials are checked once, then the session carries the user (a BCrypt
                // check per request would cost more than the request itself).
                .httpBasic(basic -> basic
                        .securityContextRepository(new HttpSessionSecurityContextRepository())
                        .authenticationEntryPoint((request, response, e) ->
                                writeProblem(json, request, response, HttpStatus.UNAUTHORIZED,
                                        "Sign in with HTTP Basic or a session to use the API.")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) ->
                                writeProblem(json, request, response, HttpStatus.UNAUTHORIZED,
                                        "Sign in with HTTP Basic or a session to use the API."))
                        .accessDeniedHandler((request, response, e) -> {
                            // A missing CSRF token on an anonymous call is a sign-in problem, not a role problem.
                            if (isAnonymous()) {
                                writeProblem(json, request, response, HttpStatus.UNAUTHORIZED,
                                        "Sign in with HTTP Basic or a session to use the API.");
                            } else {
                                writeProblem(json, request, response, HttpStatus.FORBIDDEN,
                                        e instanceof CsrfException
                                                ? "A session-authenticated change needs the CSRF token."
                                                : "Your role does not allow this.");
                            }
                        }))
                // CSRF: a request carrying an Authorization header is exempt, because a cross-site
                // page can make the browser send a cookie but cannot set that header (no CORS is
                // configured, so a script elsewhere cannot either). A request authenticated only by
                // the session cookie (the UI's own calls) still needs the CSRF token.
                .csrf(csrf -> csrf.ignoringRequestMatchers(hasAuthorizationHeader()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageChain(HttpSecurity http, SessionRevocation revocation) throws Exception {
        http.addFilterBefore(revocation.filter(), AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/images/**",
                                "/favicon.ico", "/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").permitAll())
                // Scripts may fetch /v3/api-docs with Basic credentials too.
                .httpBasic(basic -> basic.securityContextRepository(new HttpSessionSecurityContextRepository()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        return http.build();
    }

    private static boolean isAnonymous() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
    }

    private static RequestMatcher hasAuthorizationHeader() {
        return (HttpServletRequest request) -> request.getHeader("Authorization") != null;
    }

    static void writeProblem(ObjectMapper json, HttpServletRequest request, HttpServletResponse response,
            HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"inspection-planner\"");
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
