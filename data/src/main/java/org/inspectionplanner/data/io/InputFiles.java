package org.inspectionplanner.data.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens an input file. A missing file, a folder or an unreadable file is the user's mistake, so it
 * is bad input naming the path (exit 2 in the CLI), never an internal error: on Linux a folder opens
 * without complaint and only fails at the first read, deep inside a reader.
 */
public final class InputFiles {

    private InputFiles() {
    }

    public static InputStream open(Path file) {
        return open(file, file.toString());
    }

    /** As {@link #open(Path)}, naming the file as {@code source} in the message. */
    public static InputStream open(Path file, String source) {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(source, "is a folder, not a file; give the path of a file");
        }
        try {
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(source, "file not found");
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(source, "cannot read the file: permission denied");
        } catch (IOException e) {
            throw new InvalidInputException(source, "cannot read the file: " + e.getMessage());
        }
    }
}
