package org.inspectionplanner.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.inspectionplanner.web.audit.AuditAction;
import org.inspectionplanner.web.audit.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing, per username and per client address alike: after
 * {@code delay-after} failures in a row each further try must wait twice as long as the one before
 * (from {@code first-delay}, at most {@code max-delay}), and after {@code lock-after} failures
 * sign-in is refused outright for {@code lock-duration}. A try during a wait or a lock is refused
 * without checking the password (so it costs no BCrypt and reveals nothing) and does not count.
 * A successful sign-in clears both counts. Counts are forgotten a lock's length after the last
 * failure, and at most 100,000 keys are kept (the oldest go first), so the memory is bounded.
 */
@Component
public class SignInThrottle {

    private final int delayAfter;
    private final int lockAfter;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final Duration lockDuration;
    private final AuditLog audit;
    private final Clock clock;
    private final Cache<String, Failures> failures;

    @Autowired
    SignInThrottle(AuditLog audit,
            @Value("${inspection-planner.sign-in.delay-after:5}") int delayAfter,
            @Value("${inspection-planner.sign-in.lock-after:20}") int lockAfter,
            @Value("${inspection-planner.sign-in.first-delay:1s}") Duration firstDelay,
            @Value("${inspection-planner.sign-in.max-delay:60s}") Duration maxDelay,
            @Value("${inspection-planner.sign-in.lock-duration:15m}") Duration lockDuration) {
        this(audit, delayAfter, lockAfter, firstDelay, maxDelay, lockDuration, Clock.systemUTC());
    }

    SignInThrottle(AuditLog audit, int delayAfter, int lockAfter, Duration firstDelay, Duration maxDelay,
            Duration lockDuration, Clock clock) {
        this.audit = audit;
        this.delayAfter = delayAfter;
        this.lockAfter = lockAfter;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.lockDuration = lockDuration;
        this.clock = clock;
        this.failures = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(lockDuration.plus(maxDelay))
                .build();
    }

    /** Failures so far under one key, and until when the next try must wait. */
    private record Failures(int count, Instant waitUntil) {
    }

    /** How long the caller must still wait before trying this user from this address, if at all. */
    public Optional<Duration> waitBeforeTrying(String username, String address) {
        Instant now = clock.instant();
        Duration longest = Duration.ZERO;
        for (String key : keys(username, address)) {
            Failures f = failures.getIfPresent(key);
            if (f != null && f.waitUntil() != null && f.waitUntil().isAfter(now)) {
                Duration left = Duration.between(now, f.waitUntil());
                longest = left.compareTo(longest) > 0 ? left : longest;
            }
        }
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        for (String key : keys(username, address)) {
            Failures f = failures.asMap().merge(key, new Failures(1, null),
                    (old, one) -> new Failures(old.count() + 1, null));
            Instant waitUntil = null;
            if (f.count() >= lockAfter) {
                // Each failure from here on starts a lock (tries during one are refused unchecked).
                waitUntil = now.plus(lockDuration);
                audit.recordAs(clip(username, 100), AuditAction.LOGIN_LOCKED, clip(key, 200),
                        f.count() + " failed sign-ins in a row; refused for " + describe(lockDuration));
            } else if (f.count() >= delayAfter) {
                waitUntil = now.plus(delay(f.count() - delayAfter));
            }
            Instant until = waitUntil;
            failures.asMap().computeIfPresent(key, (k, old) -> new Failures(old.count(), until));
        }
    }

    private static String clip(String text, int length) {
        String t = text == null ? "" : text;
        return t.length() > length ? t.substring(0, length) : t;
    }

    public void succeeded(String username, String address) {
        keys(username, address).forEach(failures::invalidate);
    }

    private Duration delay(int step) {
        Duration d = firstDelay.multipliedBy(1L << Math.min(step, 30));
        return d.compareTo(maxDelay) > 0 ? maxDelay : d;
    }

    private static java.util.List<String> keys(String username, String address) {
        return address == null ? java.util.List.of(userKey(username)) : java.util.List.of(userKey(username), "address:" + address);
    }

    private static String userKey(String username) {
        return "user:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    /** "30 seconds" or "15 minutes", rounded up. */
    public static String describe(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (seconds < 120) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + " minutes";
    }
}
