package org.inspectionplanner.planner.allocation;

/** Why a case could not be allocated, judged against the roster and the final plan. */
public enum UnassignedReason {
    /** Some inspectors lack a skill the case needs (all of them, when this is the only reason). */
    NO_SKILLED_INSPECTOR,
    /** Some skilled inspectors have a conflict of interest with the case's PDU or practitioner. */
    CONFLICT_OF_INTEREST,
    /** Some skilled, unconflicted inspectors are already at max_cases. */
    NO_CAPACITY,
    /** Some inspectors who could otherwise take it have no slot where they and the practitioner are both free on an available day. */
    NO_AVAILABLE_SLOT;

    /** The reason in a team lead's words, for pages and the CLI. */
    public String words() {
        return switch (this) {
            case NO_SKILLED_INSPECTOR -> "No inspector with the skills it needs";
            case CONFLICT_OF_INTEREST -> "Conflict of interest";
            case NO_CAPACITY -> "Skilled inspectors are full";
            case NO_AVAILABLE_SLOT -> "No interview slot free for inspector and practitioner";
        };
    }
}
