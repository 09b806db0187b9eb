package org.inspectionplanner.web.admin;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.inspectionplanner.data.io.InputProblem;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.web.page.ErrorItem;
import org.inspectionplanner.web.page.PageController;
import org.inspectionplanner.web.page.Words;
import org.inspectionplanner.web.security.AppUser;
import org.inspectionplanner.web.security.Role;
import org.inspectionplanner.web.security.UserAccounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * User management for administrators: the users with their role and whether they may sign in; create a
 * user, disable or enable one, change a role, reset a password (a generated one is shown once). The
 * rules (password policy, not disabling yourself, sessions ended) are {@link UserAccounts}'.
 */
@PageController
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserPages {

    /** A user as the table shows them. */
    /** One user; {@code self} is the signed-in administrator, whose row offers no disable or role change (the server refuses both). */
    record UserRow(long id, String username, String role, String roleLabel, boolean enabled, String since, boolean self) {
    }

    record RoleChoice(String code, String label) {
    }

    private final UserAccounts accounts;

    UserPages(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String list(Model model, Principal principal) {
        return page(model, principal, List.of(), "", "");
    }

    @PostMapping
    String create(@RequestParam String username, @RequestParam String password, @RequestParam String role,
            Model model, Principal principal, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        List<ErrorItem> errors = new ArrayList<>();
        if (username.isBlank() || !username.matches("[A-Za-z0-9._-]{1,100}")) {
            errors.add(ErrorItem.forField("username", "Enter a username of letters, digits, dots, dashes or underscores"));
        }
        Role chosen = role(role);
        if (chosen == null) {
            errors.add(ErrorItem.forField("role", "Choose a role"));
        }
        if (errors.isEmpty()) {
            try {
                AppUser user = accounts.create(username.trim(), password, chosen);
                redirect.addFlashAttribute("done", "User " + user.getUsername() + " created as " + label(chosen) + ".");
                return "redirect:/admin/users";
            } catch (InvalidInputException e) {
                for (InputProblem p : e.problems()) {
                    errors.add(ErrorItem.forField("password", "The password " + p.message()));
                }
            } catch (ResponseStatusException e) {
                errors.add(ErrorItem.forField("username", "A user called " + username.trim() + " already exists"));
            }
        }
        response.setStatus(400);
        return page(model, principal, errors, username, role);
    }

    @PostMapping("/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled, Principal principal, RedirectAttributes redirect) {
        return change(id, enabled, null, principal, redirect, (enabled ? "enabled: they can sign in" : "disabled: they cannot sign in"));
    }

    @PostMapping("/{id}/role")
    String role(@PathVariable long id, @RequestParam String role, Principal principal, RedirectAttributes redirect) {
        Role chosen = role(role);
        if (chosen == null) {
            redirect.addFlashAttribute("problem", "Choose a role from the list.");
            return "redirect:/admin/users";
        }
        return change(id, null, chosen, principal, redirect, "now " + label(chosen));
    }

    @PostMapping("/{id}/password")
    String reset(@PathVariable long id, RedirectAttributes redirect) {
        UserAccounts.Reset done = accounts.reset(id, null);
        redirect.addFlashAttribute("done", "New password for " + done.user().getUsername() + ": " + done.generatedPassword()
                + ". It is shown only now: give it to them safely. Their sessions have ended.");
        return "redirect:/admin/users";
    }

    private String change(long id, Boolean enabled, Role role, Principal principal, RedirectAttributes redirect, String what) {
        try {
            AppUser user = accounts.change(id, enabled, role, principal.getName());
            redirect.addFlashAttribute("done", "User " + user.getUsername() + " " + what + ".");
        } catch (ResponseStatusException e) {
            redirect.addFlashAttribute("problem", e.getReason());
        }
        return "redirect:/admin/users";
    }

    private String page(Model model, Principal principal, List<ErrorItem> errors, String username, String role) {
        String me = principal == null ? null : principal.getName();
        model.addAttribute("users", accounts.list().stream().map(u -> new UserRow(u.getId(), u.getUsername(), u.getRole().name(),
                label(u.getRole()), u.isEnabled(), Words.when(u.getCreatedAt()), u.getUsername().equals(me))).toList());
        model.addAttribute("roles", Arrays.stream(Role.values()).map(r -> new RoleChoice(r.name(), label(r))).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("username", username);
        model.addAttribute("role", role);
        return "admin/users";
    }

    private static Role role(String code) {
        try {
            return code == null || code.isBlank() ? null : Role.valueOf(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String label(Role role) {
        return switch (role.name()) {
            case "PLANNER" -> "planner";
            case "TEAM_LEAD" -> "team lead";
            case "PROGRAMME_MANAGER" -> "programme manager";
            case "ADMIN" -> "administrator";
            default -> Words.code(role.name()).toLowerCase(java.util.Locale.UK);
        };
    }
}
