package org.inspectionplanner.web.files;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps files keyed by owner and name: the description in the database, the bytes in the data
 * directory ({@link BlobDirectory}). A second put of the same name replaces the file. The bytes
 * are on disk before the row that names them commits; bytes no row names any more (a replaced
 * file, or a put whose transaction rolled back) are deleted once the transaction has ended.
 */
@Service
public class FileStore {

    private final StoredFileRepository files;
    private final BlobDirectory blobs;

    FileStore(StoredFileRepository files, BlobDirectory blobs) {
        this.files = files;
        this.blobs = blobs;
    }

    @Transactional
    public void put(FileOwner owner, long ownerId, String name, String contentType, byte[] content) {
        record(owner, ownerId, name, contentType, blobs.write(content));
    }

    /**
     * Stores a file received into {@link BlobDirectory#newIncoming()} (moved, not copied).
     *
     * @param sha256 its digest if the caller has it already, else null
     * @return its digest
     */
    @Transactional
    public String putFile(FileOwner owner, long ownerId, String name, String contentType, Path incoming, String sha256) {
        BlobDirectory.Written blob = blobs.adopt(incoming, sha256);
        record(owner, ownerId, name, contentType, blob);
        return blob.sha256();
    }

    private void record(FileOwner owner, long ownerId, String name, String contentType, BlobDirectory.Written blob) {
        List<String> replaced = new ArrayList<>();
        try {
            files.findByOwnerTypeAndOwnerIdAndName(owner, ownerId, name).ifPresentOrElse(
                    existing -> {
                        String old = existing.replace(contentType, blob);
                        if (old != null) {
                            replaced.add(old);
                        }
                    },
                    () -> files.save(new StoredFile(owner, ownerId, name, contentType, blob)));
        } catch (RuntimeException e) {
            blobs.delete(blob.location());
            throw e;
        }
        afterTransaction(committed -> {
            if (committed) {
                replaced.forEach(blobs::delete);
            } else {
                blobs.delete(blob.location());
            }
        });
    }

    /** Puts every file; the names' extensions give the content types. */
    @Transactional
    public void putAll(FileOwner owner, long ownerId, Map<String, byte[]> named) {
        named.forEach((name, content) -> put(owner, ownerId, name, contentTypeOf(name), content));
    }

    @Transactional(readOnly = true)
    public List<FileInfo> list(FileOwner owner, long ownerId) {
        return files.describe(owner, ownerId);
    }

    /** A file with its bytes read into memory: for the small outputs, not for uploaded sources. */
    @Transactional(readOnly = true)
    public Optional<StoredFile> get(FileOwner owner, long ownerId, String name) {
        return files.findByOwnerTypeAndOwnerIdAndName(owner, ownerId, name).map(f -> {
            if (f.getLocation() != null) {
                f.setLoaded(blobs.read(f.getLocation()));
            }
            return f;
        });
    }

    /**
     * Where a file's bytes are, to stream them (an uploaded source may be hundreds of megabytes).
     * A file from before issue 14 is copied out of its row into a temporary file first.
     */
    @Transactional(readOnly = true)
    public Optional<Path> path(FileOwner owner, long ownerId, String name) {
        return files.findByOwnerTypeAndOwnerIdAndName(owner, ownerId, name).map(f -> {
            if (f.getLocation() != null) {
                return blobs.path(f.getLocation());
            }
            Path copy = blobs.newIncoming();
            try {
                Files.write(copy, f.rowContent());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return copy;
        });
    }

    /** Deletes every file of an owner: rows now, bytes once the deletion has committed. */
    @Transactional
    public int deleteAll(FileOwner owner, long ownerId) {
        List<String> locations = files.findByOwnerTypeAndOwnerId(owner, ownerId).stream()
                .map(StoredFile::getLocation).filter(l -> l != null).toList();
        int deleted = files.deleteByOwner(owner, ownerId);
        afterTransaction(committed -> {
            if (committed) {
                locations.forEach(blobs::delete);
            }
        });
        return deleted;
    }

    private static void afterTransaction(java.util.function.Consumer<Boolean> action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    action.accept(status == STATUS_COMMITTED);
                }
            });
        } else {
            action.accept(true);
        }
    }

    public static String contentTypeOf(String name) {
        if (name.endsWith(".csv")) {
            return "text/csv;charset=UTF-8";
        }
        if (name.endsWith(".json")) {
            return "application/json";
        }
        if (name.endsWith(".xlsx")) {
            return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        }
        if (name.endsWith(".ics")) {
            return "text/calendar;charset=UTF-8";
        }
        return "application/octet-stream";
    }
}
