package org.inspectionplanner.web.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.inspectionplanner.web.support.PostgresServer;
import org.junit.jupiter.api.BeforeAll;

/** On a real PostgreSQL server with the postgres profile (synchronous_commit on). */
class PostgresKillNineTest extends KillNineTest {

    private static final String DATABASE = "kill_nine_test";

    @BeforeAll
    static void createDatabase() throws SQLException {
        try (Connection c = PostgresServer.get().getPostgresDatabase().getConnection()) {
            c.createStatement().execute("drop database if exists " + DATABASE);
            c.createStatement().execute("create database " + DATABASE);
        }
    }

    @Override
    List<String> storeOptions() {
        return List.of("--spring.datasource.url=jdbc:postgresql://localhost:" + PostgresServer.get().getPort() + "/" + DATABASE,
                "--spring.datasource.username=postgres", "--spring.datasource.password=");
    }

    @Override
    String profiles() {
        return "demo,postgres";
    }
}
