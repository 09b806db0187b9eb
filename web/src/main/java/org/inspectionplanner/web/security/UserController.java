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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Users (ADMIN only) and {@code /api/me} (anyone signed in). */
@RestController
class UserController {

    record UserView(long id, String username, Role role, boolean enabled, Instant createdAt) {
        static UserView of(AppUser user) {
            return new UserView(user.getId(), user.getUsername(), user.getRole(), user.isEnabled(), user.getCreatedAt());
        }
    }

    record NewUser(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._-]+") String username,
            @NotBlank @Size(min = 12, max = 200) String password,
            @NotNull Role role) {
    }

    record Me(String username, Set<String> roles) {
    }

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;

    UserController(AppUserRepository users, PasswordEncoder encoder, AuditLog audit) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
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
        AppUser user = users.save(new AppUser(request.username(), encoder.encode(request.password()), request.role()));
        audit.record(AuditAction.USER_CREATED, "user:" + user.getId(), request.role().name());
        return ResponseEntity.status(HttpStatus.CREATED).body(UserView.of(user));
    }
}
