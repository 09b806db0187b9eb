package org.inspectionplanner.web.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The response headers every page and API answer carries, on top of Spring Security's defaults
 * (nosniff, no framing, no caching of personal data, HSTS over HTTPS).
 *
 * <p>The Content-Security-Policy allows scripts and style sheets only from this service's own
 * files: no inline script, no eval, no other origin, so markup that reached a page through a
 * mistake still cannot run. Style attributes stay allowed (the allocation board's bar widths);
 * style elements do not. The Swagger UI pages also get inline styles and data: images, which
 * that bundle needs. Referrers never leave the service, and the page may use no camera,
 * microphone, location, payment or USB.
 */
final class SecurityHeaders {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    static final String SWAGGER_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
            + "microphone=(), payment=(), usb=()";

    private static final RequestMatcher SWAGGER_UI = request ->
            request.getRequestURI().startsWith(request.getContextPath() + "/swagger-ui");

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<org.springframework.security.config.annotation.web.builders.HttpSecurity>> strict() {
        return headers -> headers
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(SWAGGER_UI),
                        new StaticHeadersWriter("Content-Security-Policy", POLICY)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SWAGGER_UI,
                        new StaticHeadersWriter("Content-Security-Policy", SWAGGER_POLICY)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS));
    }
}
