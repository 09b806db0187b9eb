package org.inspectionplanner.web.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands; fails loudly rather than pretending. */
@Command(name = "allocation", mixinStandardHelpOptions = true, description = "Benchmark: allocation.")
public final class AllocationBench implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'bench allocation' is not built yet");
    }
}
