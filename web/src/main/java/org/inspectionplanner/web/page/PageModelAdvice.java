package org.inspectionplanner.web.page;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Adds the signed-in user and the navigation for their role to every page (never to the REST API). The
 * error pages get the same through {@link #addTo}, since the advice's model attributes do not reach them.
 */
@ControllerAdvice(annotations = PageController.class)
class PageModelAdvice {

    @ModelAttribute("currentUser")
    SignedInUser currentUser() {
        return signedIn();
    }

    /** The signed-in user, or null (also for the error pages, which the advice does not reach). */
    static SignedInUser signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return SignedInUser.of(authentication);
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(HttpServletRequest request) {
        return navigationFor(signedIn(), request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** The navigation of the user's roles, with the section of {@code path} marked current. */
    static List<NavigationItem> navigationFor(SignedInUser user, String path) {
        List<NavigationItem> items = new ArrayList<>();
        if (user == null) {
            return items;
        }
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
        if (user.isAdmin()) {
            items.add(item("Administration", "/admin", path.startsWith("/admin")));
        }
        return items;
    }

    /** The header and navigation for a page the advice does not reach (an error page). */
    static void addTo(java.util.Map<String, Object> model, String path) {
        SignedInUser user = signedIn();
        model.put("currentUser", user);
        model.put("navigation", navigationFor(user, path == null ? "" : path));
    }

    private static NavigationItem item(String text, String href, boolean current) {
        return new NavigationItem(text, href, current);
    }
}
