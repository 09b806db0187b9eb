package org.inspectionplanner.planner.allocation;

import java.util.function.Predicate;
import org.inspectionplanner.data.caseload.CaseRecord;

/** A property of a case that may call for a specialist inspector (the left side of a skill rule). */
public enum SkillCondition {
    WELSH_LANGUAGE("welsh_language", CaseRecord::welshLanguage),
    MAPPA_CATEGORY_1("mappa_category 1", c -> c.mappaCategory() == 1),
    MAPPA_LEVEL_2_OR_3("mappa_level 2 or 3", c -> c.mappaLevel() == 2 || c.mappaLevel() == 3),
    DOMESTIC_ABUSE("domestic_abuse", CaseRecord::domesticAbuse),
    CHILD_PROTECTION("child_protection", CaseRecord::childProtection);

    private final String description;
    private final Predicate<CaseRecord> test;

    SkillCondition(String description, Predicate<CaseRecord> test) {
        this.description = description;
        this.test = test;
    }

    public boolean appliesTo(CaseRecord c) {
        return test.test(c);
    }

    /** The caseload column (and value) the condition reads. */
    public String description() {
        return description;
    }
}
