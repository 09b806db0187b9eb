package org.inspectionplanner.data.roster;

/** Specialist skills that some cases need of the inspector who reads them. */
public enum Skill {
    SEXUAL_OFFENDING,
    MAPPA,
    DOMESTIC_ABUSE,
    CHILD_PROTECTION,
    YOUTH,
    WELSH_LANGUAGE
}
