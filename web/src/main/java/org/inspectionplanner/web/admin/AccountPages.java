package org.inspectionplanner.web.admin;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import org.inspectionplanner.data.io.InputProblem;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.web.page.ErrorItem;
import org.inspectionplanner.web.page.PageController;
import org.inspectionplanner.web.security.UserAccounts;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Anyone signed in changes their own password; then they sign in again with it (their sessions end). */
@PageController
@RequestMapping("/account/password")
class AccountPages {

    private final UserAccounts accounts;

    AccountPages(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("errors", List.of());
        return "admin/password";
    }

    @PostMapping
    String change(@RequestParam String currentPassword, @RequestParam String newPassword, Principal principal,
            HttpServletResponse response, Model model) {
        List<ErrorItem> errors = new ArrayList<>();
        try {
            accounts.changeOwn(principal.getName(), currentPassword, newPassword);
            return "redirect:/login?passwordChanged";
        } catch (InvalidInputException e) {
            for (InputProblem p : e.problems()) {
                String field = "currentPassword".equals(p.file()) ? "currentPassword" : "newPassword";
                errors.add(ErrorItem.forField(field, (field.equals("currentPassword") ? "The current password: " : "The new password: ")
                        + p.message()));
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("errors", errors);
        return "admin/password";
    }
}
