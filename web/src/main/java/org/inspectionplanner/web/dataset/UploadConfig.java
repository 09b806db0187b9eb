package org.inspectionplanner.web.dataset;

import jakarta.servlet.MultipartConfigElement;
import org.inspectionplanner.web.files.BlobDirectory;
import org.springframework.boot.autoconfigure.web.servlet.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servlet container writes an upload's file part (beyond the in-memory threshold) straight into
 * the data directory's incoming folder, so storing it later is a rename on the same disk.
 */
@Configuration
class UploadConfig {

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties multipart, BlobDirectory blobs) {
        return new MultipartConfigElement(blobs.incomingDirectory().toString(),
                multipart.getMaxFileSize().toBytes(), multipart.getMaxRequestSize().toBytes(),
                (int) multipart.getFileSizeThreshold().toBytes());
    }
}
