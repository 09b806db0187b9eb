package org.inspectionplanner.planner.solve;

/** Why a solve ended (SOLVING while it runs). Reports carry the name; {@link #words()} is for people. */
public enum Termination {
    SOLVING("still solving"),
    /** The time limit was spent. */
    TIME_LIMIT("the time limit was reached"),
    /** The best score had not improved for the unimproved limit. */
    UNIMPROVED_LIMIT("the plan stopped improving"),
    /**
     * The best plan reached the problem's bound: no better plan is possible on what the pipeline's stop rule judges
     * (the allocation's balance; then, where the pipeline has a polish limit, the rest stopped improving for it).
     */
    NO_BETTER_PLAN_POSSIBLE("no better plan is possible"),
    STOPPED_BY_USER("stopped by a user"),
    /** The service stopped while solving; the job can be solved on. */
    INTERRUPTED("interrupted by the service stopping"),
    /** A plan that was not solved here (e.g. read back from a file). */
    NOT_SOLVED("not solved");

    private final String words;

    Termination(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
