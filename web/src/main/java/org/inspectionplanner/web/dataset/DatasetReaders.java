package org.inspectionplanner.web.dataset;

import org.inspectionplanner.data.io.InvalidInputException;

/** Reads an uploaded file of a kind with the project's readers (module data). */
public interface DatasetReaders {

    /**
     * @throws InvalidInputException with every problem found, if the file is rejected
     */
    ParsedDataset read(DatasetKind kind, String fileName, byte[] content);
}
