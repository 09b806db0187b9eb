package org.inspectionplanner.planner.allocation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;

/**
 * A solver phase that gets out of the local optima of single moves: it takes every case of the busiest
 * inspector (or, now and then, of another one above the ideal) and of one or two inspectors who could take
 * some of those cases, and puts them back, with any unassigned case, hardest first, each with the inspector
 * whose relative load stays lowest (eligible, under max_cases, with a slot free for them and the practitioner).
 * A rebuild is kept when the score (the project's own objective) is no worse, so plans drift across plateaus;
 * otherwise it is undone. On a roster where a few inspectors alone hold a skill, relieving the busiest one
 * takes a chain: a Welsh case to another Welsh speaker, who hands a plain case to someone else. Single moves
 * see each link as a loss and the search stops there; a rebuild of those inspectors makes the whole chain at once.
 */
final class RuinAndRecreate implements CustomPhaseCommand<AllocationSolution> {

    private final Duration budget;
    private final long seed;
    private final Duration patience;

    /**
     * @param budget   at most this long
     * @param patience stop sooner when this long passes without a better score
     */
    RuinAndRecreate(Duration budget, Duration patience, long seed) {
        this.budget = budget;
        this.patience = patience;
        this.seed = seed;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void changeWorkingSolution(ScoreDirector<AllocationSolution> scoreDirector) {
        InnerScoreDirector<AllocationSolution, HardMediumSoftLongScore> director =
                (InnerScoreDirector<AllocationSolution, HardMediumSoftLongScore>) scoreDirector;
        new Run(director, new SplittableRandom(seed)).improve(budget, patience);
    }

    /** One call's state: who holds what, which slots are taken. */
    private static final class Run {
        private final InnerScoreDirector<AllocationSolution, HardMediumSoftLongScore> director;
        private final AllocationSolution solution;
        private final SplittableRandom random;
        private final List<FieldworkInspector> usable;
        private final Map<FieldworkInspector, Set<CaseAllocation>> held = new HashMap<>();
        private final Map<FieldworkInspector, Long> load = new HashMap<>();
        /** "I" + inspector + "@" + slot and "P" + practitioner + "@" + slot. */
        private final Set<String> busy = new HashSet<>();
        long rebuilds;
        long kept;

        Run(InnerScoreDirector<AllocationSolution, HardMediumSoftLongScore> director, SplittableRandom random) {
            this.director = director;
            this.solution = director.getWorkingSolution();
            this.random = random;
            this.usable = solution.getInspectors().stream().filter(FieldworkInspector::isUsable).toList();
            solution.getInspectors().forEach(i -> held.put(i, new LinkedHashSet<>()));
            for (CaseAllocation c : solution.getCases()) {
                if (c.getInspector() != null) {
                    book(c, c.getInspector(), c.getSlot());
                }
            }
        }

        void improve(Duration budget, Duration patience) {
            if (usable.size() < 2) {
                return;
            }
            long now = System.nanoTime();
            long deadline = now + budget.toNanos();
            long lastGain = now;
            HardMediumSoftLongScore current = director.calculateScore();
            while ((now = System.nanoTime()) < deadline && now - lastGain < patience.toNanos()) {
                rebuilds++;
                List<CaseAllocation> out = ruin();
                Map<CaseAllocation, Object[]> before = new HashMap<>();
                out.forEach(c -> before.put(c, new Object[] {c.getInspector(), c.getSlot()}));
                out.forEach(c -> assign(c, null, null));
                recreate(out);
                HardMediumSoftLongScore score = director.calculateScore();
                int comparison = score.compareTo(current);
                if (comparison >= 0) {
                    kept++;
                    if (comparison > 0) {
                        lastGain = System.nanoTime();
                    }
                    current = score;
                    if (atBound(score)) {
                        return; // no plan is better balanced: the solver stops too
                    }
                } else {
                    out.forEach(c -> assign(c, null, null));
                    out.forEach(c -> assign(c, (FieldworkInspector) before.get(c)[0], (Slot) before.get(c)[1]));
                    director.calculateScore();
                }
            }
        }

        private boolean atBound(HardMediumSoftLongScore score) {
            PeakLoadBound bound = solution.getPeakBound();
            if (bound == null || score.hardScore() < 0) {
                return false;
            }
            double peak = usable.stream().mapToDouble(i -> i.relativeLoad(load.getOrDefault(i, 0L))).max().orElse(0);
            return peak <= bound.peak() + 1e-4
                    && solution.getCases().stream().filter(CaseAllocation::isAssigned).count() >= bound.placeableCases();
        }

        /**
         * The cases of the busiest inspector (or another above the ideal; or, when a case waits unassigned, of
         * someone who may take it) and of one or two who could take some of them; and every unassigned case.
         */
        private List<CaseAllocation> ruin() {
            List<CaseAllocation> waiting = solution.getCases().stream().filter(c -> !c.isPinned() && !c.isAssigned()).toList();
            FieldworkInspector first = null;
            if (!waiting.isEmpty() && random.nextBoolean()) {
                CaseAllocation c = waiting.get(random.nextInt(waiting.size()));
                List<FieldworkInspector> takers = usable.stream().filter(i -> mayTake(i, c)).toList();
                first = takers.isEmpty() ? null : takers.get(random.nextInt(takers.size()));
            }
            if (first == null) {
                first = random.nextInt(4) != 0 ? busiest() : randomAboveIdeal();
            }
            Set<FieldworkInspector> ruined = new LinkedHashSet<>();
            ruined.add(first);
            int partners = 1 + random.nextInt(random.nextInt(4) == 0 ? 3 : 2);
            FieldworkInspector from = first;
            for (int p = 0; p < partners; p++) {
                FieldworkInspector partner = partnerOf(from, ruined);
                if (partner == null) {
                    break;
                }
                ruined.add(partner);
                from = random.nextBoolean() ? partner : from; // a chain (first -> a -> b) or a star (first -> a, b)
            }
            Set<CaseAllocation> out = new LinkedHashSet<>();
            for (FieldworkInspector i : ruined) {
                held.get(i).stream().filter(c -> !c.isPinned()).forEach(out::add);
            }
            out.addAll(waiting);
            return new ArrayList<>(out);
        }

        private FieldworkInspector busiest() {
            return usable.stream().max(Comparator.comparingDouble(i -> i.relativeLoad(load.getOrDefault(i, 0L)))).orElseThrow();
        }

        private FieldworkInspector randomAboveIdeal() {
            List<FieldworkInspector> above = usable.stream()
                    .filter(i -> i.relativeLoad(load.getOrDefault(i, 0L)) > solution.getIdealRelativeLoad()).toList();
            return above.isEmpty() ? usable.get(random.nextInt(usable.size())) : above.get(random.nextInt(above.size()));
        }

        /**
         * Someone not yet ruined who may take one of {@code inspector}'s cases: half the time one that needs a
         * skill (the chains through scarce inspectors), else any; the taker is picked at random.
         */
        private FieldworkInspector partnerOf(FieldworkInspector inspector, Set<FieldworkInspector> ruined) {
            List<CaseAllocation> cases = new ArrayList<>(held.get(inspector));
            List<CaseAllocation> skilled = cases.stream().filter(c -> !c.getRequiredSkills().isEmpty()).toList();
            if (!skilled.isEmpty() && random.nextBoolean()) {
                cases = skilled;
            }
            if (cases.isEmpty()) {
                return null;
            }
            CaseAllocation c = cases.get(random.nextInt(cases.size()));
            List<FieldworkInspector> takers = usable.stream()
                    .filter(i -> !ruined.contains(i) && mayTake(i, c)).toList();
            return takers.isEmpty() ? null : takers.get(random.nextInt(takers.size()));
        }

        /** Hardest first (more skills, then heavier), shuffled a little so that rebuilds differ. */
        private void recreate(List<CaseAllocation> cases) {
            List<double[]> keys = new ArrayList<>();
            for (int k = 0; k < cases.size(); k++) {
                CaseAllocation c = cases.get(k);
                keys.add(new double[] {c.getRequiredSkills().size() * 1000 + c.getWeight() + random.nextDouble() * 60, k});
            }
            keys.sort(Comparator.comparingDouble((double[] key) -> -key[0]));
            for (double[] key : keys) {
                CaseAllocation c = cases.get((int) key[1]);
                FieldworkInspector best = null;
                Slot bestSlot = null;
                double bestLoad = Double.MAX_VALUE;
                for (FieldworkInspector i : usable) {
                    if (!mayTake(i, c) || held.get(i).size() >= i.getMaxCases()) {
                        continue;
                    }
                    // a little noise among near-equal loads
                    double after = i.relativeLoad(load.getOrDefault(i, 0L) + c.getWeight()) + random.nextDouble() * 1e-3;
                    if (after >= bestLoad) {
                        continue;
                    }
                    Slot slot = null;
                    if (c.hasPractitioner()) {
                        slot = freeSlot(c, i);
                        if (slot == null) {
                            continue;
                        }
                    }
                    best = i;
                    bestSlot = slot;
                    bestLoad = after;
                }
                if (best != null) {
                    assign(c, best, bestSlot);
                }
            }
        }

        private boolean mayTake(FieldworkInspector i, CaseAllocation c) {
            return i.hasSkills(c.getRequiredSkills()) && !i.hasConflictWith(c) && !i.getAvailableDays().isEmpty();
        }

        /** A slot free for both on one of the inspector's days: preferably a day they already spend at that office. */
        private Slot freeSlot(CaseAllocation c, FieldworkInspector i) {
            Slot first = null;
            for (Slot slot : solution.getSlots()) {
                if (!i.isAvailableOn(slot.getDay()) || busy.contains("I" + i.getId() + "@" + slot.getIndex())
                        || busy.contains("P" + c.getPractitionerId() + "@" + slot.getIndex())) {
                    continue;
                }
                if (first == null) {
                    first = slot;
                }
                for (CaseAllocation other : held.get(i)) {
                    if (other.getSlot() != null && other.getSlot().getDay().equals(slot.getDay())
                            && java.util.Objects.equals(other.getOffice(), c.getOffice())) {
                        return slot;
                    }
                }
            }
            return first;
        }

        private void assign(CaseAllocation c, FieldworkInspector inspector, Slot slot) {
            if (c.getInspector() != null) {
                unbook(c);
            }
            director.beforeVariableChanged(c, "inspector");
            c.setInspector(inspector);
            director.afterVariableChanged(c, "inspector");
            director.beforeVariableChanged(c, "slot");
            c.setSlot(slot);
            director.afterVariableChanged(c, "slot");
            director.triggerVariableListeners();
            if (inspector != null) {
                book(c, inspector, slot);
            }
        }

        private void book(CaseAllocation c, FieldworkInspector inspector, Slot slot) {
            held.computeIfAbsent(inspector, i -> new LinkedHashSet<>()).add(c);
            load.merge(inspector, c.getWeight(), Long::sum);
            if (slot != null) {
                busy.add("I" + inspector.getId() + "@" + slot.getIndex());
                busy.add("P" + c.getPractitionerId() + "@" + slot.getIndex());
            }
        }

        private void unbook(CaseAllocation c) {
            FieldworkInspector inspector = c.getInspector();
            held.get(inspector).remove(c);
            load.merge(inspector, -c.getWeight(), Long::sum);
            if (c.getSlot() != null) {
                busy.remove("I" + inspector.getId() + "@" + c.getSlot().getIndex());
                busy.remove("P" + c.getPractitionerId() + "@" + c.getSlot().getIndex());
            }
        }
    }
}
