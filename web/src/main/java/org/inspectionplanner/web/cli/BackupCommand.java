package org.inspectionplanner.web.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;
import java.util.concurrent.Callable;
import org.inspectionplanner.web.backup.BackupArchive;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A consistent backup of the embedded store (database and stored files) in one zip. While the service
 * runs, from the service itself ({@code --url}, an ADMIN's credentials); with the service stopped,
 * straight from the data directory. The archive is checked (every digest) before it is kept.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a consistent backup of the embedded store and its files to one zip.",
                "While the service runs: --url http://localhost:8080 --user ADMIN (password in INSPECTION_PLANNER_PASSWORD).",
                "With the service stopped: --data-dir DIR. For PostgreSQL use pg_dump (docs/web.md)."})
public final class BackupCommand implements Callable<Integer> {

    static final String PASSWORD_VARIABLE = "INSPECTION_PLANNER_PASSWORD";

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The zip to write.")
    Path out;

    @Option(names = "--url", paramLabel = "URL", description = "The running service, e.g. http://localhost:8080.")
    URI url;

    @Option(names = "--user", defaultValue = "admin", paramLabel = "NAME",
            description = "An ADMIN user of the running service (default ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--data-dir", defaultValue = "./var", paramLabel = "DIR",
            description = "The stopped service's data directory (default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Override
    public Integer call() throws Exception {
        Path part = out.resolveSibling(out.getFileName() + ".part");
        try {
            if (url != null) {
                fetch(part);
            } else {
                local(part);
            }
            BackupArchive.Restored check = BackupArchive.verify(part);
            Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getOut().printf("%s: database and %d stored files (%,d bytes), every SHA-256 checked%n",
                    out, check.files(), check.bytes());
            return Cli.OK;
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private void fetch(Path part) throws IOException, InterruptedException {
        String password = System.getenv(PASSWORD_VARIABLE);
        if ((password == null || password.isEmpty()) && System.console() != null) {
            char[] typed = System.console().readPassword("Password for %s: ", user);
            password = typed == null ? null : new String(typed);
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("give the password of " + user + " in " + PASSWORD_VARIABLE);
        }
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(url.resolve("/api/backup")).header("Authorization", "Basic " + basic).GET().build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                String text = new String(body.readNBytes(2000), StandardCharsets.UTF_8);
                throw new IllegalArgumentException(url + " answered " + response.statusCode() + ": " + text);
            }
            try (OutputStream file = Files.newOutputStream(part)) {
                body.transferTo(file);
            }
        }
    }

    private void local(Path part) throws IOException, SQLException {
        Path dir = dataDir.toAbsolutePath().normalize();
        if (!Files.exists(dir.resolve(BackupArchive.DATABASE_NAME + ".mv.db"))) {
            throw new IllegalArgumentException(dir + " holds no database of this service");
        }
        String jdbc = "jdbc:h2:file:" + dir.resolve(BackupArchive.DATABASE_NAME) + ";IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(jdbc, "sa", "");
                OutputStream file = Files.newOutputStream(part)) {
            BackupArchive.write(c, dir.resolve("files"), file);
        } catch (SQLException e) {
            if (e.getErrorCode() == 90020) { // DATABASE_ALREADY_OPEN_1: the service holds it
                throw new IllegalArgumentException("the service is running on " + dir
                        + ": back up through it with --url http://HOST:PORT --user ADMIN");
            }
            throw e;
        }
    }
}
