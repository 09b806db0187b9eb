package org.inspectionplanner.planner.programme;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Weights of the soft constraints (each multiplies that constraint's match weight; 0 switches it off).
 * Names as accepted by {@link #with(String, long)}: urgency, preferred-start, level-loading,
 * joint-burden, stability.
 */
public record ProgrammeWeights(long urgency, long preferredStart, long levelLoading, long jointBurden, long stability) {

    /** The defaults, chosen so that level loading (hundredths of staff) and week-based rules weigh alike. */
    public static final ProgrammeWeights DEFAULT = new ProgrammeWeights(10, 20, 1, 30, 50);

    public ProgrammeWeights {
        for (long w : new long[] {urgency, preferredStart, levelLoading, jointBurden, stability}) {
            if (w < 0) {
                throw new IllegalArgumentException("soft constraint weights must be 0 or more, got " + w);
            }
        }
    }

    /** A copy with one weight changed, by its name. */
    public ProgrammeWeights with(String name, long weight) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "urgency" -> new ProgrammeWeights(weight, preferredStart, levelLoading, jointBurden, stability);
            case "preferred-start" -> new ProgrammeWeights(urgency, weight, levelLoading, jointBurden, stability);
            case "level-loading" -> new ProgrammeWeights(urgency, preferredStart, weight, jointBurden, stability);
            case "joint-burden" -> new ProgrammeWeights(urgency, preferredStart, levelLoading, weight, stability);
            case "stability" -> new ProgrammeWeights(urgency, preferredStart, levelLoading, jointBurden, weight);
            default -> throw new IllegalArgumentException("unknown soft constraint weight '" + name
                    + "' (known: urgency, preferred-start, level-loading, joint-burden, stability)");
        };
    }

    /** Applies name=weight overrides over these weights. */
    public ProgrammeWeights with(Map<String, Long> overrides) {
        ProgrammeWeights w = this;
        for (Map.Entry<String, Long> e : new HashMap<>(overrides).entrySet()) {
            w = w.with(e.getKey(), e.getValue());
        }
        return w;
    }

    /** The weights by name, for the report. */
    public Map<String, Long> byName() {
        return Map.of("urgency", urgency, "preferred-start", preferredStart, "level-loading", levelLoading,
                "joint-burden", jointBurden, "stability", stability);
    }
}
