package org.inspectionplanner.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The service's own settings ({@code inspection-planner.*}).
 *
 * @param dataDir        where the embedded H2 database lives
 * @param uploadLimit    the largest file accepted by {@code POST /api/datasets}
 * @param parallelSolves how many solves run at once per problem type; further jobs queue
 * @param solveTimeLimit how long one solve runs unless stopped earlier
 * @param samplerThreads how many samples are drawn at once; further requests queue
 */
@ConfigurationProperties("inspection-planner")
public record PlannerProperties(
        @DefaultValue("./var") String dataDir,
        @DefaultValue("256MB") DataSize uploadLimit,
        @DefaultValue("2") int parallelSolves,
        @DefaultValue("30s") Duration solveTimeLimit,
        @DefaultValue("2") int samplerThreads) {
}
