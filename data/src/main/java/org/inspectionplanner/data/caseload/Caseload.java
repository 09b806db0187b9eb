package org.inspectionplanner.data.caseload;

import java.util.List;

/**
 * A caseload extract as read: the cases in file order, and the names of the unknown columns
 * that each case carries in {@link CaseRecord#extra()} (in file order, to be written out again).
 */
public record Caseload(String source, List<String> extraColumns, List<CaseRecord> cases) {
    public Caseload {
        extraColumns = List.copyOf(extraColumns);
        cases = List.copyOf(cases);
    }
}
