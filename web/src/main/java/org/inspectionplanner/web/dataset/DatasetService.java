package org.inspectionplanner.web.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.inspectionplanner.data.io.InputProblem;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.web.audit.AuditAction;
import org.inspectionplanner.web.audit.AuditLog;
import org.inspectionplanner.web.files.BlobDirectory;
import org.inspectionplanner.web.files.FileOwner;
import org.inspectionplanner.web.files.FileStore;
import org.inspectionplanner.web.security.CurrentUser;
import org.inspectionplanner.web.security.Role;
import org.inspectionplanner.web.support.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploads (all or nothing: a file its reader rejects leaves no trace but an audit entry), the
 * stored datasets, and their parsed values.
 *
 * <p>An upload is received into a file in the data directory, read from there (within the
 * {@link ReadBudget}), and moved into the file store: never held whole in memory. Reading happens
 * outside any transaction; the dataset's row, its file's row and the audit entry are then written
 * in one short transaction on one connection. Parsed values are cached, because datasets never
 * change, in a cache bounded by their estimated size in memory ({@code dataset-cache}).
 */
@Service
public class DatasetService {

    public static final String SOURCE_FILE = "source";
    /**
     * What a parsed dataset keeps in memory, measured: about 200 to 215 bytes a row whatever its
     * columns (repeated cells share their strings; 1.3 million 24-column rows kept 257 MB, 2.4 million
     * 7-column rows 507 MB), so the larger of 256 bytes a row and twice the file's size.
     */
    private static final int RETAINED_BYTES_PER_ROW = 256;
    private static final int RETAINED_FACTOR = 2;

    private final DatasetRepository datasets;
    private final FileStore files;
    private final BlobDirectory blobs;
    private final DatasetReaders readers;
    private final ReadBudget budget;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final TransactionTemplate tx;
    private final AsyncCache<Long, Weighed> parsedCache;

    DatasetService(DatasetRepository datasets, FileStore files, BlobDirectory blobs, DatasetReaders readers,
            ReadBudget budget, AuditLog audit, ObjectMapper json, TransactionTemplate tx,
            @Value("${inspection-planner.dataset-cache:#{null}}") DataSize cacheSize) {
        this.datasets = datasets;
        this.files = files;
        this.blobs = blobs;
        this.readers = readers;
        this.budget = budget;
        this.audit = audit;
        this.json = json;
        this.tx = tx;
        long cacheKiB = (cacheSize != null ? cacheSize.toBytes() : Runtime.getRuntime().maxMemory() / 4) / 1024;
        this.parsedCache = Caffeine.newBuilder()
                .maximumWeight(cacheKiB)
                .<Long, Weighed>weigher((id, value) -> value.weightKiB())
                .buildAsync();
    }

    /** An upload by the signed-in user: 403 if their role may not upload the kind. */
    public Dataset upload(DatasetKind kind, MultipartFile file) throws IOException {
        Role role = CurrentUser.role();
        if (!kind.uploadableBy(role)) {
            throw new AccessDeniedException(role + " may not upload " + kind);
        }
        Path incoming = blobs.newIncoming();
        try {
            file.transferTo(incoming.toFile()); // a rename when the container wrote the part to disk
            return storeFile(kind, file.getOriginalFilename(), incoming, CurrentUser.name());
        } finally {
            BlobDirectory.deleteQuietly(incoming);
        }
    }

