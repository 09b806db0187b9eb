package org.inspectionplanner.web.restart;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.inspectionplanner.web.support.PostgresServer;
import org.junit.jupiter.api.BeforeAll;

/** The same on a real PostgreSQL server, with the postgres profile's settings. */
class PostgresRestartTest extends RestartTest {

    private static final String DATABASE = "restart_test";

    @BeforeAll
    static void createDatabase() throws SQLException {
        try (Connection c = PostgresServer.get().getPostgresDatabase().getConnection()) {
            c.createStatement().execute("drop database if exists " + DATABASE);
            c.createStatement().execute("create database " + DATABASE);
        }
    }

    @Override
    List<String> databaseProperties() {
        return List.of(
                "spring.datasource.url=jdbc:postgresql://localhost:" + PostgresServer.get().getPort() + "/" + DATABASE,
                "spring.datasource.username=postgres", "spring.datasource.password=");
    }

    @Override
    String[] profiles() {
        return new String[] {"demo", "postgres"};
    }

    @Override
    String jdbcUrl() {
        return PostgresServer.get().getJdbcUrl("postgres", DATABASE);
    }
}
