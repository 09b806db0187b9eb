package org.inspectionplanner.web.page;

import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the jobs the user's role can do (the template chooses by role). */
@PageController
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "accessibility";
    }
}
