package org.inspectionplanner.planner.allocation;

import java.util.List;
import java.util.stream.Collectors;

/** A case the plan leaves unassigned, with the reasons found and a message for the team lead. */
public record UnassignedCase(String caseId, List<UnassignedReason> reasons, String message) {
    public UnassignedCase {
        reasons = List.copyOf(reasons);
    }

    /** The reason codes, {@code ;}-joined, as allocation.csv writes them. */
    public String reasonCodes() {
        return reasons.stream().map(Enum::name).collect(Collectors.joining(";"));
    }
}
