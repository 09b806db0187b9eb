package org.inspectionplanner.web.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until its issue lands; fails loudly rather than pretending. */
@Command(name = "schedule", mixinStandardHelpOptions = true, description = "Schedule the joint inspection programme.")
public final class ScheduleCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw new UnsupportedOperationException("'schedule' is not built yet");
    }
}
