package org.inspectionplanner.web.restart;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;

class H2RestartTest extends RestartTest {

    @TempDir
    static Path dataDir;

    @Override
    List<String> databaseProperties() {
        return List.of("inspection-planner.data-dir=" + dataDir.toAbsolutePath());
    }

    @Override
    String jdbcUrl() {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath() + "/inspection-planner;USER=sa;PASSWORD=";
    }
}
