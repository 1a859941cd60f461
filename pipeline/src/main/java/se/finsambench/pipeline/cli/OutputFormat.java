package se.finsambench.pipeline.cli;

/**
 * How {@code extract} prints. Constant names are the values users type after {@code --format}; {@code lines} prints
 * a document's normalised text with line numbers instead of its facts.
 */
enum OutputFormat {
    table, csv, json, lines
}
