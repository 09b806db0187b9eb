package org.inspectionplanner.sampler;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inspectionplanner.data.caseload.CaseRecord;

/**
 * The population a run screens (the cases of its window) and the outcome of the screening: the
 * eligible cases and the exclusions with every reason that applies, both by case_id.
 */
record Screening(int inWindow, List<CaseRecord> eligible, List<Exclusion> exclusions,
        Map<String, Integer> excludedCounts) {

    static Screening of(IndexedCaseload caseload, SampleRequest req, RunWindow window) {
        SamplingMethod method = req.method();
        LocalDate fieldworkStart = req.fieldworkStart();
        // the long list is the shortlist's population: a case on it that has not started by the window's
        // end is listed as NOT_STARTED rather than left out unseen
        // one PDU's cohort needs only that PDU's cases, and its people's count of sentences in every PDU
        boolean onePdu = req.pdu() != null && method != SamplingMethod.STRATIFIED_SHORTLIST;
        List<CaseRecord> population = method == SamplingMethod.STRATIFIED_SHORTLIST
                ? caseload.startingBetween(window.from(), LocalDate.MAX)
                : onePdu ? caseload.startingBetween(window.from(), window.to(), req.pdu())
                : caseload.startingBetween(window.from(), window.to());
        if (method == SamplingMethod.ROSH_THEMATIC) {
            // the thematic took every case on the caseload when fieldwork began: started before it, not ended
            List<CaseRecord> active = new ArrayList<>();
            for (CaseRecord c : population) {
                if (c.startDate().isBefore(fieldworkStart)
                        && (c.terminationDate() == null || !c.terminationDate().isBefore(fieldworkStart))) {
                    active.add(c);
                }
            }
            population = active;
        }
        Map<String, Integer> sentencesPerPerson = null;
        if (onePdu && method == SamplingMethod.PDU_COHORT) {
            Set<String> people = new HashSet<>();
            population.forEach(c -> people.add(c.personId()));
            sentencesPerPerson = caseload.casesPerPerson(people, window.from(), window.to());
        }
        Map<CaseRecord, EnumSet<ExclusionReason>> reasons = Eligibility.reasons(method, fieldworkStart, window.to(),
                population, req.pdu(), sentencesPerPerson);
        List<CaseRecord> inWindow = new ArrayList<>(reasons.keySet());
        inWindow.sort(Sampler.byCaseId());
        List<CaseRecord> eligible = new ArrayList<>();
        List<Exclusion> exclusions = new ArrayList<>();
        Map<String, Integer> excludedCounts = new LinkedHashMap<>();
        for (ExclusionReason r : ExclusionReason.values()) {
            excludedCounts.put(r.name(), 0);
        }
        for (CaseRecord c : inWindow) {
            EnumSet<ExclusionReason> r = reasons.get(c);
            if (r.isEmpty()) {
                eligible.add(c);
            } else {
                exclusions.add(new Exclusion(c.caseId(), c.personId(), new ArrayList<>(r)));
                r.forEach(reason -> excludedCounts.merge(reason.name(), 1, Integer::sum));
            }
        }
        return new Screening(inWindow.size(), eligible, exclusions, excludedCounts);
    }
}
