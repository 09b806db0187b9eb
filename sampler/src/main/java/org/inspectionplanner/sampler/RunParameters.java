package org.inspectionplanner.sampler;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every parameter of one run once resolved: the request with each method default filled in, the
 * window, and the target size (which can depend on the number of eligible cases). What the report's
 * {@code parameters} section states.
 */
record RunParameters(
        SamplingMethod method,
        LocalDate fieldworkStart,
        String pdu,
        long seed,
        RunWindow window,
        boolean allowAdjacentWeeks,
        Integer target,
        SizeRule sizeRule,
        Integer sizingPopulation,
        Double confidence,
        Double margin,
        boolean topUp,
        Map<Quota, Integer> minimum,
        Integer maxPerPractitioner,
        Integer reserves,
        Map<String, Integer> subSamples) {

    RunParameters {
        minimum = Collections.unmodifiableMap(new EnumMap<>(minimum));
    }

    /** Resolves {@code req} (which must carry a seed) for a window holding {@code eligibleCount} eligible cases. */
    static RunParameters resolve(SampleRequest req, RunWindow window, int eligibleCount) {
        SamplingMethod method = req.method();
        Map<Quota, Integer> minimum = new EnumMap<>(Quota.class);
        minimum.put(Quota.FEMALE, orDefault(req.minFemale(), method, Quota.FEMALE));
        minimum.put(Quota.ETHNIC_MINORITY, orDefault(req.minEthnicMinority(), method, Quota.ETHNIC_MINORITY));
        minimum.put(Quota.HIGH_ROSH, orDefault(req.minHighRosh(), method, Quota.HIGH_ROSH));

        Integer target;
        SizeRule rule;
        Integer sizingPopulation = null;
        Double confidence = req.confidence();
        Double margin = req.margin();
        if (req.targetSize() != null) {
            target = req.targetSize();
            rule = SizeRule.TARGET_SIZE;
        } else if (req.confidence() != null) {
            target = Precision.sampleSize(req.confidence(), req.margin(), eligibleCount);
            rule = SizeRule.CONFIDENCE_MARGIN;
            sizingPopulation = eligibleCount;
        } else if (method.draws()) {
            confidence = SamplingMethod.DEFAULT_CONFIDENCE;
            margin = SamplingMethod.DEFAULT_MARGIN;
            target = Precision.sampleSize(confidence, margin, eligibleCount);
            rule = SizeRule.DEFAULT_CONFIDENCE_MARGIN;
            sizingPopulation = eligibleCount;
        } else {
            target = null;
            rule = SizeRule.EVERY_ELIGIBLE_CASE;
        }
        Integer cap = !method.practitionerCapApplies() ? null
                : req.maxPerPractitioner() != null ? req.maxPerPractitioner()
                : method.defaultMaxPerPractitioner();
        return new RunParameters(method, req.fieldworkStart(), req.pdu(), req.seed(), window,
                req.allowAdjacentWeeks(), target, rule, sizingPopulation, confidence, margin, req.topUp(), minimum, cap, req.reserves(),
                new LinkedHashMap<>(req.subSamples()));
    }

    private static int orDefault(Integer given, SamplingMethod method, Quota q) {
        return given != null ? given : method.defaultMinimum(q);
    }

    int minimum(Quota q) {
        return minimum.get(q);
    }

    int firstWeek() {
        return window.firstWeek();
    }

    int lastWeek() {
        return window.lastWeek();
    }

    /** The week k before fieldwork in which a date falls. */
    int week(LocalDate date) {
        return CohortWeeks.weekBefore(fieldworkStart, date);
    }

    /** The Monday of a case's cohort week, for the methods dated by candidate weeks (else null). */
    LocalDate cohortWeek(LocalDate start) {
        return method.hasCandidateWeeks() ? CohortWeeks.weekStart(fieldworkStart, week(start)) : null;
    }
}
