package org.inspectionplanner.web;

import java.io.PrintWriter;
import org.inspectionplanner.web.cli.Cli;

/**
 * The jar's entry point. A known subcommand (or --help) runs the CLI and exits without ever
 * creating a Spring context; no arguments, or only Spring's own --key=value options, start the web
 * server; anything else prints the commands and exits 2.
 */
public final class InspectionPlannerMain {

    private InspectionPlannerMain() {
    }

    public static void main(String[] args) {
        if (Cli.handles(args)) {
            System.exit(Cli.run(args));
        }
        if (!Cli.serverOptions(args)) {
            System.exit(Cli.unknown(args, new PrintWriter(System.err, true)));
        }
        WebServer.start(args);
    }
}
