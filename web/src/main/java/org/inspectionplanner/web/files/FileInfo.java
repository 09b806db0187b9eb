package org.inspectionplanner.web.files;

import java.time.Instant;

/** A stored file's description, without its bytes. */
public record FileInfo(String name, String contentType, long sizeBytes, String sha256, Instant createdAt) {
}
