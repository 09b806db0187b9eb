package org.inspectionplanner.web.cli;

import picocli.CommandLine.Command;

/**
 * Benchmarks that print the figures the issues ask for, each against a baseline run in the same process.
 * Each benchmark is its own subcommand class.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark and print its figures against a same-process baseline.",
        subcommands = {ReaderBench.class, SamplerBench.class, AllocationBench.class, ProgrammeBench.class})
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
