package org.inspectionplanner.web.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.inspectionplanner.web.backup.BackupArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Puts a backup back into a data directory, with the service stopped; every digest is checked first. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = {"Restore a backup zip (from the backup command) into the data directory.",
                "Stop the service first. The archive is checked whole before anything is replaced."})
public final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The backup zip.")
    Path archive;

    @Option(names = "--data-dir", defaultValue = "./var", paramLabel = "DIR",
            description = "The data directory to restore into (default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--replace", description = "Replace the database and files already in the data directory.")
    boolean replace;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(archive)) {
            throw new IllegalArgumentException(archive + ": no such file");
        }
        Path dir = dataDir.toAbsolutePath().normalize();
        if (Files.exists(dir.resolve(BackupArchive.DATABASE_NAME + ".mv.db"))) {
            refuseWhileRunning(dir);
        }
        BackupArchive.Restored restored = BackupArchive.restore(archive, dir, replace);
        spec.commandLine().getOut().printf("Restored the backup of %s into %s: database and %d stored files%n",
                restored.takenAt(), dir, restored.files());
        return Cli.OK;
    }

    /** The service holds its database open (H2's file lock): a restore under it would be lost or corrupt it. */
    private static void refuseWhileRunning(Path dir) throws SQLException {
        String jdbc = "jdbc:h2:file:" + dir.resolve(BackupArchive.DATABASE_NAME) + ";IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(jdbc, "sa", "")) {
            c.isValid(1);
        } catch (SQLException e) {
            if (e.getErrorCode() == 90020) {
                throw new IllegalArgumentException("the service is running on " + dir + "; stop it before restoring");
            }
            throw e;
        }
    }
}
