package org.inspectionplanner.web.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands; fails loudly rather than pretending. */
@Command(name = "sampler", mixinStandardHelpOptions = true, description = "Benchmark: sampler.")
public final class SamplerBench implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'bench sampler' is not built yet");
    }
}
