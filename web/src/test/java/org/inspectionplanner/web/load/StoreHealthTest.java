package org.inspectionplanner.web.load;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import javax.sql.DataSource;
import org.inspectionplanner.web.testing.TestDoubles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14, finding 3: after the embedded database was closed (there by an OutOfMemoryError), the
 * health endpoint said UP while sign-ins failed. Health must say DOWN when the store cannot serve.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:health-test;DB_CLOSE_DELAY=-1",
        "inspection-planner.load-demo-data=false"})
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import(TestDoubles.class)
@DirtiesContext
class StoreHealthTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    DataSource dataSource;

    @Test
    void healthIsDownOnceTheDatabaseIsClosed() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        new JdbcTemplate(dataSource).execute("SHUTDOWN");
        Thread.sleep(600); // past the pool's window for trusting an idle connection
        mvc.perform(get("/actuator/health")).andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.status").value("DOWN"));
    }
}
