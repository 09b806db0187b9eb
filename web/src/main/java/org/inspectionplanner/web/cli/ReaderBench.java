package org.inspectionplanner.web.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands; fails loudly rather than pretending. */
@Command(name = "reader", mixinStandardHelpOptions = true, description = "Benchmark: reader.")
public final class ReaderBench implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'bench reader' is not built yet");
    }
}
