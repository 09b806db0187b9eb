package org.inspectionplanner.web.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A backup of the embedded store: one zip with the H2 database (as H2's online {@code BACKUP TO}
 * writes it: a consistent snapshot while the service runs), every stored file of the data directory
 * ({@code files/}), and {@code backup.json} listing each entry's size and SHA-256. Restoring checks
 * every digest before anything in the data directory is touched. No Spring here: the CLI uses it too.
 */
public final class BackupArchive {

    public static final String DATABASE_NAME = "inspection-planner";
    static final String DATABASE_FILE = DATABASE_NAME + ".mv.db";
    static final String DATABASE_ENTRY = "database/" + DATABASE_FILE;
    static final String FILES = "files/";
    static final String MANIFEST = "backup.json";
    private static final Pattern FILE_NAME = Pattern.compile("[0-9a-f]{32}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a restore put back. */
    public record Restored(Instant takenAt, int files, long bytes) {
    }

    private BackupArchive() {
    }

    /**
     * Writes the backup of the H2 database behind {@code h2} and the stored files under {@code filesDir}.
     * The caller keeps stored files from being deleted meanwhile, so that every file the snapshot names is copied.
     */
    public static void write(Connection h2, Path filesDir, OutputStream out) throws IOException, SQLException {
        Path snapshot = Files.createTempFile("inspection-planner-db-", ".zip");
        try {
            Files.delete(snapshot); // H2 creates it
            try (Statement s = h2.createStatement()) {
                s.execute("BACKUP TO '" + snapshot.toString().replace("'", "''") + "'");
            }
            Map<String, Object[]> entries = new LinkedHashMap<>();
            ZipOutputStream zip = new ZipOutputStream(out);
            try (ZipFile db = new ZipFile(snapshot.toFile())) {
                ZipEntry mv = db.stream().filter(e -> e.getName().endsWith(".mv.db")).findFirst()
                        .orElseThrow(() -> new IOException("H2's backup holds no database file"));
                try (InputStream in = db.getInputStream(mv)) {
                    entries.put(DATABASE_ENTRY, copy(in, zip, DATABASE_ENTRY));
                }
            }
            if (Files.isDirectory(filesDir)) {
                List<Path> files;
                try (Stream<Path> list = Files.list(filesDir)) {
                    files = list.filter(Files::isRegularFile)
                            .filter(f -> FILE_NAME.matcher(f.getFileName().toString()).matches())
                            .sorted().toList();
                }
                for (Path file : files) {
                    String name = FILES + file.getFileName();
                    try (InputStream in = Files.newInputStream(file)) {
                        entries.put(name, copy(in, zip, name));
                    }
                }
            }
            ObjectNode manifest = JSON.createObjectNode();
            manifest.put("format", 1);
            manifest.put("takenAt", Instant.now().toString());
            manifest.put("database", "H2");
            ObjectNode listed = manifest.putObject("entries");
            entries.forEach((name, e) -> listed.putObject(name).put("sha256", (String) e[0]).put("size", (Long) e[1]));
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.finish();
            zip.flush();
        } finally {
            Files.deleteIfExists(snapshot);
        }
    }

    /** Reads the archive through and checks every entry against its listed digest; returns the manifest. */
    public static Restored verify(Path archive) throws IOException {
        Path staging = Files.createTempDirectory("inspection-planner-verify-");
        try {
            return unpack(archive, staging);
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * Puts a backup back into {@code dataDir} (the service stopped): unpacks and checks it beside the
     * data directory first; only then replaces the database file and the stored files.
     *
     * @throws IllegalArgumentException if the archive is damaged, or the data directory holds a database
     *                                  and {@code replace} is false
     */
    public static Restored restore(Path archive, Path dataDir, boolean replace) throws IOException {
        Path target = dataDir.toAbsolutePath().normalize();
        Files.createDirectories(target);
        if (Files.exists(target.resolve(DATABASE_FILE)) && !replace) {
            throw new IllegalArgumentException(target + " already holds a database; give --replace to overwrite it");
        }
        Path staging = Files.createTempDirectory(target, ".restore-");
        try {
            Restored restored = unpack(archive, staging);
            Files.deleteIfExists(target.resolve(DATABASE_NAME + ".trace.db"));
            Files.move(staging.resolve(DATABASE_ENTRY), target.resolve(DATABASE_FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            Path files = target.resolve("files");
            if (Files.isDirectory(files)) {
                try (Stream<Path> old = Files.list(files)) {
                    for (Path f : old.filter(p -> FILE_NAME.matcher(p.getFileName().toString()).matches()).toList()) {
                        Files.delete(f);
                    }
                }
            }
            Files.createDirectories(files);
            Path staged = staging.resolve("files");
            if (Files.isDirectory(staged)) {
                try (Stream<Path> list = Files.list(staged)) {
                    for (Path f : list.toList()) {
                        Files.move(f, files.resolve(f.getFileName()), StandardCopyOption.ATOMIC_MOVE);
                    }
                }
            }
            return restored;
        } finally {
            deleteTree(staging);
        }
    }

    private static Restored unpack(Path archive, Path into) throws IOException {
        Map<String, String> digests = new LinkedHashMap<>();
        byte[] manifestBytes = null;
        long bytes = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                if (name.equals(MANIFEST)) {
                    manifestBytes = zip.readAllBytes();
                    continue;
                }
                boolean file = name.startsWith(FILES) && FILE_NAME.matcher(name.substring(FILES.length())).matches();
                if (!file && !name.equals(DATABASE_ENTRY)) {
                    throw new IllegalArgumentException(archive + ": unexpected entry " + name + "; not a backup of this service");
                }
                Path out = into.resolve(name);
                Files.createDirectories(out.getParent());
                DigestInputStream in = new DigestInputStream(zip, sha256());
                bytes += Files.copy(in, out);
                digests.put(name, HexFormat.of().formatHex(in.getMessageDigest().digest()));
            }
        } catch (java.util.zip.ZipException e) {
            throw new IllegalArgumentException(archive + ": not a readable zip (" + e.getMessage() + ")");
        }
        if (manifestBytes == null) {
            throw new IllegalArgumentException(archive + ": no " + MANIFEST + "; the backup is incomplete");
        }
        var manifest = JSON.readTree(manifestBytes);
        var listed = manifest.path("entries");
        if (!listed.has(DATABASE_ENTRY)) {
            throw new IllegalArgumentException(archive + ": holds no database");
        }
        int files = 0;
        Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> it = listed.fields();
        while (it.hasNext()) {
            var entry = it.next();
            String found = digests.remove(entry.getKey());
            if (found == null) {
                throw new IllegalArgumentException(archive + ": " + entry.getKey() + " is missing");
            }
            if (!found.equals(entry.getValue().path("sha256").asText())) {
                throw new IllegalArgumentException(archive + ": " + entry.getKey() + " is damaged (SHA-256 differs)");
            }
            if (entry.getKey().startsWith(FILES)) {
                files++;
            }
        }
        if (!digests.isEmpty()) {
            throw new IllegalArgumentException(archive + ": " + digests.keySet().iterator().next() + " is not listed in " + MANIFEST);
        }
        return new Restored(Instant.parse(manifest.path("takenAt").asText()), files, bytes);
    }

    private static Object[] copy(InputStream in, ZipOutputStream zip, String name) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        DigestInputStream digesting = new DigestInputStream(in, sha256());
        long size = digesting.transferTo(zip);
        zip.closeEntry();
        return new Object[] {HexFormat.of().formatHex(digesting.getMessageDigest().digest()), size};
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
