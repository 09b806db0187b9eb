package org.inspectionplanner.web.page;

/**
 * What one preference of a plan came to, in the planner's terms rather than the solver's cost: e.g.
 * "Even workload": "Busiest: Ann at 92% of capacity; least busy: Bea at 60%; a spread of 32 percentage points".
 *
 * @param tag      a short verdict ("Met", "Not met", "As even as possible"), or empty for none
 * @param severity the tag's colour: green (met), grey (not met: a preference, not a rule)
 */
public record PreferenceLine(String preference, String tag, String severity, String outcome) {

    public static PreferenceLine met(String preference, String outcome) {
        return new PreferenceLine(preference, "Met", "green", outcome);
    }

    public static PreferenceLine notMet(String preference, String outcome) {
        return new PreferenceLine(preference, "Not met", "grey", outcome);
    }
}
