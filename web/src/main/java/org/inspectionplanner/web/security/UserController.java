package org.inspectionplanner.web.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.inspectionplanner.web.audit.AuditAction;
import org.inspectionplanner.web.audit.AuditLog;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.web.support.NotFoundException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Users (ADMIN only: list, create, disable or enable, change role, reset password) and
 * {@code /api/me} (anyone signed in: who am I, change my password). Every password is checked by
 * {@link PasswordPolicy}; every change is audited without the password.
 */
@RestController
class UserController {

    record UserView(long id, String username, Role role, boolean enabled, Instant createdAt) {
        static UserView of(AppUser user) {
            return new UserView(user.getId(), user.getUsername(), user.getRole(), user.isEnabled(), user.getCreatedAt());
        }
    }

    record NewUser(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+") String username,
            @NotNull String password,
            @NotNull Role role) {
    }

    /** What an ADMIN may change of a user: whether they may sign in, and their role. */
    record UserChange(Boolean enabled, Role role) {
    }

    /** A user's own change: the current password, and the new one. */
    record PasswordChange(@NotNull String currentPassword, @NotNull String newPassword) {
    }

    /** An ADMIN's reset: the new password, or none to have one generated (shown once, in the answer). */
    record PasswordReset(String password) {
    }

    record ResetDone(UserView user, String generatedPassword) {
    }

    record Me(String username, Set<String> roles) {
    }

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final PasswordPolicy policy;
    private final SessionRevocation sessions;
    private final TransactionTemplate tx;

    UserController(AppUserRepository users, PasswordEncoder encoder, AuditLog audit, PasswordPolicy policy,
            SessionRevocation sessions, TransactionTemplate tx) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.policy = policy;
        this.sessions = sessions;
        this.tx = tx;
    }

    @GetMapping("/api/me")
    Me me(Authentication authentication) {
        return new Me(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .map(a -> a.replaceFirst("^ROLE_", ""))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)));
    }

    @GetMapping("/api/users")
    List<UserView> list() {
        return users.findAll().stream().map(UserView::of).toList();
    }

    @PostMapping("/api/users")
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser request, Principal principal) {
        if (users.existsByUsername(request.username())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "A user with that username exists.");
        }
        policy.check("password", request.username(), request.password());
        AppUser user = users.save(new AppUser(request.username(), encoder.encode(request.password()), request.role()));
        audit.record(AuditAction.USER_CREATED, "user:" + user.getId(), request.role().name());
        return ResponseEntity.status(HttpStatus.CREATED).body(UserView.of(user));
    }

    @GetMapping("/api/users/{id}")
    UserView get(@PathVariable long id) {
        return UserView.of(find(id));
    }

    /** Disables or enables a user (a disabled user cannot sign in, and their sessions end), or changes their role. */
    @PatchMapping("/api/users/{id}")
    UserView change(@PathVariable long id, @Valid @RequestBody UserChange change, Principal principal) {
        AppUser user = find(id);
        boolean self = user.getUsername().equals(principal.getName());
        if (self && (Boolean.FALSE.equals(change.enabled()) || (change.role() != null && change.role() != Role.ADMIN))) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "You cannot disable yourself or take away your own ADMIN role; ask another ADMIN.");
        }
        AppUser changed = tx.execute(s -> {
            AppUser u = find(id);
            if (change.enabled() != null) {
                u.setEnabled(change.enabled());
            }
            if (change.role() != null) {
                u.setRole(change.role());
            }
            return users.save(u);
        });
        sessions.revoke(changed.getUsername());
        audit.record(AuditAction.USER_CHANGED, "user:" + id,
                "enabled=" + changed.isEnabled() + " role=" + changed.getRole());
        return UserView.of(changed);
    }

    /** An ADMIN sets a new password for a user (their sessions end); without one, a random one is made and shown once. */
    @PostMapping("/api/users/{id}/password")
    ResetDone reset(@PathVariable long id, @Valid @RequestBody(required = false) PasswordReset request) {
        AppUser user = find(id);
        String generated = null;
        String password = request == null ? null : request.password();
        if (password == null || password.isEmpty()) {
            password = generated = InitialUsers.randomPassword();
        } else {
            policy.check("password", user.getUsername(), password);
        }
        String hash = encoder.encode(password);
        AppUser changed = tx.execute(s -> {
            AppUser u = find(id);
            u.changePassword(hash);
            return users.save(u);
        });
        sessions.revoke(changed.getUsername());
        audit.record(AuditAction.PASSWORD_RESET, "user:" + id, generated == null ? "set by admin" : "generated");
        return new ResetDone(UserView.of(changed), generated);
    }

    /** The signed-in user changes their own password; every session of theirs ends (sign in again with the new one). */
    @PutMapping("/api/me/password")
    ResponseEntity<Void> changeOwn(@Valid @RequestBody PasswordChange request, Authentication authentication) {
        AppUser user = users.findByUsername(authentication.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in again."));
        if (request.currentPassword() == null || !encoder.matches(request.currentPassword(), user.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "the current password is not right");
        }
        if (request.newPassword() != null && request.newPassword().equals(request.currentPassword())) {
            throw new InvalidInputException("newPassword", "the new password is the same as the current one");
        }
        policy.check("newPassword", user.getUsername(), request.newPassword());
        String hash = encoder.encode(request.newPassword());
        tx.executeWithoutResult(s -> {
            AppUser u = users.findById(user.getId()).orElseThrow();
            u.changePassword(hash);
            users.save(u);
        });
        sessions.revoke(user.getUsername());
        audit.record(AuditAction.PASSWORD_CHANGED, "user:" + user.getId(), null);
        return ResponseEntity.noContent().build();
    }

    private AppUser find(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("User " + id));
    }
}
