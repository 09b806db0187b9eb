package org.inspectionplanner.web.cli;

import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import org.inspectionplanner.data.io.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line interface. Exit codes: 0 success, 2 bad input (message on stderr), 1 internal error.
 * No stack trace reaches the user unless INSPECTION_PLANNER_DEBUG is set.
 */
@Command(name = "inspection-planner",
        mixinStandardHelpOptions = true,
        version = "inspection-planner 0.1.0",
        description = "Case samples, inspector allocations and the joint inspection programme.%n"
                + "With no command, starts the web server.",
        subcommands = {
                DemoDataCommand.class,
                ValidateCommand.class,
                SampleCommand.class,
                AllocateCommand.class,
                ScheduleCommand.class,
                BackupCommand.class,
                RestoreCommand.class
        })
public final class Cli implements Runnable {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int BAD_INPUT = 2;

    private static final Set<String> ENTRY_WORDS = Set.of(
            "sample", "allocate", "schedule", "demo-data", "validate", "backup", "restore",
            "--help", "-h", "help", "--version", "-V");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** True when the arguments name a CLI command rather than options for the web server. */
    public static boolean handles(String[] args) {
        return args.length > 0 && ENTRY_WORDS.contains(args[0]);
    }

    /**
     * True when every argument is a server option in Spring's {@code --name=value} form (none at all
     * starts the server too). Anything else, e.g. a mistyped command, must not start a server.
     */
    public static boolean serverOptions(String[] args) {
        return Arrays.stream(args).allMatch(Cli::isServerOption);
    }

    private static boolean isServerOption(String arg) {
        return arg.matches("--[A-Za-z][A-Za-z0-9._\\[\\]-]*=.*");
    }

    /** For arguments that are neither a command nor server options: the commands, and exit code 2. */
    public static int unknown(String[] args, PrintWriter err) {
        String first = Arrays.stream(args).filter(a -> !isServerOption(a)).findFirst().orElse("");
        err.println("error: '" + first + "' is neither a command nor a server option (--name=value)");
        CommandLine cl = newCommandLine();
        cl.usage(err);
        err.flush();
        return BAD_INPUT;
    }

    public static int run(String[] args) {
        SolverLogging.quiet();
        return newCommandLine().execute(args);
    }

    /** Builds the command line with the project's exit-code and error conventions (also used by tests). */
    public static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new Cli()); // picocli already exits 2 on a usage error
        cl.registerConverter(LocalDate.class, new DateConverter());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (ex instanceof InvalidInputException || ex instanceof IllegalArgumentException) {
                err.println("error: " + ex.getMessage());
                return BAD_INPUT;
            }
            FileSystemException path = pathProblem(ex);
            if (path != null) {
                err.println("error: " + path.getFile() + ": " + why(path));
                return BAD_INPUT;
            }
            err.println("internal error: " + ex);
            if (System.getenv("INSPECTION_PLANNER_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        });
        return cl;
    }

    /**
     * A file-system refusal about a path the user gave (an --out that is a file, a folder without
     * write permission): bad input to fix, not an internal error.
     */
    private static FileSystemException pathProblem(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException f && f.getFile() != null) {
                return f;
            }
        }
        return null;
    }

    private static String why(FileSystemException e) {
        if (e instanceof FileAlreadyExistsException) {
            return "already exists and is not a folder; give a folder for the output";
        }
        if (e instanceof NotDirectoryException) {
            return "part of the path is a file, not a folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        return "cannot be read or written" + (e.getReason() == null ? "" : " (" + e.getReason() + ")");
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
