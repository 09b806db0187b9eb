package org.inspectionplanner.web.allocation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.inspectionplanner.planner.allocation.AllocationConstraintConfiguration;
import org.inspectionplanner.planner.allocation.AllocationReport;
import org.inspectionplanner.web.page.PreferenceLine;
import org.inspectionplanner.web.page.Words;

/**
 * What the allocation's preferences came to, in a team lead's terms, from the planner's report: the balance
 * of work (busiest and least busy inspector against capacity, and whether a more even plan exists), practitioners
 * whose cases are split between inspectors, inspectors visiting more than one office on a day, practitioners with
 * more than two interviews on a day, and cases changed from a previous plan. The solver's cost of each stays in
 * report.json.
 */
final class AllocationPreferences {

    private AllocationPreferences() {
    }

    static List<PreferenceLine> of(AllocationReport report, Map<String, AllocationBoard.InspectorFacts> inspectors,
            Map<String, AllocationBoard.CaseFacts> cases) {
        if (report == null) {
            return List.of();
        }
        List<PreferenceLine> lines = new ArrayList<>();
        balance(report, inspectors).ifPresent(lines::add);
        lines.add(continuity(report, cases));
        lines.add(travel(report));
        lines.add(practitionerLoad(report));
        constraint(report, AllocationConstraintConfiguration.STABILITY).filter(c -> c.matchCount() > 0).ifPresent(c ->
                lines.add(PreferenceLine.notMet("Keeping the previous plan",
                        Words.count(c.matchCount(), "case has", "cases have") + " another inspector or interview than in the previous plan.")));
        return lines;
    }

    private static Optional<PreferenceLine> balance(AllocationReport report, Map<String, AllocationBoard.InspectorFacts> inspectors) {
        AllocationReport.BalanceFigures b = report.balance();
        List<AllocationReport.InspectorFigures> usable = report.inspectors().stream().filter(i -> i.capacity() > 0).toList();
        if (b == null || usable.isEmpty()) {
            return Optional.empty();
        }
        String preference = "Even workload";
        if (usable.size() == 1) {
            return Optional.of(new PreferenceLine(preference, "", "grey", "One inspector carries "
                    + percent(b.maxRelativeLoad()) + " of capacity."));
        }
        AllocationReport.InspectorFigures busiest = closest(usable, b.maxRelativeLoad());
        AllocationReport.InspectorFigures idlest = closest(usable, b.minRelativeLoad());
        long spread = Math.round(b.maxRelativeLoad() * 100) - Math.round(b.minRelativeLoad() * 100);
        String outcome = "Busiest: " + name(busiest, inspectors) + " at " + percent(b.maxRelativeLoad()) + " of capacity; least busy: "
                + name(idlest, inspectors) + " at " + percent(b.minRelativeLoad()) + "; a spread of "
                + Words.count(spread, "percentage point", "percentage points") + ". An even share would put everyone at "
                + percent(b.idealRelativeLoad()) + ".";
        AllocationReport.BoundFigures bound = report.bound();
        boolean mostEven = bound != null && bound.balancePenaltyBound() > 0 && bound.balancePenalty() <= bound.balancePenaltyBound();
        if (spread == 0 || mostEven) {
            return Optional.of(new PreferenceLine(preference, "As even as possible", "green", outcome
                    + (spread == 0 ? "" : " No plan that allocates as many cases spreads the work more evenly (whole cases cannot be split).")));
        }
        if (bound != null && bound.reached()) {
            outcome += " No plan that allocates as many cases gives the busiest inspector less.";
        }
        return Optional.of(new PreferenceLine(preference, "", "grey", outcome));
    }

    private static AllocationReport.InspectorFigures closest(List<AllocationReport.InspectorFigures> inspectors, double relativeLoad) {
        return inspectors.stream().min(Comparator.comparingDouble(i -> Math.abs(i.relativeLoad() - relativeLoad))).orElseThrow();
    }

    private static String name(AllocationReport.InspectorFigures i, Map<String, AllocationBoard.InspectorFacts> inspectors) {
        AllocationBoard.InspectorFacts facts = inspectors.get(i.inspectorId());
        return facts == null || facts.name().isBlank() ? i.inspectorId() : facts.name();
    }

