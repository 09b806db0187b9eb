package org.inspectionplanner.web;

import org.springframework.boot.SpringApplication;

/**
 * Starts the Spring Boot application. Kept apart from {@link InspectionPlannerMain} so that the
 * CLI path never loads Spring classes.
 */
final class WebServer {

    private WebServer() {
    }

    static void start(String[] args) {
        SpringApplication.run(InspectionPlannerApplication.class, args);
    }
}
