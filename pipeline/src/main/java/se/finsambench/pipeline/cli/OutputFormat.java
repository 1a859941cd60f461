package se.finsambench.pipeline.cli;

/** How fact rows are printed. Constant names are the values users type after {@code --format}. */
enum OutputFormat {
    table, csv, json
}
