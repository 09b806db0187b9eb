package org.inspectionplanner.web.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inspectionplanner.data.io.CsvTable;
import org.inspectionplanner.data.io.InvalidInputException;
import org.inspectionplanner.web.audit.AuditAction;
import org.inspectionplanner.web.audit.AuditLog;
import org.inspectionplanner.web.files.FileOwner;
import org.inspectionplanner.web.files.FileStore;
import org.inspectionplanner.web.files.Sha256;
import org.inspectionplanner.web.security.CurrentUser;
import org.inspectionplanner.web.security.Role;
import org.inspectionplanner.web.support.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Uploads (all or nothing: a file its reader rejects leaves no trace but an audit entry), the
 * stored datasets, and their parsed values, re-read from the stored bytes and cached because
 * datasets never change.
 */
@Service
public class DatasetService {

    public static final String SOURCE_FILE = "source";
    private static final int CACHE_SIZE = 8;

    private final DatasetRepository datasets;
    private final FileStore files;
    private final DatasetReaders readers;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Map<Long, Object> parsedCache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Object> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    DatasetService(DatasetRepository datasets, FileStore files, DatasetReaders readers, AuditLog audit,
            ObjectMapper json) {
        this.datasets = datasets;
        this.files = files;
        this.readers = readers;
        this.audit = audit;
        this.json = json;
    }

    @Transactional
    public Dataset upload(DatasetKind kind, String fileName, byte[] content) {
        Role role = CurrentUser.role();
        if (!kind.uploadableBy(role)) {
            throw new AccessDeniedException(role + " may not upload " + kind);
        }
        return store(kind, fileName, content, CurrentUser.name());
    }

    /** Stores a file its reader accepts, as uploaded by {@code uploader} (the demo data loader uses it directly). */
    @Transactional
    public Dataset store(DatasetKind kind, String fileName, byte[] content, String uploader) {
        String name = safeName(fileName);
        ParsedDataset parsed;
        try {
            parsed = readers.read(kind, name, content);
        } catch (InvalidInputException e) {
            audit.record(AuditAction.UPLOAD_REJECTED, kind.name(), name + ": " + e.problems().size() + " problems");
            throw e;
        }
        DatasetSummary summary = summarise(parsed, content);
        Dataset dataset = datasets.save(new Dataset(name, kind, Sha256.hex(content), content.length,
                parsed.rows(), toJson(summary), uploader));
        files.put(FileOwner.DATASET, dataset.getId(), SOURCE_FILE, "application/octet-stream", content);
        synchronized (parsedCache) {
            parsedCache.put(dataset.getId(), parsed.value());
        }
        audit.recordAs(uploader, AuditAction.UPLOAD, "dataset:" + dataset.getId(), kind + " " + name + " sha256=" + dataset.getSha256());
        return dataset;
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
     * by the caller's endpoint, not here: a background job reads with its creator's rights.
     *
     * @throws InvalidInputException if the dataset is of another kind
     */
    public <T> T load(long id, DatasetKind expected, Class<T> type, String field) {
        Dataset dataset = datasets.findById(id).orElseThrow(() -> new InvalidInputException(List.of(
                new org.inspectionplanner.data.io.InputProblem(field, 0, 0, "no dataset " + id))));
        if (dataset.getKind() != expected) {
            throw new InvalidInputException(field, "dataset " + id + " is a " + dataset.getKind() + ", not a " + expected);
        }
        Object value;
        synchronized (parsedCache) {
            value = parsedCache.get(id);
        }
        if (value == null) {
            byte[] content = files.get(FileOwner.DATASET, id, SOURCE_FILE)
                    .orElseThrow(() -> new IllegalStateException("dataset " + id + " has no stored source"))
                    .getContent();
            value = readers.read(expected, dataset.getName(), content).value();
            synchronized (parsedCache) {
                parsedCache.put(id, value);
            }
        }
        return type.cast(value);
    }

    private static String safeName(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
        name = name.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    /** Missing values per column come from the raw CSV, so they count what the reader defaulted too. */
    private static DatasetSummary summarise(ParsedDataset parsed, byte[] content) {
        List<String> columns = new ArrayList<>();
        Map<String, Integer> missing = new LinkedHashMap<>();
        String head = new String(content, 0, Math.min(content.length, 64), StandardCharsets.UTF_8).replace("\uFEFF", "");
        String trimmed = head.stripLeading();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            // the shared CSV rules again; with no spec every column is counted, in file order
            try (CsvTable csv = CsvTable.open(new ByteArrayInputStream(content), "upload", List.of(), List.of())) {
                columns.addAll(csv.extraNames());
                columns.forEach(c -> missing.put(c, 0));
                while (csv.next()) {
                    csv.extras().forEach((c, v) -> {
                        if (v.isBlank()) {
                            missing.merge(c, 1, Integer::sum);
                        }
                    });
                }
            } catch (RuntimeException e) {
                // The reader accepted the file; if the summary's own pass fails, leave the counts out.
                columns.clear();
                missing.clear();
            }
        }
        return new DatasetSummary(parsed.rows(), parsed.pdus(), parsed.firstDate(), parsed.lastDate(), columns, missing);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
