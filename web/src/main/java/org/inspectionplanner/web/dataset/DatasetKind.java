package org.inspectionplanner.web.dataset;

import java.util.Set;
import org.inspectionplanner.web.security.Role;

/**
 * The kinds of input file, and which roles may upload and read each. Caseloads hold case-level
 * rows, so a programme manager never sees them.
 */
public enum DatasetKind {
    CASELOAD(Set.of(Role.PLANNER), Set.of(Role.PLANNER, Role.TEAM_LEAD)),
    INSPECTORS(Set.of(Role.PLANNER, Role.TEAM_LEAD), Set.of(Role.PLANNER, Role.TEAM_LEAD)),
    INSPECTIONS(Set.of(Role.PROGRAMME_MANAGER), Set.of(Role.PROGRAMME_MANAGER)),
    CAPACITY(Set.of(Role.PROGRAMME_MANAGER), Set.of(Role.PROGRAMME_MANAGER)),
    CALENDAR(Set.of(Role.PROGRAMME_MANAGER, Role.TEAM_LEAD), Set.of(Role.PROGRAMME_MANAGER, Role.TEAM_LEAD));

    private final Set<Role> uploaders;
    private final Set<Role> readers;

    DatasetKind(Set<Role> uploaders, Set<Role> readers) {
        this.uploaders = uploaders;
        this.readers = readers;
    }

    public boolean uploadableBy(Role role) {
        return uploaders.contains(role);
    }

    public boolean readableBy(Role role) {
        return readers.contains(role);
    }
}
