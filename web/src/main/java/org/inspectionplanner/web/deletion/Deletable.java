package org.inspectionplanner.web.deletion;

import java.util.Locale;
import org.inspectionplanner.web.files.FileOwner;
import org.inspectionplanner.web.security.Role;

/** The kinds of stored thing a user may delete, with the role that creates each (ADMIN may delete all). */
public enum Deletable {
    DATASET("datasets", FileOwner.DATASET, null),
    SAMPLE("samples", FileOwner.SAMPLE, Role.PLANNER),
    ALLOCATION("allocations", FileOwner.JOB, Role.TEAM_LEAD),
    SCHEDULE("schedules", FileOwner.JOB, Role.PROGRAMME_MANAGER);

    private final String path;
    private final FileOwner fileOwner;
    private final Role creator;

    Deletable(String path, FileOwner fileOwner, Role creator) {
        this.path = path;
        this.fileOwner = fileOwner;
        this.creator = creator;
    }

    /** The collection's name in URLs, e.g. {@code samples}. */
    public String path() {
        return path;
    }

    FileOwner fileOwner() {
        return fileOwner;
    }

    /** The role that creates this kind; for datasets it depends on the dataset's kind (null here). */
    Role creator() {
        return creator;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }

    /** The audit target, e.g. {@code sample:12}. */
    String target(long id) {
        return name().toLowerCase(Locale.ROOT) + ":" + id;
    }

    public static Deletable ofPath(String path) {
        for (Deletable d : values()) {
            if (d.path.equals(path)) {
                return d;
            }
        }
        throw new IllegalArgumentException("no such kind: " + path);
    }
}
