package org.inspectionplanner.web.security;

import java.time.Duration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page (a plain template; the UI restyles it). */
@Controller
class LoginController {

    static final String WRONG = "The username or password is not right";

    @GetMapping("/login")
    String login(@RequestParam(name = "wait", required = false) String wait, Model model) {
        model.addAttribute("signInProblem", waitMessage(wait));
        return "login";
    }

    /** After too many failures the form says how long to wait (the number only: nothing else from the address). */
    private static String waitMessage(String wait) {
        if (wait == null || !wait.matches("\\d{1,7}")) {
            return WRONG;
        }
        return "There have been too many failed sign-ins. Wait " + SignInThrottle.describe(Duration.ofSeconds(Long.parseLong(wait)))
                + ", then try again";
    }
}
