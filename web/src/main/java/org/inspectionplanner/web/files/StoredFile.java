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
import java.time.Instant;

/** The bytes of one file kept in the database: an uploaded source, or an output of a sample or plan. */
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

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;

    protected StoredFile() {
    }

    StoredFile(FileOwner ownerType, long ownerId, String name, String contentType, byte[] content) {
        this.ownerType = ownerType;
        this.ownerId = ownerId;
        this.name = name;
        replace(contentType, content);
    }

    void replace(String contentType, byte[] content) {
        this.contentType = contentType;
        this.content = content;
        this.sizeBytes = content.length;
        this.sha256 = Sha256.hex(content);
        this.createdAt = Instant.now();
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

    public byte[] getContent() {
        return content;
    }
}
