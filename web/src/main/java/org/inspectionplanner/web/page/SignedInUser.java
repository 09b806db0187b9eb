package org.inspectionplanner.web.page;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The signed-in user as the pages see it: a name to show and the roles (PLANNER, TEAM_LEAD,
 * PROGRAMME_MANAGER, ADMIN) that decide which jobs and links are offered.
 */
public record SignedInUser(String username, Set<String> roles) {

    private static final List<String> ORDER = List.of("PLANNER", "TEAM_LEAD", "PROGRAMME_MANAGER", "ADMIN");

    static SignedInUser of(Authentication authentication) {
        Set<String> roles = new TreeSet<>((a, b) -> Integer.compare(ORDER.indexOf(a), ORDER.indexOf(b)));
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_") && ORDER.contains(name.substring(5))) {
                roles.add(name.substring(5));
            }
        }
        return new SignedInUser(authentication.getName(), roles);
    }

    public boolean isPlanner() {
        return roles.contains("PLANNER");
    }

    public boolean isTeamLead() {
        return roles.contains("TEAM_LEAD");
    }

    public boolean isProgrammeManager() {
        return roles.contains("PROGRAMME_MANAGER");
    }

    public boolean isAdmin() {
        return roles.contains("ADMIN");
    }

    public String displayName() {
        return username + " (" + roleLabel() + ")";
    }

    public String roleLabel() {
        return roles.isEmpty() ? "no role"
                : String.join(", ", roles.stream().map(SignedInUser::label).toList());
    }

    static String label(String role) {
        return switch (role) {
            case "PLANNER" -> "planner";
            case "TEAM_LEAD" -> "team lead";
            case "PROGRAMME_MANAGER" -> "programme manager";
            case "ADMIN" -> "administrator";
            default -> role.toLowerCase();
        };
    }
}
