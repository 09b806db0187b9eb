package org.inspectionplanner.web.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands; fails loudly rather than pretending. */
@Command(name = "demo-data", mixinStandardHelpOptions = true, description = "Write a seeded synthetic data set: caseload, roster, programme, capacity, calendar.")
public final class DemoDataCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'demo-data' is not built yet");
    }
}
