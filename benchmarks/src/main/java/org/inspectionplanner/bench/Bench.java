package org.inspectionplanner.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.PrintWriter;
import org.inspectionplanner.data.io.InvalidInputException;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Benchmarks that print the figures the issues ask for, each against a baseline run in the same process.
 * They live in their own jar, out of the production one; {@code ./bench NAME} runs them.
 * Exit codes as the product's CLI: 0 success, 2 bad input, 1 internal error.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark and print its figures against a same-process baseline.",
        subcommands = {ReaderBench.class, SamplerBench.class, AllocationBench.class, ProgrammeBench.class})
public final class Bench implements Runnable {

    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Without a logging configuration logback prints the solver's INFO lines among the figures.
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
        System.exit(newCommandLine().execute(args));
    }

    /** The command line with the exit-code conventions (also used by tests). */
    static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new Bench());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof InvalidInputException || ex instanceof IllegalArgumentException) {
                err.println("error: " + ex.getMessage());
                return BAD_INPUT;
            }
            err.println("internal error: " + ex);
            return INTERNAL_ERROR;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
