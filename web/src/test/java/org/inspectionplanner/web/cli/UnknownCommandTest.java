package org.inspectionplanner.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inspectionplanner.web.testing.JavaProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15 finding 5: a mistyped command prints the commands and exits 2 instead of starting a server. */
class UnknownCommandTest {

    @TempDir
    Path dir;

    @Test
    void onlyNameValueOptionsStartTheServer() {
        assertThat(Cli.serverOptions(new String[0])).isTrue();
        assertThat(Cli.serverOptions(new String[] {"--server.port=8081", "--spring.profiles.active=demo"})).isTrue();
        assertThat(Cli.serverOptions(new String[] {"--inspection-planner.data-dir=/tmp/x"})).isTrue();
        assertThat(Cli.serverOptions(new String[] {"bakup", "--help"})).isFalse();
        assertThat(Cli.serverOptions(new String[] {"--server.port=8081", "samples"})).isFalse();
        assertThat(Cli.serverOptions(new String[] {"--out"})).isFalse();
        assertThat(Cli.serverOptions(new String[] {"-x"})).isFalse();
    }

    @Test
    void aMistypedCommandExitsTwoWithTheListOfCommands() throws Exception {
        File out = dir.resolve("out.txt").toFile();
        File err = dir.resolve("err.txt").toFile();
        int exit = JavaProcess.run(out, err, "bakup", "--help", "--server.port=0");
        String stderr = Files.readString(err.toPath());
        assertThat(exit).as(stderr).isEqualTo(2);
        assertThat(stderr).contains("'bakup' is neither a command nor a server option", "Commands:", "sample", "allocate",
                "backup", "restore");
        assertThat(Files.readString(out.toPath())).doesNotContain("Tomcat started");
    }
}
