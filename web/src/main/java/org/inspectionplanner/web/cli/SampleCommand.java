package org.inspectionplanner.web.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands; fails loudly rather than pretending. */
@Command(name = "sample", mixinStandardHelpOptions = true, description = "Draw a case sample by a published method.")
public final class SampleCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'sample' is not built yet");
    }
}
