package org.inspectionplanner.planner.programme;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Weights of the soft constraints (each multiplies that constraint's match weight; 0 switches it off).
 * Names as accepted by {@link #with(String, long)}: urgency, preferred-start, level-loading,
 * joint-burden, stability, alignment (the soft alignments of inspections.csv; hard ones are not weighed).
 */
public record ProgrammeWeights(long urgency, long preferredStart, long levelLoading, long jointBurden, long stability,
        long alignment) {

    /** The defaults, chosen so that level loading (hundredths of staff) and week-based rules weigh alike. */
    public static final ProgrammeWeights DEFAULT = new ProgrammeWeights(10, 20, 1, 30, 50, 40);

    /** The weights without the alignment preference's, which takes its default. */
    public ProgrammeWeights(long urgency, long preferredStart, long levelLoading, long jointBurden, long stability) {
        this(urgency, preferredStart, levelLoading, jointBurden, stability, 40);
    }

    public ProgrammeWeights {
        for (long w : new long[] {urgency, preferredStart, levelLoading, jointBurden, stability, alignment}) {
            if (w < 0) {
                throw new IllegalArgumentException("soft constraint weights must be 0 or more, got " + w);
            }
        }
    }

    /** A copy with one weight changed, by its name. */
    public ProgrammeWeights with(String name, long weight) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "urgency" -> new ProgrammeWeights(weight, preferredStart, levelLoading, jointBurden, stability, alignment);
            case "preferred-start" -> new ProgrammeWeights(urgency, weight, levelLoading, jointBurden, stability, alignment);
            case "level-loading" -> new ProgrammeWeights(urgency, preferredStart, weight, jointBurden, stability, alignment);
            case "joint-burden" -> new ProgrammeWeights(urgency, preferredStart, levelLoading, weight, stability, alignment);
            case "stability" -> new ProgrammeWeights(urgency, preferredStart, levelLoading, jointBurden, weight, alignment);
            case "alignment" -> new ProgrammeWeights(urgency, preferredStart, levelLoading, jointBurden, stability, weight);
            default -> throw new IllegalArgumentException("unknown soft constraint weight '" + name
                    + "' (known: urgency, preferred-start, level-loading, joint-burden, stability, alignment)");
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
                "joint-burden", jointBurden, "stability", stability, "alignment", alignment);
    }
}
