package org.inspectionplanner.web.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (a plain template; the UI restyles it). */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
