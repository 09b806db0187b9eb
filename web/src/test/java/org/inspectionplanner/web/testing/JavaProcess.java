package org.inspectionplanner.web.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the jar's entry point in a separate JVM with the test class path (as {@code java -jar} would run it). */
public final class JavaProcess {

    private JavaProcess() {
    }

    public static ProcessBuilder of(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.inspectionplanner.web.InspectionPlannerMain");
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    /** Runs to the end and returns the exit code; stdout and stderr go to the given files. */
    public static int run(File out, File err, String... args) throws IOException, InterruptedException {
        Process process = of(List.of("-Xmx256m"), args).redirectOutput(out).redirectError(err).start();
        return process.waitFor();
    }
}
