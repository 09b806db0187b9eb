package org.inspectionplanner.data.roster;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.Inspectorate;

/**
 * A row of the inspector roster. An empty {@code availableDays} means every fieldwork day;
 * {@code maxCases} is the case capacity for one fieldwork.
 */
public record Inspector(
        String inspectorId,
        String name,
        Inspectorate inspectorate,
        String role,
        Set<Skill> skills,
        int maxCases,
        Set<LocalDate> availableDays,
        Set<String> conflictPdus,
        Set<String> conflictPractitioners,
        Map<String, String> extra) {

    public Inspector {
        skills = skills == null ? Set.of() : Set.copyOf(skills);
        availableDays = availableDays == null ? Set.of() : Set.copyOf(availableDays);
        conflictPdus = conflictPdus == null ? Set.of() : Set.copyOf(conflictPdus);
        conflictPractitioners = conflictPractitioners == null ? Set.of() : Set.copyOf(conflictPractitioners);
        extra = extra == null || extra.isEmpty() ? Map.of() : extra;
    }

    public boolean isAvailableOn(LocalDate day) {
        return availableDays.isEmpty() || availableDays.contains(day);
    }
}
