package se.finsambench.webapp.sql;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The one JSON mapper of the SQL workbench (thread-safe once configured). */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }
}
