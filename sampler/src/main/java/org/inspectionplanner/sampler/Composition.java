package org.inspectionplanner.sampler;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.inspectionplanner.data.caseload.CaseRecord;
import org.inspectionplanner.sampler.report.SampleReport.Share;

/** Eligible cases against sampled cases, dimension by dimension, for the report's composition section. */
final class Composition {

    static final String UNKNOWN = "UNKNOWN";

    private Composition() {
    }

    static Map<String, Map<String, Share>> of(List<CaseRecord> eligible, List<CaseRecord> sample) {
        Map<String, Function<CaseRecord, String>> dimensions = new LinkedHashMap<>();
        dimensions.put("gender", c -> name(c.gender()));
        dimensions.put("ethnicity", c -> name(c.ethnicity()));
        dimensions.put("ethnic_minority", c -> c.ethnicity() == null ? UNKNOWN
                : c.isEthnicMinority() ? "ETHNIC_MINORITY" : "WHITE");
        dimensions.put("sentence_type", c -> name(c.sentenceType()));
        dimensions.put("office", CaseRecord::office);
        dimensions.put("rosh", c -> name(c.rosh()));
        dimensions.put("likelihood_of_reoffending", c -> name(c.likelihoodOfReoffending()));
        dimensions.put("age_band", c -> ageBand(c.ageAtStart()));
        dimensions.put("mappa_level", c -> String.valueOf(c.mappaLevel()));
        Map<String, Map<String, Share>> out = new LinkedHashMap<>();
        dimensions.forEach((dimension, value) -> {
            Map<String, int[]> counts = new TreeMap<>();
            eligible.forEach(c -> counts.computeIfAbsent(value.apply(c), v -> new int[2])[0]++);
            sample.forEach(c -> counts.computeIfAbsent(value.apply(c), v -> new int[2])[1]++);
            Map<String, Share> shares = new LinkedHashMap<>();
            counts.forEach((v, n) -> shares.put(v, new Share(n[0], n[1])));
            out.put(dimension, shares);
        });
        return out;
    }

    /** The age bands of the published sample tables. */
    static String ageBand(int age) {
        if (age < 18) {
            return "under 18";
        }
        if (age <= 24) {
            return "18-24";
        }
        if (age <= 29) {
            return "25-29";
        }
        if (age <= 39) {
            return "30-39";
        }
        if (age <= 59) {
            return "40-59";
        }
        return "60+";
    }

    private static String name(Enum<?> e) {
        return e == null ? UNKNOWN : e.name();
    }
}
