package org.inspectionplanner.web.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inspectionplanner.sampler.report.SampleReport;
import org.inspectionplanner.web.page.Words;
import org.inspectionplanner.web.support.HtmlSafeJson;

/**
 * What the sample result page shows, built from the sampler's typed {@link SampleReport} (its
 * {@code report.json}): a missing section shows as empty rather than failing the page.
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

    /** The view of the sampler's typed report (an empty report for a sample without one). */
    public static SampleReportView from(SampleReport report) {
        List<Integer> chosen = list(report.chosenWeeks());

        List<CandidateWeek> weeks = new ArrayList<>();
        for (SampleReport.CandidateWeek w : list(report.candidateWeeks())) {
            weeks.add(new CandidateWeek(String.valueOf(w.week()), Words.date(text(w.start())), w.eligible(), w.female(),
                    w.ethnicMinority(), w.highRosh(), chosen.contains(w.week())));
        }

        List<CandidatePair> pairs = new ArrayList<>();
        for (SampleReport.CandidatePair p : list(report.candidatePairs())) {
            List<Integer> pairWeeks = list(p.weeks());
            boolean isChosen = p.chosen()
                    || !chosen.isEmpty() && pairWeeks.size() == chosen.size() && pairWeeks.containsAll(chosen);
            pairs.add(new CandidatePair(String.join(" and ", pairWeeks.stream().map(String::valueOf).toList()), p.eligible(),
                    p.shortfall(), isChosen));
        }

        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, Long> excluded = new LinkedHashMap<>();
        SampleReport.Counts c = report.counts();
        if (c != null) {
            counts.put("rows", (long) c.rows());
            counts.put("in_window", (long) c.inWindow());
            counts.put("eligible", (long) c.eligible());
            counts.put("selected", (long) c.selected());
            counts.put("boosted", (long) c.boosted());
            counts.put("reserves", (long) c.reserves());
            if (c.excluded() != null) {
                c.excluded().forEach((reason, n) -> excluded.put(reason, n.longValue()));
            }
        }

        List<Quota> quotas = new ArrayList<>();
        for (SampleReport.QuotaResult q : list(report.quotas())) {
            quotas.add(new Quota(Words.code(q.name()), q.minimum(), q.achieved(), q.met(),
                    q.reason() == null ? null : Words.codesIn(q.reason())));
        }

        List<Composition> composition = new ArrayList<>();
        Map<String, Map<String, SampleReport.Share>> comp = report.composition() == null ? Map.of() : report.composition();
        for (Map.Entry<String, String> dimension : CHARTED.entrySet()) {
            Map<String, SampleReport.Share> values = comp.get(dimension.getKey());
            if (values == null) {
                continue;
            }
            long eligibleTotal = values.values().stream().mapToLong(SampleReport.Share::eligible).sum();
            long sampleTotal = values.values().stream().mapToLong(SampleReport.Share::sample).sum();
            List<Share> shares = new ArrayList<>();
            ordered(dimension.getKey(), values.keySet()).forEach(value -> {
                SampleReport.Share share = values.get(value);
                shares.add(new Share(words(value), share.eligible(), share.sample(),
                        percent(share.eligible(), eligibleTotal), percent(share.sample(), sampleTotal)));
            });
            composition.add(new Composition(dimension.getKey(), dimension.getValue(), shares));
        }

        SampleReport.Window window = report.window();
        return new SampleReportView(SampleForm.methodLabel(text(report.method())), String.valueOf(report.seed()),
                Words.date(text(report.fieldworkStart())), Words.date(window == null ? "" : text(window.from())),
                Words.date(window == null ? "" : text(window.to())), weeks, pairs,
                chosen.stream().map(String::valueOf).toList(), counts, excluded, quotas,
                composition, precisionInWords(report.precision()),
                list(report.warnings()).stream().map(Words::codesIn).toList(), departuresInWords(report));
    }

    /**
     * How the sample departs from the method's published selection, in one sentence (the sampler's
     * {@code deviation_summary}); null for a report written before departures were recorded.
     */
    static String departuresInWords(SampleReport report) {
        if (report.deviationSummary() != null) {
            return report.deviationSummary();
        }
        if (report.deviations() != null) {
            return "The sample is exactly the method's published selection: no case was added or moved out.";
        }
        return null;
    }

    /**
     * The precision of the sample in plain words, as the sampler states it (Wilson intervals, the population
     * basis, each rating threshold); composed from its figures when a report has no statement.
     */
    static List<String> precisionInWords(SampleReport.PrecisionSummary precision) {
        List<String> lines = new ArrayList<>();
        if (precision == null) {
            return lines;
        }
        List<SampleReport.BandBoundary> bands = list(precision.distinguishableBands());
        if (precision.statement() != null) {
            lines.add(precision.statement());
            bands.stream().map(SampleReport.BandBoundary::statement).filter(t -> t != null).forEach(lines::add);
            return lines;
        }
        if (precision.n() <= 0) {
            lines.add("The sample is empty, so it cannot estimate anything.");
            return lines;
        }
        lines.add(String.format(Locale.UK,
                "With %d cases, a share found in the sample (for example, the share of cases judged sufficient) "
                        + "is within %s percentage points of the true share in 19 samples out of 20 (95%% confidence), "
                        + "and within %s points in 4 out of 5 (80%% confidence).",
                precision.n(), oneDecimal(points(precision.margin95())), oneDecimal(points(precision.margin80()))));
        for (SampleReport.BandBoundary b : bands) {
            String between = b.between() == null ? "" : b.between().replace("|", " and ");
            lines.add(String.format(Locale.UK,
                    "At the %s%% boundary%s: %s%s.",
                    whole(points(b.threshold())),
                    between.isEmpty() ? "" : " (between " + between + ")",
                    sides(b),
                    b.bandsDistinguishable()
                            ? "; typical results in the two bands can be told apart"
                            : "; typical results in the two bands cannot be told apart with confidence"));
        }
        if (bands.isEmpty()) {
            lines.add("At this size no rating boundary (50% inadequate, 65% good, 80% outstanding) can be told apart with confidence.");
        }
        return lines;
    }

    /** "a result of 54.0% or less is clearly below it, and 76.0% or more clearly above it"; either side may be missing. */
    private static String sides(SampleReport.BandBoundary b) {
        if (b.clearlyBelow() == null && b.clearlyAbove() == null) {
            return "no result of this sample is clearly on either side of it";
        }
        List<String> sides = new ArrayList<>();
        if (b.clearlyBelow() != null) {
            sides.add("a result of " + oneDecimal(points(b.clearlyBelow())) + "% or less is clearly below it");
        }
        if (b.clearlyAbove() != null) {
            sides.add((sides.isEmpty() ? "a result of " : "") + oneDecimal(points(b.clearlyAbove())) + "% or more clearly above it");
        }
        return String.join(", and ", sides);
    }

    /** A count of the report in words: "in_window" is "Cases starting in the window". */
    public static String countLabel(String key) {
        return switch (key) {
            case "rows" -> "Rows in the caseload";
            case "in_window" -> "Cases starting in the window";
            case "eligible" -> "Eligible cases";
            case "selected" -> "Cases selected";
            case "boosted" -> "Cases added to meet a quota";
            case "reserves" -> "Reserve cases";
            default -> Words.constant(key.toUpperCase(Locale.UK));
        };
    }

    /** RoSH in its own order (low to very high, then unknown), not the alphabet's "High, Low, Medium"; others as the report has them. */
    static List<String> ordered(String dimension, java.util.Collection<String> values) {
        if (!dimension.equals("rosh")) {
            return List.copyOf(values);
        }
        List<String> order = java.util.Arrays.stream(org.inspectionplanner.data.caseload.RiskLevel.values()).map(Enum::name).toList();
        return values.stream().sorted(java.util.Comparator.comparingInt((String v) -> order.contains(v) ? order.indexOf(v) : order.size())
                .thenComparing(java.util.Comparator.naturalOrder())).toList();
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static String text(String value) {
        return value == null ? "" : value;
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
