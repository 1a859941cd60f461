package se.finsambench.webapp.sql;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Ready queries for the three groups of users (national, region, association), from {@code sql/examples.json}. */
public final class ExampleQueries {

    /** One example: who it is for, what it answers, the SQL. */
    public record Example(String group, String title, String sql) {
    }

    private ExampleQueries() {
    }

    public static List<Example> bundled() {
        try (InputStream in = ExampleQueries.class.getResourceAsStream("/sql/examples.json")) {
            if (in == null) {
                return List.of();
            }
            return List.copyOf(Json.MAPPER.readValue(in, new TypeReference<List<Example>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
