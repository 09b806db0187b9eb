package org.inspectionplanner.data.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder given where a file is expected is bad input naming the path, for every reader. */
class InputFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFolderIsBadInputForEveryReader() {
        List<Consumer<Path>> readers = List.of(
                CaseloadCsv::read, Caseloads::read, MojLongList::read, RosterCsv::read,
                InspectionsCsv::read, CapacityCsv::read, CalendarCsv::read,
                p -> CsvTable.open(p, List.of("a"), List.of("a")).close());
        for (Consumer<Path> reader : readers) {
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> reader.accept(dir));
            assertThat(e).as("a folder must be rejected as bad input").isNotNull();
            assertThat(e.problems()).singleElement().hasToString(dir + ":0:0: is a folder, not a file; give the path of a file");
        }
    }

    @Test
    void aMissingFileIsBadInput() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> RosterCsv.read(dir.resolve("nope.csv")));
        assertThat(e.getMessage()).endsWith("nope.csv:0:0: file not found");
    }
}
