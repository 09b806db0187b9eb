package org.inspectionplanner.sampler;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Requirement;
import org.inspectionplanner.data.caseload.SentenceType;

/**
 * The scope and exclusion rules of each method, applied to every case whose start date falls in the
 * window (for stratified-shortlist, every case of the long list from the window's start: one starting
 * after the window is NOT_STARTED); every reason that applies is listed. Person-level rules
 * (MULTIPLE_SENTENCES, DUPLICATE_PERSON) look at the whole window in every PDU of the file, so a
 * person's case in another PDU still counts.
 */
final class Eligibility {

    /** Requirements that, on their own or together, make an order out of scope for Quality & Impact. */
    static final Set<Requirement> QI_RESTRICTIVE = EnumSet.of(Requirement.UNPAID_WORK, Requirement.ATTENDANCE_CENTRE,
            Requirement.EXCLUSION, Requirement.CURFEW);
    /** OMI2 excluded orders whose only requirements were attendance centre or (monitored) exclusion/curfew. */
    static final Set<Requirement> OMI2_RESTRICTIVE = EnumSet.of(Requirement.ATTENDANCE_CENTRE,
            Requirement.EXCLUSION, Requirement.CURFEW);
    static final int ROSH_THEMATIC_MIN_AGE = 21;
    static final int ROSH_THEMATIC_MIN_SENTENCE_MONTHS = 12;
    static final int TERMINATION_DAYS = 7;

    private Eligibility() {
    }

    /**
     * Reasons for every case of the window in {@code pdu} (all PDUs when null), keyed by identity.
     * Person-level rules count the whole window, every PDU. Independent of the order of the list.
     */
    static Map<CaseRecord, EnumSet<ExclusionReason>> reasons(SamplingMethod method, LocalDate fieldworkStart,
            LocalDate windowEnd, List<CaseRecord> windowCases, String pdu) {
        return reasons(method, fieldworkStart, windowEnd, windowCases, pdu, null);
    }

    /**
     * As above, where {@code windowCases} may hold only {@code pdu}'s cases when {@code sentencesPerPerson}
     * is given: each of their people's cases starting in the window in any PDU (PDU_COHORT's count, made
     * from the caseload's index so that a PDU's screening need not load every PDU's window).
     */
    static Map<CaseRecord, EnumSet<ExclusionReason>> reasons(SamplingMethod method, LocalDate fieldworkStart,
            LocalDate windowEnd, List<CaseRecord> windowCases, String pdu, Map<String, Integer> sentencesPerPerson) {
        Map<CaseRecord, EnumSet<ExclusionReason>> reasons = new IdentityHashMap<>();
        boolean counted = sentencesPerPerson != null;
        Map<String, Integer> sentences = counted ? sentencesPerPerson : new HashMap<>();
        Map<String, CaseRecord> earliestEligible = new HashMap<>();
        Map<String, CaseRecord> earliest = new HashMap<>();
        boolean personRules = method == SamplingMethod.PDU_COHORT || method == SamplingMethod.STRATIFIED_SHORTLIST;
        for (CaseRecord c : windowCases) {
            boolean mine = pdu == null || pdu.equals(c.pdu());
            if (!mine && !personRules) {
                continue; // other PDUs matter only to the person-level rules
            }
            if (method == SamplingMethod.PDU_COHORT) {
                // "more than one sentence in the eligible period": every sentence counts, in scope or not
                if (!counted) {
                    sentences.merge(c.personId(), 1, Integer::sum);
                }
                if (!mine) {
                    continue; // so another PDU's case needs no reasons of its own
                }
            }
            EnumSet<ExclusionReason> r = caseReasons(method, fieldworkStart, c);
            if (c.startDate().isAfter(windowEnd) || c.startDate().isAfter(fieldworkStart)) {
                r.add(ExclusionReason.NOT_STARTED);
            }
            if (mine) {
                reasons.put(c, r);
            }
            if (method == SamplingMethod.STRATIFIED_SHORTLIST) {
                earliest.merge(c.personId(), c, Eligibility::earlier);
                if (r.isEmpty()) {
                    earliestEligible.merge(c.personId(), c, Eligibility::earlier);
                }
            }
        }
        if (method == SamplingMethod.PDU_COHORT) {
            reasons.forEach((c, r) -> {
                if (sentences.getOrDefault(c.personId(), 0) > 1) {
                    r.add(ExclusionReason.MULTIPLE_SENTENCES);
                }
            });
        }
        if (method == SamplingMethod.STRATIFIED_SHORTLIST) {
            // a person keeps one case, the earliest eligible one (else the earliest): every later case of
            // theirs is a duplicate, whatever other reasons it has
            reasons.forEach((c, r) -> {
                CaseRecord kept = earliestEligible.getOrDefault(c.personId(), earliest.get(c.personId()));
                if (EARLIEST.compare(c, kept) > 0) {
                    r.add(ExclusionReason.DUPLICATE_PERSON);
                }
            });
        }
        return reasons;
    }

