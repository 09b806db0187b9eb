package org.inspectionplanner.web;

/**
 * Starts the Spring Boot application. Kept apart from {@link InspectionPlannerMain} so that the
 * CLI path never loads Spring classes.
 */
final class WebServer {

    private WebServer() {
    }

    static void start(String[] args) {
        // Replaced by the web service (issue 6): SpringApplication.run(InspectionPlannerApplication.class, args)
        throw new UnsupportedOperationException("the web server is not built yet");
    }
}
