package se.finsambench.webapp.sql;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class DuckDbErrorsTest {

    @Test
    void aMistakeKeepsDuckDbsHintAndTheMarkerUnderThePosition() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE associations(id INTEGER)");
            SQLException e = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class,
                    () -> s.executeQuery("SELECT * FROM association"));
            String message = DuckDbErrors.translate(e).getMessage();
            assertTrue(message.contains("Did you mean \"associations\""), message);
            assertTrue(message.contains("LINE 1: SELECT * FROM association"), message);
            assertTrue(message.lines().anyMatch(l -> l.strip().equals("^")), message);
        }
    }
}
