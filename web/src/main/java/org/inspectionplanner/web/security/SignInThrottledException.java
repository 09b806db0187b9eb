package org.inspectionplanner.web.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused by the {@link SignInThrottle} without checking the password. Deliberately not
 * one of Spring's mapped failure types, so no failure event (and no audit entry) is written per
 * refused try: only the lock itself is audited.
 */
public class SignInThrottledException extends AuthenticationException {

    private final transient Duration wait;

    public SignInThrottledException(Duration wait) {
        super("Too many failed sign-ins; try again in " + SignInThrottle.describe(wait) + ".");
        this.wait = wait;
    }

    public Duration waitFor() {
        return wait;
    }

    public long retryAfterSeconds() {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
