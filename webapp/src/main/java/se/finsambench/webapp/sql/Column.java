package se.finsambench.webapp.sql;

/** A result column: its label and DuckDB's name for its type (VARCHAR, DOUBLE, DATE, VARCHAR[] …). */
public record Column(String name, String type) {

    /** True for types a chart can put on a value axis. */
    public boolean numeric() {
        return type.matches("(?i)(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?|FLOAT|DOUBLE|REAL|DECIMAL.*|NUMERIC.*)");
    }
}
