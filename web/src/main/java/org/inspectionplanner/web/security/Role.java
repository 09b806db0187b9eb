package org.inspectionplanner.web.security;

/**
 * What a signed-in user may do. PLANNER: datasets and samples. TEAM_LEAD: allocations, and reading
 * samples. PROGRAMME_MANAGER: inspections and schedules, never case-level rows. ADMIN: users and the
 * audit log.
 */
public enum Role {
    PLANNER,
    TEAM_LEAD,
    PROGRAMME_MANAGER,
    ADMIN;

    /** The Spring Security authority, e.g. {@code ROLE_PLANNER}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
