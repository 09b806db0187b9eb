package org.inspectionplanner.web.files;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;

/**
 * One stored file (an uploaded source, or an output of a sample or plan): its description here, its
 * bytes in the data directory under {@code location}. Rows written before issue 14 hold their bytes
 * in {@code content} instead.
 */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_type", nullable = false, length = 20)
    private FileOwner ownerType;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(length = 100)
    private String location;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    /** The bytes read from the data directory by {@link FileStore#get}; not a column. */
    @Transient
    private byte[] loaded;

    protected StoredFile() {
    }

    StoredFile(FileOwner ownerType, long ownerId, String name, String contentType, BlobDirectory.Written blob) {
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.name = name;
        replace(contentType, blob);
    }

    /** Points the row at new bytes; returns the location of the old ones, or null. */
    String replace(String contentType, BlobDirectory.Written blob) {
        String old = this.location;
        this.contentType = contentType;
        this.location = blob.location();
        this.content = null;
        this.sizeBytes = blob.sizeBytes();
        this.sha256 = blob.sha256();
        this.createdAt = Instant.now();
        return old;
    }

    String getLocation() {
        return location;
    }

    /** The legacy in-row bytes (null for files kept in the data directory). */
    byte[] rowContent() {
        return content;
    }

    void setLoaded(byte[] loaded) {
        this.loaded = loaded;
    }

    public Long getId() {
        return id;
    }

    public FileOwner getOwnerType() {
        return ownerType;
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getName() {
        return name;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The bytes, as {@link FileStore#get} read them. */
    public byte[] getContent() {
        return loaded != null ? loaded : content;
    }
}
