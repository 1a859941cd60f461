package se.finsambench.webapp.sql;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows as an aligned text table for a terminal, numbers to the right. Kept in memory to measure the columns,
 * which is why the command line caps a table at fewer rows than CSV or JSON.
 */
public final class TextTable implements RowSink {

    private static final int MAX_WIDTH = 60;
    private List<Column> columns = List.of();
    private final List<String[]> rows = new ArrayList<>();

    @Override
    public void start(List<Column> columns) {
        this.columns = List.copyOf(columns);
    }

    @Override
    public boolean row(Object[] values) {
        String[] cells = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            String t = values[i] == null ? "NULL" : Values.text(values[i]).replace('\n', ' ').replace('\t', ' ');
            cells[i] = t.length() > MAX_WIDTH ? t.substring(0, MAX_WIDTH - 1) + "…" : t;
        }
        rows.add(cells);
        return true;
    }

    public void print(PrintWriter out) {
        int n = columns.size();
        int[] width = new int[n];
        for (int i = 0; i < n; i++) {
            width[i] = Math.min(MAX_WIDTH, columns.get(i).name().length());
        }
        for (String[] r : rows) {
            for (int i = 0; i < n; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        StringBuilder rule = new StringBuilder();
        String[] header = new String[n];
        for (int i = 0; i < n; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
            String name = columns.get(i).name();
            header[i] = name.length() > MAX_WIDTH ? name.substring(0, MAX_WIDTH - 1) + "…" : name;
        }
        out.println(line(header, width, false));
        out.println(rule);
        for (String[] r : rows) {
            out.println(line(r, width, true));
        }
        out.flush();
    }

    private String line(String[] cells, int[] width, boolean alignNumbers) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            boolean right = alignNumbers && columns.get(i).numeric();
            String pad = " ".repeat(width[i] - cells[i].length());
            sb.append(i == 0 ? "" : " | ").append(right ? pad + cells[i] : cells[i] + pad);
        }
        return sb.toString().stripTrailing();
    }
}
