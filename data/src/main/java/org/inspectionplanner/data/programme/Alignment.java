package org.inspectionplanner.data.programme;

import java.util.Locale;

/**
 * How an inspection's fieldwork lines up with a linked inspection's ({@code align_with} and
 * {@code align} in inspections.csv), as the 2007-08 plan aligns youth offending inspections with
 * the schedule of joint area reviews. Weeks count from each inspection's first fieldwork week.
 *
 * <ul>
 * <li>{@code SAME_WEEK}: the two start at most {@code gapWeeks} weeks apart (0: the same week);</li>
 * <li>{@code BEFORE}: this inspection's fieldwork ends, then at least {@code gapWeeks} whole weeks
 *     pass, before the other's starts;</li>
 * <li>{@code AFTER}: the other's fieldwork ends, then at least {@code gapWeeks} whole weeks pass,
 *     before this one's starts.</li>
 * </ul>
 * Hard by default (an alignment agreed between inspectorates is a commitment); {@code soft} makes
 * it a preference the planner weighs against the others.
 */
public record Alignment(String withInspectionId, Relation relation, int gapWeeks, boolean hard) {

    public enum Relation {
        SAME_WEEK,
        BEFORE,
        AFTER
    }

    /** What {@code align} accepts, for error messages and docs. */
    public static final String EXPECTED = "expected SAME_WEEK, BEFORE or AFTER, optionally followed by :WEEKS"
            + " (a gap of 0 to 52 weeks) and :HARD or :SOFT (default HARD), e.g. AFTER:2 or SAME_WEEK:1:SOFT";

    public Alignment {
        if (relation == null) {
            throw new IllegalArgumentException("an alignment needs a relation");
        }
        if (gapWeeks < 0) {
            throw new IllegalArgumentException("an alignment gap cannot be negative, was " + gapWeeks);
        }
    }

    /**
     * Reads an {@code align} cell: {@code RELATION[:WEEKS][:HARD|SOFT]}, case-insensitive; null if it
     * is not one.
     */
    public static Alignment parse(String withInspectionId, String text) {
        String[] parts = text.strip().split("\\s*:\\s*", -1);
        if (parts.length > 3) {
            return null;
        }
        Relation relation;
        try {
            relation = Relation.valueOf(parts[0].toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
        int gap = 0;
        boolean hard = true;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].toUpperCase(Locale.ROOT);
            if (p.equals("HARD") || p.equals("SOFT")) {
                if (i != parts.length - 1) {
                    return null;
                }
                hard = p.equals("HARD");
            } else if (i == 1 && p.matches("\\d{1,2}") && Integer.parseInt(p) <= 52) {
                gap = Integer.parseInt(p);
            } else {
                return null;
            }
        }
        return new Alignment(withInspectionId, relation, gap, hard);
    }

    /** The {@code align} cell: relation, gap when not 0, SOFT when soft. */
    public String text() {
        return relation.name() + (gapWeeks == 0 ? "" : ":" + gapWeeks) + (hard ? "" : ":SOFT");
    }

    /**
     * Weeks by which two scheduled inspections miss this alignment, 0 when they meet it.
     *
     * @param start      this inspection's first fieldwork week (an index)
     * @param weeks      this inspection's fieldwork weeks
     * @param otherStart the linked inspection's first fieldwork week
     * @param otherWeeks the linked inspection's fieldwork weeks
     */
    public int weeksMissed(int start, int weeks, int otherStart, int otherWeeks) {
        return switch (relation) {
            case SAME_WEEK -> Math.max(0, Math.abs(start - otherStart) - gapWeeks);
            case BEFORE -> Math.max(0, start + weeks + gapWeeks - otherStart);
            case AFTER -> Math.max(0, otherStart + otherWeeks + gapWeeks - start);
        };
    }
}
