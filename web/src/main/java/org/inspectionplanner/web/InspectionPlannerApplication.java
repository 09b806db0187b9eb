package org.inspectionplanner.web;

import org.optaplanner.spring.boot.autoconfigure.OptaPlannerAutoConfiguration;
import org.optaplanner.spring.boot.autoconfigure.OptaPlannerBenchmarkAutoConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The web service. OptaPlanner's auto-configuration builds a single solver for a single
 * planning solution; this service solves two problem types, so it makes one SolverManager per
 * type itself ({@code job} package) and leaves the starter's auto-configuration out.
 */
@SpringBootApplication(exclude = {OptaPlannerAutoConfiguration.class, OptaPlannerBenchmarkAutoConfiguration.class})
@ConfigurationPropertiesScan
public class InspectionPlannerApplication {
}
