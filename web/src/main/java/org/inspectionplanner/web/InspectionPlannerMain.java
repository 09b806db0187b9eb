package org.inspectionplanner.web;

import org.inspectionplanner.web.cli.Cli;

/**
 * The jar's entry point. A known subcommand (or --help) runs the CLI and exits without ever
 * creating a Spring context; anything else (no arguments, or Spring's own --key=value options)
 * starts the web server.
 */
public final class InspectionPlannerMain {

    private InspectionPlannerMain() {
    }

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(Cli.run(args));
        }
        WebServer.start(args);
    }
}
