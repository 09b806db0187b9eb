package org.inspectionplanner.web.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands; fails loudly rather than pretending. */
@Command(name = "allocate", mixinStandardHelpOptions = true, description = "Allocate sampled cases to inspectors and timetable practitioner interviews.")
public final class AllocateCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'allocate' is not built yet");
    }
}
