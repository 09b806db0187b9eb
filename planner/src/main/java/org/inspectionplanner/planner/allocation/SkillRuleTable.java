package org.inspectionplanner.planner.allocation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.roster.Skill;

/**
 * Which cases need which inspector skills. One rule per condition; a disabled rule asks for nothing.
 * The defaults are those of the allocation issue: Welsh language, MAPPA category 1 and MAPPA level 2/3 on;
 * domestic abuse and child protection present but off.
 */
public record SkillRuleTable(List<SkillRule> rules) {

    public SkillRuleTable {
        rules = List.copyOf(rules);
        Set<SkillCondition> seen = EnumSet.noneOf(SkillCondition.class);
        for (SkillRule rule : rules) {
            if (!seen.add(rule.when())) {
                throw new IllegalArgumentException("skill rules: more than one rule for " + rule.when());
            }
        }
    }

    public static SkillRuleTable defaults() {
        return new SkillRuleTable(List.of(
                new SkillRule(SkillCondition.WELSH_LANGUAGE, Skill.WELSH_LANGUAGE, true),
                new SkillRule(SkillCondition.MAPPA_CATEGORY_1, Skill.SEXUAL_OFFENDING, true),
                new SkillRule(SkillCondition.MAPPA_LEVEL_2_OR_3, Skill.MAPPA, true),
                new SkillRule(SkillCondition.DOMESTIC_ABUSE, Skill.DOMESTIC_ABUSE, false),
                new SkillRule(SkillCondition.CHILD_PROTECTION, Skill.CHILD_PROTECTION, false)));
    }

    /** A copy with the rule for {@code when} replaced (or added). */
    public SkillRuleTable with(SkillCondition when, Skill needs, boolean enabled) {
        List<SkillRule> copy = new ArrayList<>(rules.stream().filter(r -> r.when() != when).toList());
        copy.add(new SkillRule(when, needs, enabled));
        copy.sort((a, b) -> a.when().compareTo(b.when()));
        return new SkillRuleTable(copy);
    }

    /** A copy with the rule for {@code when} switched on or off, keeping its skill. */
    public SkillRuleTable withEnabled(SkillCondition when, boolean enabled) {
        SkillRule rule = rules.stream().filter(r -> r.when() == when).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("skill rules: no rule for " + when));
        return with(when, rule.needs(), enabled);
    }

    public Set<Skill> requiredSkills(CaseRecord c) {
        Set<Skill> required = EnumSet.noneOf(Skill.class);
        for (SkillRule rule : rules) {
            if (rule.enabled() && rule.when().appliesTo(c)) {
                required.add(rule.needs());
            }
        }
        return required;
    }
}
