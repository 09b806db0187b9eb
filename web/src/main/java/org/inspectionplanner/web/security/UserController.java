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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Users (ADMIN only: list, create, disable or enable, change role, reset password) and
 * {@code /api/me} (anyone signed in: who am I, change my password), over {@link UserAccounts}, which the
 * administration pages use too. Every password is checked by {@link PasswordPolicy}; every change is
 * audited without the password.
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

    private final UserAccounts accounts;

    UserController(UserAccounts accounts) {
        this.accounts = accounts;
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
        return accounts.list().stream().map(UserView::of).toList();
    }

    @PostMapping("/api/users")
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser request, Principal principal) {
        AppUser user = accounts.create(request.username(), request.password(), request.role());
        return ResponseEntity.status(HttpStatus.CREATED).body(UserView.of(user));
    }

    @GetMapping("/api/users/{id}")
    UserView get(@PathVariable long id) {
        return UserView.of(accounts.get(id));
    }

    /** Disables or enables a user (a disabled user cannot sign in, and their sessions end), or changes their role. */
    @PatchMapping("/api/users/{id}")
    UserView change(@PathVariable long id, @Valid @RequestBody UserChange change, Principal principal) {
        return UserView.of(accounts.change(id, change.enabled(), change.role(), principal.getName()));
    }

    /** An ADMIN sets a new password for a user (their sessions end); without one, a random one is made and shown once. */
    @PostMapping("/api/users/{id}/password")
    ResetDone reset(@PathVariable long id, @Valid @RequestBody(required = false) PasswordReset request) {
        UserAccounts.Reset done = accounts.reset(id, request == null ? null : request.password());
        return new ResetDone(UserView.of(done.user()), done.generatedPassword());
    }

    /** The signed-in user changes their own password; every session of theirs ends (sign in again with the new one). */
    @PutMapping("/api/me/password")
    ResponseEntity<Void> changeOwn(@Valid @RequestBody PasswordChange request, Authentication authentication) {
        accounts.changeOwn(authentication.getName(), request.currentPassword(), request.newPassword());
        return ResponseEntity.noContent().build();
    }
}
