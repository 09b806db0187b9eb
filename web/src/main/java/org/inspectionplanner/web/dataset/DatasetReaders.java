package org.inspectionplanner.web.dataset;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inspectionplanner.data.io.InvalidInputException;

/** Reads an uploaded file of a kind with the project's readers (module data), streaming it. */
public interface DatasetReaders {

    /**
     * @throws InvalidInputException with every problem found, if the file is rejected
     */
    ParsedDataset read(DatasetKind kind, String fileName, InputStream content);

    default ParsedDataset read(DatasetKind kind, String fileName, byte[] content) {
        return read(kind, fileName, new ByteArrayInputStream(content));
    }

    default ParsedDataset read(DatasetKind kind, String fileName, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(kind, fileName, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
