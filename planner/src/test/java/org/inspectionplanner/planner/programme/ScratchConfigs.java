package org.inspectionplanner.planner.programme;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.inspectionplanner.data.demo.ProgrammeGenerator;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;

class ScratchConfigs {
    public static void main(String[] a) {
        LocalDate from = LocalDate.of(2026, 4, 6);
        int secs = Integer.parseInt(a[0]);
        int n = Integer.parseInt(a[2]), wk = Integer.parseInt(a[3]);
        for (String sd : a[4].split(",")) { long seed = Long.parseLong(sd);
            var prog = ProgrammeGenerator.generate(seed, n, from, wk);
            var params = ProgrammeParameters.of(from, from.plusWeeks(wk - 1), from);
            for (String v : a[1].split(",")) {
                var p = ProgrammeProblem.create(prog.inspections(), prog.capacity(), prog.calendar(), params, List.of());
                var cfg = ProgrammeSolverConfig.create(Duration.ofSeconds(secs), null, 1L);
                LocalSearchPhaseConfig ls = (LocalSearchPhaseConfig) cfg.getPhaseConfigList().get(1);
                switch (v) {
                    case "la1" -> { }
                    case "la4" -> ls.setForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(4));
                    case "tabu" -> { ls.setAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(7)); ls.setForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1000)); }
                    case "tabu2" -> { ls.setAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(3)); ls.setForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(200)); }
                    case "gd" -> { ls.setAcceptorConfig(new LocalSearchAcceptorConfig().withStepCountingHillClimbingSize(400)); ls.setForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)); }
                    case "greedy" -> { GreedyScheduler.schedule(p); }
                    case "sa" -> { GreedyScheduler.warmStart(p); ls.setAcceptorConfig(new LocalSearchAcceptorConfig().withSimulatedAnnealingStartingTemperature("2hard/10medium/2000soft")); ls.setForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)); }
                    case "sa2" -> { GreedyScheduler.warmStart(p); ls.setAcceptorConfig(new LocalSearchAcceptorConfig().withSimulatedAnnealingStartingTemperature("1hard/3medium/500soft")); ls.setForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)); }
                    case "warm" -> { System.out.println("warm unsched " + GreedyScheduler.warmStart(p)); }
                    case "warm4" -> { System.out.println("warm unsched " + GreedyScheduler.warmStart(p)); ls.setForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(4)); }
                    case "warmtabu" -> { System.out.println("warm unsched " + GreedyScheduler.warmStart(p)); ls.setAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(3)); ls.setForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(200)); }
                    default -> throw new IllegalArgumentException(v);
                }
                var r = ProgrammeScheduler.solve(p, cfg);
                System.out.println(seed + " " + v + ": " + r.schedule().getScore() + " ff " + r.figures().firstFeasibleMillis()
                        + " speed " + r.figures().scoreCalculationSpeedPerSecond() + " level " + ProgrammeReport.levelLoading(r.schedule()).figure()
                        + " unsched " + Unscheduled.explain(r.schedule()).values() + " events " + r.figures().bestScoreOverTime().size());
            }
        }
    }
}
