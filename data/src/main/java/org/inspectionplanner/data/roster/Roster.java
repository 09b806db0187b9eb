package org.inspectionplanner.data.roster;

import java.util.List;

/** An inspector roster as read, with its unknown columns in file order. */
public record Roster(String source, List<String> extraColumns, List<Inspector> inspectors) {
    public Roster {
        extraColumns = List.copyOf(extraColumns);
        inspectors = List.copyOf(inspectors);
    }
}