    private static CaseRecord earlier(CaseRecord a, CaseRecord b) {
        return EARLIEST.compare(a, b) <= 0 ? a : b;
    }

    /** Earliest start date, then smallest case_id: which of a person's cases the shortlist keeps. */
    private static final Comparator<CaseRecord> EARLIEST =
            Comparator.comparing(CaseRecord::startDate).thenComparing(CaseRecord::caseId);

    static EnumSet<ExclusionReason> caseReasons(SamplingMethod method, LocalDate fieldworkStart, CaseRecord c) {
        EnumSet<ExclusionReason> r = EnumSet.noneOf(ExclusionReason.class);
        SentenceType type = c.sentenceType();
        switch (method) {
            case PDU_COHORT -> {
                if (type.isCommunity() && !c.requirements().contains(Requirement.RAR)
                        && !c.requirements().contains(Requirement.ACCREDITED_PROGRAMME)) {
                    r.add(ExclusionReason.OUT_OF_SCOPE_REQUIREMENTS);
                }
                if (c.terminationDate() != null
                        && ChronoUnit.DAYS.between(c.startDate(), c.terminationDate()) <= TERMINATION_DAYS) {
                    r.add(ExclusionReason.TERMINATED_WITHIN_7_DAYS);
                }
            }
            case QUALITY_IMPACT -> {
                if (type == SentenceType.POST_SENTENCE_SUPERVISION) {
                    r.add(ExclusionReason.OUT_OF_SCOPE_SENTENCE);
                }
                if (onlyRestrictive(c, QI_RESTRICTIVE)) {
                    r.add(ExclusionReason.ONLY_RESTRICTIVE_REQUIREMENTS);
                }
                if (insufficientDelivery(c, fieldworkStart, method.minimumDeliveryDays())) {
                    r.add(ExclusionReason.INSUFFICIENT_DELIVERY);
                }
            }
            case OMI2 -> {
                if (onlyRestrictive(c, OMI2_RESTRICTIVE)) {
                    r.add(ExclusionReason.ONLY_RESTRICTIVE_REQUIREMENTS);
                }
                if (insufficientDelivery(c, fieldworkStart, method.minimumDeliveryDays())) {
                    r.add(ExclusionReason.INSUFFICIENT_DELIVERY);
                }
            }
            case ROSH_THEMATIC -> {
                if (type != SentenceType.LICENCE) {
                    r.add(ExclusionReason.OUT_OF_SCOPE_SENTENCE);
                }
                // the thematic's population is the caseload at fieldwork: age then, not at release
                if (Period.between(c.dateOfBirth(), fieldworkStart).getYears() < ROSH_THEMATIC_MIN_AGE) {
                    r.add(ExclusionReason.AGE_OUT_OF_SCOPE);
                }
                if (!c.isHighRosh() && c.mappaLevel() != 2 && c.mappaLevel() != 3) {
                    r.add(ExclusionReason.RISK_OUT_OF_SCOPE);
                }
                if (c.sentenceMonths() == null || c.sentenceMonths() < ROSH_THEMATIC_MIN_SENTENCE_MONTHS) {
                    r.add(ExclusionReason.SENTENCE_TOO_SHORT);
                }
            }
            case STRATIFIED_SHORTLIST -> {
                // every sentence type is on the long list
            }
        }
        if (c.underReview()) {
            r.add(ExclusionReason.UNDER_REVIEW);
        }
        if (c.restrictedAccess()) {
            r.add(ExclusionReason.RESTRICTED_ACCESS);
        }
        return r;
    }

    /** An order whose requirements are non-empty and all within {@code restrictive}. */
    static boolean onlyRestrictive(CaseRecord c, Set<Requirement> restrictive) {
        return c.sentenceType().isCommunity() && !c.requirements().isEmpty()
                && restrictive.containsAll(c.requirements());
    }

    /**
     * Terminated or recalled cases need {@code minDays} of delivery: from the start date to the
     * termination date, or to fieldwork when no termination date before fieldwork is recorded.
     */
    static boolean insufficientDelivery(CaseRecord c, LocalDate fieldworkStart, int minDays) {
        if (minDays <= 0 || (c.terminationDate() == null && !c.recalled())) {
            return false;
        }
        LocalDate end = c.terminationDate() != null && c.terminationDate().isBefore(fieldworkStart)
                ? c.terminationDate() : fieldworkStart;
        return ChronoUnit.DAYS.between(c.startDate(), end) < minDays;
    }
}
