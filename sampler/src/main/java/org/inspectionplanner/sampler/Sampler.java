package org.inspectionplanner.sampler;

import java.security.SecureRandom;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.data.caseload.Caseload;

/**
 * Draws a case sample from a caseload extract by one of the published methods. Pure and deterministic:
 * the same caseload (in any row order), request and seed give the same result.
 *
 * <p>Steps: resolve the window; give every case of the window its exclusion reasons; rank the eligible
 * cases in a seeded random order (after sorting by case_id, so row order cannot matter); select by the
 * method; apply the practitioner cap, the target and the quotas; rank the reserves; draw sub-samples;
 * report.
 */
public final class Sampler {

    /** The random generator (JDK 17 {@code java.util.random}, fixed algorithm so seeds replay forever). */
    public static final String RNG = "L64X128MixRandom";

    private Sampler() {
    }

    public static SampleResult sample(Caseload caseload, String inputFileName, String inputSha256,
            SampleRequest request) {
        return sample(IndexedCaseload.of(caseload), inputFileName, inputSha256, request);
    }

    /** Samples from a caseload indexed once (reuse it for every PDU of a fieldwork plan). */
    public static SampleResult sample(IndexedCaseload caseload, String inputFileName, String inputSha256,
            SampleRequest request) {
        request.validate();
        SampleRequest seeded = request.seed() != null ? request : request.withSeed(new SecureRandom().nextLong());
        if (seeded.pdu() != null && !caseload.pdus().contains(seeded.pdu())) {
            throw new IllegalArgumentException("PDU '" + seeded.pdu() + "' is not in the caseload; it has "
                    + caseload.pdus().size() + " PDUs: " + String.join(", ", caseload.pdus()));
        }
        return new Run(caseload, inputFileName, inputSha256, seeded).execute();
    }

    /**
     * One sample per line of the plan, all from one parsed caseload, every PDU with the same seed
     * (chosen once if the request has none). Keys are the plan's PDU names, in plan order.
     */
    public static Map<String, SampleResult> samplePlan(Caseload caseload, String inputFileName, String inputSha256,
            SampleRequest base, List<FieldworkPlan.Entry> plan) {
        return samplePlan(IndexedCaseload.of(caseload), inputFileName, inputSha256, base, plan);
    }

    public static Map<String, SampleResult> samplePlan(IndexedCaseload caseload, String inputFileName,
            String inputSha256, SampleRequest base, List<FieldworkPlan.Entry> plan) {
        long seed = base.seed() != null ? base.seed() : new SecureRandom().nextLong();
        Map<String, SampleResult> results = new LinkedHashMap<>();
        for (FieldworkPlan.Entry entry : plan) {
            SampleRequest one = base.forPdu(entry.pdu(), entry.fieldworkStart()).withSeed(seed);
            results.put(entry.pdu(), sample(caseload, inputFileName, inputSha256, one));
        }
        return results;
    }

    /** A named, independent random stream derived from the run's seed. */
    static RandomGenerator stream(long seed, String purpose) {
        long mixed = seed ^ (purpose.hashCode() * 0x9E3779B97F4A7C15L);
        return RandomGeneratorFactory.of(RNG).create(mixed);
    }

    /** Fisher-Yates with the given generator. */
    static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    static Comparator<CaseRecord> byCaseId() {
        return Comparator.comparing(CaseRecord::caseId);
    }

    /** The stratum label of a case for a method (also the key of its weight). */
    static Function<CaseRecord, String> strata(SamplingMethod method) {
        return switch (method) {
            case PDU_COHORT, QUALITY_IMPACT -> c -> genderLabel(c) + "/" + ethnicityLabel(c) + "/"
                    + c.sentenceType().name() + "/" + c.office();
            case OMI2 -> c -> genderLabel(c) + "/" + ethnicityLabel(c);
            case ROSH_THEMATIC -> CaseRecord::office;
            case STRATIFIED_SHORTLIST -> Sampler::shortlistStratum;
        };
    }

    /** The six strata of the shortlist (the MoJ sampler's five, plus the cases it drops). */
    static String shortlistStratum(CaseRecord c) {
        if (c.gender() == null || c.gender() == org.inspectionplanner.data.caseload.Gender.OTHER) {
            return "OTHER_OR_UNKNOWN_GENDER";
        }
        if (c.isFemale()) {
            return "FEMALE";
        }
        String setting = c.sentenceType().isCommunity() ? "COMMUNITY" : "POST_CUSTODY";
        String risk = c.rosh() == org.inspectionplanner.data.caseload.RiskLevel.LOW ? "LOW" : "NON_LOW";
        return "MALE_" + setting + "_" + risk;
    }

    static String genderLabel(CaseRecord c) {
        return c.gender() == null || c.gender() == org.inspectionplanner.data.caseload.Gender.OTHER
                ? "OTHER_OR_UNKNOWN_GENDER" : c.gender().name();
    }

    static String ethnicityLabel(CaseRecord c) {
        if (c.ethnicity() == null) {
            return "UNKNOWN_ETHNICITY";
        }
        return c.isEthnicMinority() ? "ETHNIC_MINORITY" : "WHITE";
    }
}
