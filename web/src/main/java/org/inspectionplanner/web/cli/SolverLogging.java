package org.inspectionplanner.web.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without Spring there is no logging configuration, and logback's fallback prints the solver's INFO lines
 * on stdout, mixed into the command's own output. Every CLI run keeps it to warnings.
 */
final class SolverLogging {

    private SolverLogging() {
    }

    static void quiet() {
        if (LoggerFactory.getLogger("org.optaplanner") instanceof Logger logger) {
            logger.setLevel(Level.WARN);
        }
    }
}
