package org.inspectionplanner.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Username and password sign-in (the form and HTTP Basic alike) behind the {@link SignInThrottle}.
 *
 * <p>HTTP Basic sends the password with every request, and every request is checked on its own
 * (a session cookie never stands in for wrong credentials). So that this does not cost a BCrypt
 * check per request, a correct check is remembered for 10 minutes as an HMAC, under a key made
 * at start and never stored, of the username, the password and the stored hash: a changed
 * password or hash misses, and a disabled user is refused before the password is looked at.
 */
@Component
class PasswordSignIn extends DaoAuthenticationProvider {

    private final SignInThrottle throttle;
    private final Cache<String, Boolean> verified = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();
    private final SecretKeySpec key;

    PasswordSignIn(UserDetailsService users, PasswordEncoder encoder, SignInThrottle throttle) {
        super(users);
        setPasswordEncoder(encoder);
        this.throttle = throttle;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        var wait = throttle.waitBeforeTrying(username, address);
        if (wait.isPresent()) {
            throw new SignInThrottledException(wait.get());
        }
        try {
            Authentication result = super.authenticate(authentication);
            throttle.succeeded(username, address);
            return result;
        } catch (AuthenticationException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken token)
            throws AuthenticationException {
        String fingerprint = token.getCredentials() == null ? null
                : fingerprint(user.getUsername(), token.getCredentials().toString(), user.getPassword());
        if (fingerprint != null && verified.getIfPresent(fingerprint) != null) {
            return;
        }
        super.additionalAuthenticationChecks(user, token);
        if (fingerprint != null) {
            verified.put(fingerprint, Boolean.TRUE);
        }
    }

    private String fingerprint(String username, String password, String storedHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            for (String part : new String[] {username, password, storedHash}) {
                mac.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
                mac.update((byte) 0);
            }
            return HexFormat.of().formatHex(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
