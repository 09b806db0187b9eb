package org.inspectionplanner.web.dataset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An uploaded input file that its reader accepted. The bytes are a stored file named {@code source}. */
@Entity
@Table(name = "dataset")
public class Dataset {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DatasetKind kind;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    @Column(name = "summary_json", nullable = false, length = 1_000_000)
    private String summaryJson;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    /** Set by an ADMIN to keep the dataset beyond its retention period (with the reason). */
    @Column(name = "keep_until")
    private Instant keepUntil;

    @Column(name = "keep_reason", length = 1000)
    private String keepReason;

    protected Dataset() {
    }

    Dataset(String name, DatasetKind kind, String sha256, long sizeBytes, int rowCount, String summaryJson,
            String uploadedBy) {
        this.name = name;
        this.kind = kind;
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.rowCount = rowCount;
        this.summaryJson = summaryJson;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = Instant.now();
    }

    /** Keeps the dataset until the given time, for the given reason (retention). */
    public void keepUntil(Instant until, String reason) {
        this.keepUntil = until;
        this.keepReason = reason;
    }

    public Instant getKeepUntil() {
        return keepUntil;
    }

    public String getKeepReason() {
        return keepReason;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public DatasetKind getKind() {
        return kind;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public int getRowCount() {
        return rowCount;
    }

    public String getSummaryJson() {
        return summaryJson;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
