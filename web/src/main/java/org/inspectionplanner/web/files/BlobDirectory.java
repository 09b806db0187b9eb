package org.inspectionplanner.web.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inspectionplanner.web.PlannerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The files' bytes in the data directory: {@code files/<random name>}, written once and never
 * changed (a replacement is a new file), each flushed to disk before its name is handed out, so a
 * database row never names a file that a crash could lose. Uploads in progress wait under
 * {@code files/incoming} on the same disk, so storing one is a rename, not a copy.
 */
@Component
public class BlobDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(BlobDirectory.class);
    private static final Pattern LOCATION = Pattern.compile("[0-9a-f]{32}");
    private static final Duration STALE_INCOMING = Duration.ofHours(24);

    private final Path root;
    private final Path incoming;
    private final List<String> held = new java.util.ArrayList<>();
    private int holds;

    @Autowired
    BlobDirectory(PlannerProperties properties) {
        this(Path.of(properties.dataDir(), "files"));
    }

    BlobDirectory(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.incoming = this.root.resolve("incoming");
        try {
            Files.createDirectories(incoming);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the file directory " + this.root, e);
        }
        removeStaleIncoming();
    }

    /** The digest and size of a file written here. */
    public record Written(String location, String sha256, long sizeBytes) {
    }

    /** Where uploads in progress are written (the servlet container's multipart location too). */
    public Path incomingDirectory() {
        return incoming;
    }

    /** A new empty file for an upload in progress; the caller stores it with {@link #adopt} or deletes it. */
    public Path newIncoming() {
        try {
            return Files.createTempFile(incoming, "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Written write(byte[] content) {
        Path file = newIncoming();
        try {
            Files.write(file, content);
            return adopt(file, Sha256.hex(content));
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException(e);
        }
    }

    /** Moves an incoming file in under a new name, on disk before this returns; {@code sha256} may be null. */
    Written adopt(Path file, String sha256) {
        String location = UUID.randomUUID().toString().replace("-", "");
        Path target = root.resolve(location);
        try {
            String digest = sha256 != null ? sha256 : sha256Of(file);
            long size = Files.size(file);
            force(file);
            try {
                Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(file, target);
            }
            forceDirectory(root);
            return new Written(location, digest, size);
        } catch (IOException e) {
            deleteQuietly(file);
            throw new UncheckedIOException("cannot store a file under " + root, e);
        }
    }

    Path path(String location) {
        if (!LOCATION.matcher(location).matches()) {
            throw new IllegalStateException("not a stored file's location: " + location);
        }
        return root.resolve(location);
    }

    byte[] read(String location) {
        try {
            return Files.readAllBytes(path(location));
        } catch (IOException e) {
            throw new UncheckedIOException("stored file " + location + " is unreadable", e);
        }
    }

    void delete(String location) {
        synchronized (held) {
            if (holds > 0) {
                held.add(location); // a backup is copying: delete once it has finished
                return;
            }
        }
        deleteQuietly(path(location));
    }

    /** What a backup sees: the directory of stored files, and the names in it now. */
    public Path root() {
        return root;
    }

    /**
     * Runs {@code work} with deletions held back until it ends, so that every file a database snapshot
     * taken inside it names is still there to copy (issue 15: a consistent backup while the service runs).
     */
    public <T> T holdingDeletions(java.util.concurrent.Callable<T> work) throws Exception {
        synchronized (held) {
            holds++;
        }
        try {
            return work.call();
        } finally {
            List<String> release = new java.util.ArrayList<>();
            synchronized (held) {
                if (--holds == 0) {
                    release.addAll(held);
                    held.clear();
                }
            }
            release.forEach(location -> deleteQuietly(path(location)));
        }
    }

    public static String sha256Of(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(file);
                OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            in.transferTo(sink);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", file.getFileName(), e.getClass().getSimpleName());
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes a rename durable; some file systems do not allow opening a directory, which is harmless. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not supported here (e.g. Windows): the rename is as durable as the platform makes it
        }
    }

    /** Uploads a crash left half-received are removed at the next start. */
    private void removeStaleIncoming() {
        Instant before = Instant.now().minus(STALE_INCOMING);
        try (Stream<Path> files = Files.list(incoming)) {
            files.filter(f -> {
                try {
                    return Files.getLastModifiedTime(f).toInstant().isBefore(before);
                } catch (IOException e) {
                    return false;
                }
            }).forEach(BlobDirectory::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("Could not list {}: {}", incoming, e.getClass().getSimpleName());
        }
    }
}
