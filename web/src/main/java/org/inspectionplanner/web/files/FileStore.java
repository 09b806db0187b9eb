package org.inspectionplanner.web.files;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps files in the database, keyed by owner and name; a second put of the same name replaces it. */
@Service
public class FileStore {

    private final StoredFileRepository files;

    FileStore(StoredFileRepository files) {
        this.files = files;
    }

    @Transactional
    public void put(FileOwner owner, long ownerId, String name, String contentType, byte[] content) {
        files.findByOwnerTypeAndOwnerIdAndName(owner, ownerId, name).ifPresentOrElse(
                existing -> existing.replace(contentType, content),
                () -> files.save(new StoredFile(owner, ownerId, name, contentType, content)));
    }

    /** Puts every file; the names' extensions give the content types. */
    @Transactional
    public void putAll(FileOwner owner, long ownerId, Map<String, byte[]> named) {
        named.forEach((name, content) -> put(owner, ownerId, name, contentTypeOf(name), content));
    }

    /** Deletes every file of the owner; returns how many there were. */
    @Transactional
    public int deleteAll(FileOwner owner, long ownerId) {
        return files.deleteByOwner(owner, ownerId);
    }

    @Transactional(readOnly = true)
    public List<FileInfo> list(FileOwner owner, long ownerId) {
        return files.describe(owner, ownerId);
    }

    @Transactional(readOnly = true)
    public Optional<StoredFile> get(FileOwner owner, long ownerId, String name) {
        return files.findByOwnerTypeAndOwnerIdAndName(owner, ownerId, name).map(f -> {
            f.getContent(); // load the bytes inside the transaction
            return f;
        });
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
