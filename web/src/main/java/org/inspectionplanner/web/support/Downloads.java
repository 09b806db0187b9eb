package org.inspectionplanner.web.support;

import org.inspectionplanner.web.files.StoredFile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A stored file as a download response. */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> of(StoredFile file, String downloadName) {
        return of(downloadName, file.getContentType(), file.getContent());
    }

    public static ResponseEntity<byte[]> of(String downloadName, String contentType, byte[] content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(downloadName).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(contentType))
                .body(content);
    }
}
