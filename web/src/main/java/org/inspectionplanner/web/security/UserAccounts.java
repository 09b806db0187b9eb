package org.inspectionplanner.web.security;

import java.util.List;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.web.audit.AuditAction;
import org.inspectionplanner.web.audit.AuditLog;
import org.inspectionplanner.web.support.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * The user accounts, for the API ({@link UserController}) and the administration pages alike: list,
 * create, disable or enable, change role, reset a password (ADMIN), and a user's change of their own
 * password. Every password is checked by {@link PasswordPolicy}; every change ends the user's sessions
 * where it should and is audited without the password.
 */
@Service
public class UserAccounts {

    /** A reset's outcome: the user, and the generated password (shown once) when none was given. */
    public record Reset(AppUser user, String generatedPassword) {
    }

    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final PasswordPolicy policy;
    private final SessionRevocation sessions;
    private final TransactionTemplate tx;

    UserAccounts(AppUserRepository users, PasswordEncoder encoder, AuditLog audit, PasswordPolicy policy,
            SessionRevocation sessions, TransactionTemplate tx) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.policy = policy;
        this.sessions = sessions;
        this.tx = tx;
    }

    public List<AppUser> list() {
        return users.findAll();
    }

    public AppUser get(long id) {
        return users.findById(id).orElseThrow(() -> new NotFoundException("User " + id));
    }

    /** @throws ResponseStatusException 409 when the username is taken; InvalidInputException for a weak password */
    public AppUser create(String username, String password, Role role) {
        if (users.existsByUsername(username)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "A user with that username exists.");
        }
        policy.check("password", username, password);
        AppUser user = users.save(new AppUser(username, encoder.encode(password), role));
        audit.record(AuditAction.USER_CREATED, "user:" + user.getId(), role.name());
        return user;
    }

    /**
     * Disables or enables a user (a disabled user cannot sign in, and their sessions end), or changes their
     * role; {@code null} leaves either as it is. Nobody disables themselves or takes away their own ADMIN role.
     */
    public AppUser change(long id, Boolean enabled, Role role, String byUsername) {
        AppUser user = get(id);
        boolean self = user.getUsername().equals(byUsername);
        if (self && (Boolean.FALSE.equals(enabled) || (role != null && role != Role.ADMIN))) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "You cannot disable yourself or take away your own ADMIN role; ask another ADMIN.");
        }
        AppUser changed = tx.execute(s -> {
            AppUser u = get(id);
            if (enabled != null) {
                u.setEnabled(enabled);
            }
            if (role != null) {
                u.setRole(role);
            }
            return users.save(u);
        });
        sessions.revoke(changed.getUsername());
        audit.record(AuditAction.USER_CHANGED, "user:" + id, "enabled=" + changed.isEnabled() + " role=" + changed.getRole());
        return changed;
    }

    /** An ADMIN sets a new password for a user (their sessions end); without one, a random one is made. */
    public Reset reset(long id, String password) {
        AppUser user = get(id);
        String generated = null;
        if (password == null || password.isEmpty()) {
            password = generated = InitialUsers.randomPassword();
        } else {
            policy.check("password", user.getUsername(), password);
        }
        String hash = encoder.encode(password);
        AppUser changed = tx.execute(s -> {
            AppUser u = get(id);
            u.changePassword(hash);
            return users.save(u);
        });
        sessions.revoke(changed.getUsername());
        audit.record(AuditAction.PASSWORD_RESET, "user:" + id, generated == null ? "set by admin" : "generated");
        return new Reset(changed, generated);
    }

    /** The signed-in user changes their own password (their sessions end). */
    public void changeOwn(String username, String currentPassword, String newPassword) {
        AppUser user = users.findByUsername(username)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Sign in again."));
        if (currentPassword == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "the current password is not right");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            throw new InvalidInputException("newPassword", "the new password is the same as the current one");
        }
        policy.check("newPassword", user.getUsername(), newPassword);
        String hash = encoder.encode(newPassword);
        tx.executeWithoutResult(s -> {
            AppUser u = users.findById(user.getId()).orElseThrow();
            u.changePassword(hash);
            users.save(u);
        });
        sessions.revoke(user.getUsername());
        audit.record(AuditAction.PASSWORD_CHANGED, "user:" + user.getId(), null);
    }
}
