package org.inspectionplanner.web.store;

import java.util.List;

/** On the embedded default store, as configured in application.yml (WRITE_DELAY=0, sync: file system). */
class H2KillNineTest extends KillNineTest {

    @Override
    List<String> storeOptions() {
        return List.of();
    }

    @Override
    String profiles() {
        return "demo";
    }
}
