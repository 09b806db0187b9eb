package org.inspectionplanner.data.caseload;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Set;

/**
 * One sentence or licence of one person on probation: a row of the caseload extract.
 * Optional values not recorded in the extract are {@code null}; {@code extra} keeps unknown
 * columns (in file order) so that they pass through to every output. {@code restrictedAccess} marks a
 * case whose record is restricted (the long list redacts its names): never to be sampled.
 */
public record CaseRecord(
        String caseId,
        String personId,
        String pdu,
        String office,
        String practitionerId,
        SentenceType sentenceType,
        Set<Requirement> requirements,
        LocalDate startDate,
        LocalDate terminationDate,
        Integer sentenceMonths,
        LocalDate dateOfBirth,
        Gender gender,
        Ethnicity ethnicity,
        RiskLevel rosh,
        RiskLevel likelihoodOfReoffending,
        int mappaCategory,
        int mappaLevel,
        boolean underReview,
        boolean welshLanguage,
        boolean domesticAbuse,
        boolean childProtection,
        boolean recalled,
        String releasedFrom,
        Integer previousSanctions,
        Map<String, String> extra,
        boolean restrictedAccess) {

    public CaseRecord {
        requirements = requirements == null || requirements.isEmpty() ? Set.of() : Set.copyOf(requirements);
        extra = extra == null || extra.isEmpty() ? Map.of() : extra;
    }

    /** A case without restricted access. */
    public CaseRecord(String caseId, String personId, String pdu, String office, String practitionerId,
            SentenceType sentenceType, Set<Requirement> requirements, LocalDate startDate, LocalDate terminationDate,
            Integer sentenceMonths, LocalDate dateOfBirth, Gender gender, Ethnicity ethnicity, RiskLevel rosh,
            RiskLevel likelihoodOfReoffending, int mappaCategory, int mappaLevel, boolean underReview,
            boolean welshLanguage, boolean domesticAbuse, boolean childProtection, boolean recalled,
            String releasedFrom, Integer previousSanctions, Map<String, String> extra) {
        this(caseId, personId, pdu, office, practitionerId, sentenceType, requirements, startDate, terminationDate,
                sentenceMonths, dateOfBirth, gender, ethnicity, rosh, likelihoodOfReoffending, mappaCategory, mappaLevel,
                underReview, welshLanguage, domesticAbuse, childProtection, recalled, releasedFrom, previousSanctions,
                extra, false);
    }

    public boolean hasPractitioner() {
        return practitionerId != null && !practitionerId.isEmpty();
    }

    public boolean isFemale() {
        return gender == Gender.FEMALE;
    }

    public boolean isEthnicMinority() {
        return ethnicity != null && ethnicity.isEthnicMinority();
    }

    public boolean isHighRosh() {
        return rosh != null && rosh.isHighOrVeryHigh();
    }

    /** Age in whole years on the start date, as every method measures it. */
    public int ageAtStart() {
        return Period.between(dateOfBirth, startDate).getYears();
    }
}