    /** Stores a file its reader accepts, as uploaded by {@code uploader} (the demo data loader uses it directly). */
    public Dataset store(DatasetKind kind, String fileName, byte[] content, String uploader) {
        Path incoming = blobs.newIncoming();
        try {
            Files.write(incoming, content);
            return storeFile(kind, fileName, incoming, uploader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            BlobDirectory.deleteQuietly(incoming);
        }
    }

    private Dataset storeFile(DatasetKind kind, String fileName, Path incoming, String uploader) throws IOException {
        String name = safeName(fileName);
        long size = Files.size(incoming);
        ParsedDataset parsed;
        DatasetSummary summary;
        try (ReadBudget.Lease lease = budget.reserve(size)) {
            parsed = readers.read(kind, name, incoming);
            summary = DatasetSummaries.of(parsed, incoming);
        } catch (InvalidInputException e) {
            audit.recordAs(uploader, AuditAction.UPLOAD_REJECTED, kind.name(), name + ": " + e.problems().size() + " problems");
            throw e;
        }
        String sha256 = BlobDirectory.sha256Of(incoming);
        String summaryJson = toJson(summary);
        Dataset dataset = tx.execute(status -> {
            Dataset saved = datasets.save(new Dataset(name, kind, sha256, size, parsed.rows(), summaryJson, uploader));
            files.putFile(FileOwner.DATASET, saved.getId(), SOURCE_FILE, "application/octet-stream", incoming, sha256);
            audit.recordAs(uploader, AuditAction.UPLOAD, "dataset:" + saved.getId(), kind + " " + name + " sha256=" + sha256);
            return saved;
        });
        cache(dataset, parsed.value());
        return dataset;
    }

    /** Forgets the parsed value of a deleted dataset. */
    public void evict(long id) {
        parsedCache.synchronous().invalidate(id);
    }

    public boolean isEmpty() {
        return datasets.count() == 0;
    }

    @Transactional(readOnly = true)
    public List<Dataset> listReadable() {
        Role role = CurrentUser.role();
        List<DatasetKind> kinds = Arrays.stream(DatasetKind.values()).filter(k -> k.readableBy(role)).toList();
        return datasets.findByKindInOrderByIdDesc(kinds);
    }

    /** A dataset the current user may read; 404 if none, 403 if the kind is not theirs. */
    @Transactional(readOnly = true)
    public Dataset get(long id) {
        Dataset dataset = datasets.findById(id).orElseThrow(() -> new NotFoundException("Dataset " + id));
        Role role = CurrentUser.role();
        if (!dataset.getKind().readableBy(role)) {
            throw new AccessDeniedException(role + " may not read " + dataset.getKind());
        }
        return dataset;
    }

    /** The first stored dataset of the same kind with the same bytes, if this one repeats it. */
    @Transactional(readOnly = true)
    public Optional<Dataset> identicalTo(Dataset dataset) {
        return datasets.findFirstByKindAndSha256AndIdLessThanOrderByIdAsc(dataset.getKind(), dataset.getSha256(),
                dataset.getId());
    }

    /** "The file is identical to dataset 3 (caseload.csv, uploaded by planner on 6 December 2026)." */
    public static String identicalNotice(Dataset earlier) {
        return "The file is identical to dataset " + earlier.getId() + " (" + earlier.getName() + ", uploaded by "
                + earlier.getUploadedBy() + " on " + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)
                        .format(earlier.getUploadedAt().atZone(java.time.ZoneId.of("Europe/London"))) + ").";
    }

    public DatasetSummary summaryOf(Dataset dataset) {
        try {
            // stored by an earlier version, perhaps with fields since dropped: read what is known
            return json.readerFor(DatasetSummary.class)
                    .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(dataset.getSummaryJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored summary of dataset " + dataset.getId() + " is unreadable", e);
        }
    }

    /**
     * The parsed value of a dataset of the expected kind, for a sample or a solve. Access is checked
     * by the caller's endpoint, not here: a background job reads with its creator's rights. Callers
     * asking at once for a dataset not in the cache wait for one read of it.
     *
     * @throws InvalidInputException if the dataset is of another kind
     */
    public <T> T load(long id, DatasetKind expected, Class<T> type, String field) {
        Dataset dataset = datasets.findById(id).orElseThrow(() -> new InvalidInputException(List.of(
                new InputProblem(field, 0, 0, "no dataset " + id))));
        if (dataset.getKind() != expected) {
            throw new InvalidInputException(field, "dataset " + id + " is of kind " + dataset.getKind()
                    + "; this needs a dataset of kind " + expected);
        }
        CompletableFuture<Weighed> mine = new CompletableFuture<>();
        CompletableFuture<Weighed> cached = parsedCache.asMap().putIfAbsent(id, mine);
        if (cached != null) {
            try {
                return type.cast(cached.join().value());
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        try {
            Object value;
            try (ReadBudget.Lease lease = budget.reserve(dataset.getSizeBytes())) {
                Path source = files.path(FileOwner.DATASET, id, SOURCE_FILE)
                        .orElseThrow(() -> new IllegalStateException("dataset " + id + " has no stored source"));
                value = readers.read(expected, dataset.getName(), source).value();
            }
            mine.complete(new Weighed(value, retainedBytes(dataset.getSizeBytes(), dataset.getRowCount())));
            return type.cast(value);
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private void cache(Dataset dataset, Object value) {
        parsedCache.put(dataset.getId(), CompletableFuture.completedFuture(
                new Weighed(value, retainedBytes(dataset.getSizeBytes(), dataset.getRowCount()))));
    }

    private static long retainedBytes(long fileBytes, long rows) {
        return Math.max(fileBytes * RETAINED_FACTOR, rows * RETAINED_BYTES_PER_ROW);
    }

    /** A cached value with its estimated size in memory, its weight in the cache. */
    private record Weighed(Object value, long retainedBytes) {
        int weightKiB() {
            return (int) Math.min(Integer.MAX_VALUE, Math.max(1, retainedBytes / 1024));
        }
    }

    static String safeName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
        name = name.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