    private static String percent(double relativeLoad) {
        return Math.round(relativeLoad * 100) + "%";
    }

    /** Practitioners whose cases went to more than one inspector, out of those with an allocated case. */
    private static PreferenceLine continuity(AllocationReport report, Map<String, AllocationBoard.CaseFacts> cases) {
        String preference = "One inspector for each practitioner's cases";
        TreeSet<String> practitioners = new TreeSet<>();
        report.inspectors().forEach(i -> i.cases().forEach(c -> {
            AllocationBoard.CaseFacts facts = cases.get(c);
            if (facts != null && !facts.practitionerId().isBlank()) {
                practitioners.add(facts.practitionerId());
            }
        }));
        Optional<AllocationReport.ConstraintFigures> c = constraint(report, AllocationConstraintConfiguration.CONTINUITY);
        if (c.isEmpty() || c.get().matchCount() == 0) {
            return PreferenceLine.met(preference, practitioners.isEmpty() ? "No practitioner's cases are split between inspectors."
                    : "Every practitioner's cases are with one inspector (" + Words.count(practitioners.size(), "practitioner", "practitioners") + ").");
        }
        List<String> split = c.get().matches().stream().flatMap(m -> m.facts().stream())
                .filter(f -> f.startsWith("practitioner ")).map(f -> f.substring("practitioner ".length())).sorted().toList();
        int n = c.get().matchCount();
        String who = practitioners.isEmpty() ? Words.count(n, "practitioner has", "practitioners have")
                : Words.number(n) + " of " + Words.count(practitioners.size(), "practitioner", "practitioners") + (n == 1 ? " has" : " have");
        return PreferenceLine.notMet(preference, who
                + " cases with more than one inspector (" + Words.count(extra(c.get()), "inspector", "inspectors") + " beyond the first)"
                + (split.isEmpty() || split.size() > 10 ? "." : ": " + String.join(", ", split) + "."));
    }

    /** Inspector-days with interviews at more than one office. */
    private static PreferenceLine travel(AllocationReport report) {
        String preference = "One office a day for each inspector";
        Optional<AllocationReport.ConstraintFigures> c = constraint(report, AllocationConstraintConfiguration.TRAVEL);
        if (c.isEmpty() || c.get().matchCount() == 0) {
            return PreferenceLine.met(preference, "No inspector has interviews at more than one office on the same day.");
        }
        long inspectorCount = c.get().matches().stream().flatMap(m -> m.inspectors().stream()).filter(Objects::nonNull).distinct().count();
        return PreferenceLine.notMet(preference, Words.count(inspectorCount, "inspector has", "inspectors have")
                + " interviews at more than one office on the same day, on " + Words.count(c.get().matchCount(), "day", "days")
                + " in all (" + Words.count(extra(c.get()), "extra office visit", "extra office visits") + ").");
    }

    /** Practitioner-days with more than two interviews. */
    private static PreferenceLine practitionerLoad(AllocationReport report) {
        String preference = "At most two interviews a day for each practitioner";
        Optional<AllocationReport.ConstraintFigures> c = constraint(report, AllocationConstraintConfiguration.PRACTITIONER_LOAD);
        if (c.isEmpty() || c.get().matchCount() == 0) {
            return PreferenceLine.met(preference, "No practitioner has more than two interviews on a day.");
        }
        long practitioners = c.get().matches().stream().flatMap(m -> m.facts().stream()).filter(f -> f.startsWith("practitioner ")).distinct().count();
        return PreferenceLine.notMet(preference, Words.count(practitioners, "practitioner has", "practitioners have")
                + " more than two interviews on a day (" + Words.count(extra(c.get()), "interview", "interviews") + " over two in all).");
    }

    /** The units a constraint is penalised in, summed: its score over its weight (inspectors, offices, interviews). */
    private static long extra(AllocationReport.ConstraintFigures c) {
        return c.weight() == 0 ? c.matchCount() : Math.abs(c.score()) / c.weight();
    }

    private static Optional<AllocationReport.ConstraintFigures> constraint(AllocationReport report, String name) {
        return report.constraints().stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
