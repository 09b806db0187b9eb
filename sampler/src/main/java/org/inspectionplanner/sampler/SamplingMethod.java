package org.inspectionplanner.sampler;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The published sampling methods and their defaults (the rule tables of docs/sampling.md).
 * Every default can be overridden by a parameter of {@link SampleRequest}.
 */
public enum SamplingMethod {
    /** 2022-23 PDU inspections: two cohort weeks of 27..32 weeks before fieldwork; every case allocated, no cap. */
    PDU_COHORT("pdu-cohort", 27, 32, 5, 5, 5, true, null, 0),
    /** 2016-17 Quality & Impact: cases started about nine months before fieldwork ("as many officers as possible"). */
    QUALITY_IMPACT("quality-impact", 37, 41, 8, 8, 0, true, null, 28),
    /** 2009-12 OMI2: cases started nine to twelve months before fieldwork. */
    OMI2("omi2", 39, 52, 0, 0, 10, true, null, 42),
    /** 2005 joint thematic on risk of harm: every high-risk licence case active at fieldwork start. */
    ROSH_THEMATIC("rosh-thematic", 0, 0, 0, 0, 0, false, null, 0),
    /** 2018-20 domain-two shortlist, as in the Ministry of Justice sampler (six cases per officer), over a date range. */
    STRATIFIED_SHORTLIST("stratified-shortlist", 0, 0, 0, 0, 0, true, 6, 0);

    /** The Ministry of Justice sampler's cap of cases per officer: the only source that sets one. */
    public static final int MOJ_MAX_PER_PRACTITIONER = 6;
    /** Reserves default to this share of the sample, rounded up. */
    public static final double DEFAULT_RESERVE_SHARE = 0.20;
    /** Sample size when neither a target nor confidence/margin is given (for the methods that draw). */
    public static final double DEFAULT_CONFIDENCE = 0.90;
    public static final double DEFAULT_MARGIN = 0.10;

    private final String cliName;
    private final int firstWeek;
    private final int lastWeek;
    private final int defaultMinFemale;
    private final int defaultMinEthnicMinority;
    private final int defaultMinHighRosh;
    private final boolean practitionerCapApplies;
    private final Integer defaultMaxPerPractitioner;
    private final int minimumDeliveryDays;

    SamplingMethod(String cliName, int firstWeek, int lastWeek, int defaultMinFemale, int defaultMinEthnicMinority,
            int defaultMinHighRosh, boolean practitionerCapApplies, Integer defaultMaxPerPractitioner,
            int minimumDeliveryDays) {
        this.cliName = cliName;
        this.firstWeek = firstWeek;
        this.lastWeek = lastWeek;
        this.defaultMinFemale = defaultMinFemale;
        this.defaultMinEthnicMinority = defaultMinEthnicMinority;
        this.defaultMinHighRosh = defaultMinHighRosh;
        this.practitionerCapApplies = practitionerCapApplies;
        this.defaultMaxPerPractitioner = defaultMaxPerPractitioner;
        this.minimumDeliveryDays = minimumDeliveryDays;
    }

    public static SamplingMethod fromCliName(String name) {
        for (SamplingMethod m : values()) {
            if (m.cliName.equalsIgnoreCase(name) || m.name().equalsIgnoreCase(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown method '" + name + "'; expected one of "
                + Arrays.stream(values()).map(SamplingMethod::cliName).collect(Collectors.joining(", ")));
    }

    public String cliName() {
        return cliName;
    }

    /** Methods dated by candidate weeks before fieldwork (the cohort_week column is filled). */
    public boolean hasCandidateWeeks() {
        return firstWeek > 0;
    }

    /** Only pdu-cohort picks a pair of weeks; the other week-based methods use the whole window. */
    public boolean picksWeekPair() {
        return this == PDU_COHORT;
    }

    public int firstWeek() {
        return firstWeek;
    }

    public int lastWeek() {
        return lastWeek;
    }

    public int defaultMinimum(Quota quota) {
        return switch (quota) {
            case FEMALE -> defaultMinFemale;
            case ETHNIC_MINORITY -> defaultMinEthnicMinority;
            case HIGH_ROSH -> defaultMinHighRosh;
        };
    }

    /** False for rosh-thematic, which takes every eligible case: a cap cannot apply. */
    public boolean practitionerCapApplies() {
        return practitionerCapApplies;
    }

    /**
     * The cap when --max-per-practitioner is not given: only stratified-shortlist has one, because only
     * its source (the MoJ sampler) sets one; the published inspections allocated every sampled case.
     */
    public Integer defaultMaxPerPractitioner() {
        return defaultMaxPerPractitioner;
    }

    /** True for the methods whose published selection is a random draw from a listed population. */
    public boolean draws() {
        return this == QUALITY_IMPACT || this == OMI2 || this == STRATIFIED_SHORTLIST;
    }

    /** Terminated or recalled cases need at least this many days of delivery (0: no such rule). */
    public int minimumDeliveryDays() {
        return minimumDeliveryDays;
    }

    @Override
    public String toString() {
        return cliName;
    }
}
