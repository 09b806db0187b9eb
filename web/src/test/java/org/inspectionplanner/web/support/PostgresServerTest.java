package org.inspectionplanner.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class PostgresServerTest {

    @Test
    void aRealPostgresqlServerAnswers() throws Exception {
        try (Connection c = PostgresServer.get().getPostgresDatabase().getConnection();
             ResultSet rs = c.createStatement().executeQuery("select version()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("PostgreSQL 14");
        }
    }
}
