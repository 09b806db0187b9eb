package org.inspectionplanner.web.sample;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inspectionplanner.web.page.Words;
import org.inspectionplanner.web.support.HtmlSafeJson;

/**
 * What the sample result page shows, read from the sampler's {@code report.json} (whose keys the
 * sampler issue fixes). Reads leniently: a missing section shows as empty rather than failing the page.
 */
public record SampleReportView(
        String method,
        String seed,
        String fieldworkStart,
        String windowFrom,
        String windowTo,
        List<CandidateWeek> candidateWeeks,
        List<CandidatePair> candidatePairs,
        List<String> chosenWeeks,
        Map<String, Long> counts,
        Map<String, Long> excludedByReason,
        List<Quota> quotas,
        List<Composition> composition,
        List<String> precision,
        List<String> warnings,
        String departures) {

    /** The composition dimensions drawn as charts, in page order, with their headings. */
    static final Map<String, String> CHARTED = chartedDimensions();

    public record CandidateWeek(String week, String start, long eligible, long female, long ethnicMinority, long highRosh,
            boolean chosen) {
    }

    public record CandidatePair(String weeks, long eligible, long shortfall, boolean chosen) {
    }

    public record Quota(String name, long minimum, long achieved, boolean met, String reason) {
    }

    public record Share(String value, long eligible, long sample, double eligiblePercent, double samplePercent) {
    }

    public record Composition(String key, String heading, List<Share> shares) {

        /**
         * The chart data as JSON for Chart.js, for an escaped {@code data-} attribute (values are
         * input: office names come from the caseload); the same figures are in the table under the chart.
         */
        public String chartJson() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("labels", shares.stream().map(Share::value).toList());
            data.put("eligible", shares.stream().map(Share::eligiblePercent).toList());
            data.put("sample", shares.stream().map(Share::samplePercent).toList());
            return HtmlSafeJson.write(data);
        }
    }

    public static SampleReportView from(JsonNode report) {
        List<String> chosen = new ArrayList<>();
        report.path("chosen_weeks").forEach(w -> chosen.add(w.asText()));

        List<CandidateWeek> weeks = new ArrayList<>();
        for (JsonNode w : report.path("candidate_weeks")) {
            String week = w.path("week").asText();
            weeks.add(new CandidateWeek(Words.codesIn(week), Words.date(w.path("start").asText()), w.path("eligible").asLong(),
                    w.path("female").asLong(), w.path("ethnic_minority").asLong(), w.path("high_rosh").asLong(),
                    chosen.contains(week) || chosen.contains(w.path("start").asText())));
        }

        List<CandidatePair> pairs = new ArrayList<>();
        for (JsonNode p : report.path("candidate_pairs")) {
            List<String> pairWeeks = new ArrayList<>();
            p.path("weeks").forEach(w -> pairWeeks.add(w.asText()));
            boolean isChosen = !chosen.isEmpty() && pairWeeks.size() == chosen.size() && pairWeeks.containsAll(chosen);
            pairs.add(new CandidatePair(Words.codesIn(String.join(" and ", pairWeeks)), p.path("eligible").asLong(),
                    p.path("shortfall").asLong(), isChosen));
        }

        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Long> excluded = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = report.path("counts").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("excluded")) {
                e.getValue().fields().forEachRemaining(r -> excluded.put(r.getKey(), r.getValue().asLong()));
            } else if (e.getValue().isNumber()) {
                counts.put(e.getKey(), e.getValue().asLong());
            }
        }

        List<Quota> quotas = new ArrayList<>();
        for (JsonNode q : report.path("quotas")) {
            quotas.add(new Quota(Words.code(q.path("name").asText()), q.path("minimum").asLong(), q.path("achieved").asLong(),
                    q.path("met").asBoolean(), q.path("reason").isMissingNode() || q.path("reason").isNull()
                            ? null : Words.codesIn(q.path("reason").asText())));
        }

        List<Composition> composition = new ArrayList<>();
        JsonNode comp = report.path("composition");
        for (Map.Entry<String, String> dimension : CHARTED.entrySet()) {
            JsonNode values = comp.path(dimension.getKey());
            if (values.isMissingNode() || !values.isObject()) {
                continue;
            }
            long eligibleTotal = 0;
            long sampleTotal = 0;
            for (JsonNode v : values) {
                eligibleTotal += v.path("eligible").asLong();
                sampleTotal += v.path("sample").asLong();
            }
            List<Share> shares = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> v = it.next();
                long e = v.getValue().path("eligible").asLong();
                long s = v.getValue().path("sample").asLong();
                shares.add(new Share(words(v.getKey()), e, s, percent(e, eligibleTotal), percent(s, sampleTotal)));
            }
            composition.add(new Composition(dimension.getKey(), dimension.getValue(), shares));
        }

        List<String> warnings = new ArrayList<>();
        report.path("warnings").forEach(w -> warnings.add(Words.codesIn(w.asText())));

        return new SampleReportView(SampleForm.methodLabel(report.path("method").asText()), report.path("seed").asText(),
                Words.date(report.path("fieldwork_start").asText()), Words.date(report.path("window").path("from").asText()),
                Words.date(report.path("window").path("to").asText()), weeks, pairs,
                chosen.stream().map(Words::codesIn).toList(), counts, excluded, quotas,
                composition, precisionInWords(report.path("precision")), warnings, departuresInWords(report));
    }

    /**
     * How the sample departs from the method's published selection, in one sentence (the sampler's
     * {@code deviation_summary}); null for a report written before departures were recorded.
     */
    static String departuresInWords(JsonNode report) {
        JsonNode summary = report.path("deviation_summary");
        if (summary.isTextual()) {
            return summary.asText();
        }
        if (report.path("deviations").isArray()) {
            return "The sample is exactly the method's published selection: no case was added or moved out.";
        }
        return null;
    }

    /**
     * The precision of the sample in plain words: how far a proportion found in the sample could be
     * from the true proportion, and which rating bands a result can be told apart at.
     */
    static List<String> precisionInWords(JsonNode precision) {
        List<String> lines = new ArrayList<>();
        if (precision.isMissingNode() || precision.isNull()) {
            return lines;
        }
        if (precision.path("statement").isTextual()) {
            // the sampler states it: Wilson intervals, the population basis, and each threshold in words
            lines.add(precision.path("statement").asText());
            for (JsonNode b : precision.path("distinguishable_bands")) {
                if (b.path("statement").isTextual()) {
                    lines.add(b.path("statement").asText());
                }
            }
            return lines;
        }
        long n = precision.path("n").asLong();
        if (n <= 0) {
            lines.add("The sample is empty, so it cannot estimate anything.");
            return lines;
        }
        double m95 = points(precision.path("margin_95").asDouble());
        double m80 = points(precision.path("margin_80").asDouble());
        lines.add(String.format(Locale.UK,
                "With %d cases, a share found in the sample (for example, the share of cases judged sufficient) "
                        + "is within %s percentage points of the true share in 19 samples out of 20 (95%% confidence), "
                        + "and within %s points in 4 out of 5 (80%% confidence).",
                n, oneDecimal(m95), oneDecimal(m80)));
        JsonNode bands = precision.path("distinguishable_bands");
        if (bands.isArray() && !bands.isEmpty() && bands.get(0).isObject()) {
            // The sampler's boundaries: for each rating threshold, the results that are clearly on one side.
            for (JsonNode b : bands) {
                String between = b.path("between").asText("").replace("|", " and ");
                lines.add(String.format(Locale.UK,
                        "At the %s%% boundary%s: a result of %s%% or less is clearly below it, and %s%% or more clearly above it%s.",
                        whole(points(b.path("threshold").asDouble())),
                        between.isEmpty() ? "" : " (between " + between + ")",
                        oneDecimal(points(b.path("clearly_below").asDouble())),
                        oneDecimal(points(b.path("clearly_above").asDouble())),
                        b.path("bands_distinguishable").asBoolean()
                                ? "; typical results in the two bands can be told apart"
                                : "; typical results in the two bands cannot be told apart with confidence"));
            }
        } else if (bands.isArray() && !bands.isEmpty()) {
            List<String> names = new ArrayList<>();
            bands.forEach(b -> names.add(b.asText()));
            lines.add("At this size a result can be told apart at these rating boundaries: " + String.join(", ", names) + ".");
        } else if (bands.isArray()) {
            lines.add("At this size no rating boundary (50% inadequate, 65% good, 80% outstanding) can be told apart with confidence.");
        }
        return lines;
    }

    /** A code such as COMMUNITY_ORDER in words ("Community order"); other values (office names) as they are. */
    static String words(String value) {
        if (value == null || !value.matches("[A-Z][A-Z0-9_]*")) {
            return value;
        }
        String lower = value.replace('_', ' ').toLowerCase(Locale.UK);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** Margins may be given as a fraction (0.12) or in points (12); both show as points. */
    private static double points(double margin) {
        return margin <= 1.0 ? margin * 100.0 : margin;
    }

    private static String whole(double value) {
        return String.format(Locale.UK, "%.0f", value);
    }

    private static String oneDecimal(double value) {
        return String.format(Locale.UK, "%.1f", value);
    }

    private static double percent(long part, long total) {
        return total == 0 ? 0.0 : Math.round(part * 1000.0 / total) / 10.0;
    }

    private static Map<String, String> chartedDimensions() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("gender", "Gender");
        map.put("ethnicity", "Ethnicity");
        map.put("sentence_type", "Sentence type");
        map.put("rosh", "Risk of serious harm (RoSH)");
        map.put("office", "Office");
        map.put("age_band", "Age band");
        return map;
    }
}
