package org.inspectionplanner.web.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands; fails loudly rather than pretending. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check input files and print a summary.")
public final class ValidateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'validate' is not built yet");
    }
}
