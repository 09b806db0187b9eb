package org.inspectionplanner.planner.allocation;

import java.util.Objects;
import org.inspectionplanner.data.roster.Skill;

/** One row of the skill rule table: a case meeting {@code when} needs an inspector with {@code needs}. */
public record SkillRule(SkillCondition when, Skill needs, boolean enabled) {
    public SkillRule {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(needs, "needs");
    }
}
