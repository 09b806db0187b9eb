package org.inspectionplanner.web.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands; fails loudly rather than pretending. */
@Command(name = "programme", mixinStandardHelpOptions = true, description = "Benchmark: programme.")
public final class ProgrammeBench implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'bench programme' is not built yet");
    }
}
