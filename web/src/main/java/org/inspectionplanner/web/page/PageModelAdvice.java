package org.inspectionplanner.web.page;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Adds the signed-in user and the navigation for their role to every page (never to the REST API). */
@ControllerAdvice(annotations = PageController.class)
class PageModelAdvice {

    @ModelAttribute("currentUser")
    SignedInUser currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return SignedInUser.of(authentication);
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(HttpServletRequest request) {
        SignedInUser user = currentUser();
        List<NavigationItem> items = new ArrayList<>();
        if (user == null) {
            return items;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        items.add(item("Home", "/", path.equals("/")));
        if (user.isPlanner() || user.isTeamLead() || user.isProgrammeManager()) {
            items.add(item("Datasets", "/datasets", path.startsWith("/datasets")));
        }
        if (user.isPlanner() || user.isTeamLead()) {
            items.add(item("Samples", "/samples", path.startsWith("/samples")));
        }
        if (user.isTeamLead()) {
            items.add(item("Allocations", "/allocations", path.startsWith("/allocations")));
        }
        if (user.isProgrammeManager() || user.isPlanner() || user.isTeamLead()) {
            // planners and team leads read the programme to draw and allocate its samples
            items.add(item("Programme", "/schedules", path.startsWith("/schedules")));
        }
        return items;
    }

    private static NavigationItem item(String text, String href, boolean current) {
        return new NavigationItem(text, href, current);
    }
}
