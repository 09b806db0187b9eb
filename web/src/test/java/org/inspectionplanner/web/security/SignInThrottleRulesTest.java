package org.inspectionplanner.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.inspectionplanner.web.audit.AuditAction;
import org.inspectionplanner.web.audit.AuditLog;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic on a clock the test moves: the waits double, cap, then lock and lift. */
class SignInThrottleRulesTest {

    private Instant now = Instant.parse("2026-12-01T09:00:00Z");
    private final AuditLog audit = mock(AuditLog.class);
    private final SignInThrottle throttle = new SignInThrottle(audit, 5, 20, Duration.ofSeconds(1), Duration.ofSeconds(60),
            Duration.ofMinutes(15), new Clock() {
                @Override
                public ZoneOffset getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(java.time.ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            });

    private Optional<Duration> failAndAsk() {
        throttle.failed("planner", "10.1.1.1");
        return throttle.waitBeforeTrying("planner", "10.1.1.1");
    }

    @Test
    void fourFailuresCostNothingThenEachWaitDoublesUpToAMinuteThenTwentyLockForFifteenMinutes() {
        for (int i = 1; i <= 4; i++) {
            assertThat(failAndAsk()).as("after %d failures", i).isEmpty();
        }
        long[] expectedSeconds = {1, 2, 4, 8, 16, 32, 60, 60, 60, 60, 60, 60, 60, 60, 60};
        for (int i = 0; i < expectedSeconds.length; i++) {
            assertThat(failAndAsk()).as("after %d failures", 5 + i).contains(Duration.ofSeconds(expectedSeconds[i]));
            now = now.plusSeconds(expectedSeconds[i]);
            assertThat(throttle.waitBeforeTrying("planner", "10.1.1.1")).isEmpty();
        }
        assertThat(failAndAsk()).as("the 20th failure").contains(Duration.ofMinutes(15));
        verify(audit, times(2)).recordAs(eq("planner"), eq(AuditAction.LOGIN_LOCKED), anyString(), any());
        // The same user from anywhere else is locked too; another user from another address is not.
        assertThat(throttle.waitBeforeTrying("PLANNER", "10.9.9.9")).isPresent();
        assertThat(throttle.waitBeforeTrying("teamlead", "10.9.9.9")).isEmpty();
        now = now.plus(Duration.ofMinutes(15));
        assertThat(throttle.waitBeforeTrying("planner", "10.1.1.1")).isEmpty();
        throttle.succeeded("planner", "10.1.1.1");
        assertThat(failAndAsk()).as("a success clears the count").isEmpty();
    }

    @Test
    void waitsAreSaidInWords() {
        assertThat(SignInThrottle.describe(Duration.ofMillis(200))).isEqualTo("1 second");
        assertThat(SignInThrottle.describe(Duration.ofSeconds(32))).isEqualTo("32 seconds");
        assertThat(SignInThrottle.describe(Duration.ofMinutes(15))).isEqualTo("15 minutes");
    }
}
