package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tables that lost their tabs in conversion, turned back into tab-separated lines (one line stays
 * one line, so provenance is unchanged):
 * <ul>
 * <li>space-aligned columns ("Kassa och bank      1 281 068     1 757 672");</li>
 * <li>flattened rows under a header that names the columns ("År 2023 2022 2021" then
 * "Verksamhetens intäkter 3 056 3 076 3 084"), where the digit groups are split into exactly as
 * many numbers as the header has columns, and a row that can be split more than one way is left alone.</li>
 * </ul>
 */
public final class PlainTextTables {

    private static final Pattern GAP = Pattern.compile(" {2,}");
    private static final Pattern YEAR_OR_DATE = Pattern.compile("(?<![\\d-])(?:19|20)\\d{2}(?:-\\d{2}-\\d{2})?(?![\\d-])");
    private static final Pattern ROW = Pattern.compile("^(\\D*?\\p{L}[^\\d−–-]*?)\\s+((?:[-−–]?\\d[\\d ,]*%?\\s*)+)$");
    private static final Pattern NOTE_BEFORE_YEARS = Pattern.compile("(?iu)\\bnot\\.?\\s+(?:19|20)\\d{2}");
    private static final Pattern GROUP = Pattern.compile("[-−–]?\\d+(?:,\\d+)?%?");

    private PlainTextTables() {
    }

    public static List<String> tabulate(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        int columns = 0;
        boolean noteColumn = false;
        for (String line : lines) {
            if (line.indexOf('\t') >= 0 || line.isBlank()) {
                columns = line.isBlank() ? 0 : columns;
                out.add(line);
                continue;
            }
            String aligned = spaceAligned(line);
            if (aligned != null) {
                out.add(aligned);
                continue;
            }
            int headerColumns = headerColumns(line);
            if (headerColumns >= 2) {
                noteColumn = NOTE_BEFORE_YEARS.matcher(line).find();
                columns = headerColumns;
                out.add(headerAsCells(line, noteColumn));
                continue;
            }
            String row = columns >= 2 ? flattenedRow(line, columns) : null;
            if (row == null && columns >= 2 && noteColumn) {
                // "Verksamhetens intäkter 2 3 055 998 3 076 034": a note number before the figures.
                row = flattenedRow(line, columns + 1);
                if (row == null) {
                    String plain = flattenedRow(line, columns);
                    row = plain == null ? null : plain.replaceFirst("\t", "\t\t");
                }
            } else if (row != null && noteColumn) {
                row = row.replaceFirst("\t", "\t\t");
            }
            out.add(row != null ? row : line);
            if (row == null && !line.isBlank()) {
                columns = 0;
            }
        }
        return out;
    }

    /** Columns separated by runs of spaces, with figures after the label. */
    static String spaceAligned(String line) {
        String[] cells = GAP.split(line.strip());
        if (cells.length < 2 || line.strip().length() > 200) {
            return null;
        }
        int figures = 0;
        for (int i = 1; i < cells.length; i++) {
            figures += CellValue.parse(cells[i]).isPresent() || YEAR_OR_DATE.matcher(cells[i]).matches() ? 1 : 0;
        }
        return figures >= Math.max(1, cells.length - 2) ? String.join("\t", cells) : null;
    }

    /** "År 2023 2022 2021 2020 2019": the number of year columns, 0 when the line is not such a header. */
    static int headerColumns(String line) {
        Matcher m = YEAR_OR_DATE.matcher(line);
        int count = 0;
        int firstAt = -1;
        while (m.find()) {
            count++;
            firstAt = firstAt < 0 ? m.start() : firstAt;
        }
        if (count < 2 || line.length() > 120) {
            return 0;
        }
        String tail = YEAR_OR_DATE.matcher(line.substring(firstAt)).replaceAll("")
                .replaceAll("(?iu)utfall|budget|prognos|plan|helårsprognos|not|[\\s.]", "");
        return tail.isEmpty() ? count : 0;
    }

    private static String headerAsCells(String line, boolean noteColumn) {
        Matcher m = YEAR_OR_DATE.matcher(line);
        m.find();
        String label = line.substring(0, m.start()).strip();
        if (noteColumn) {
            label = label.replaceFirst("(?iu)\\s*not\\.?$", "") + "\tNot";
        }
        String rest = line.substring(m.start()).strip().replaceAll("((?:19|20)\\d{2}(?:-\\d{2}-\\d{2})?)\\s+", "$1\t");
        return label + "\t" + rest;
    }

    /** A label followed by digit groups that split into exactly {@code columns} numbers one way only. */
    static String flattenedRow(String line, int columns) {
        Matcher m = ROW.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        List<String> groups = new ArrayList<>();
        Matcher g = GROUP.matcher(m.group(2));
        while (g.find()) {
            groups.add(g.group());
        }
        List<List<String>> splits = new ArrayList<>();
        split(groups, 0, columns, new ArrayList<>(), splits);
        if (splits.size() != 1) {
            return null;
        }
        return m.group(1).strip() + "\t" + String.join("\t", splits.get(0));
    }

    private static void split(List<String> groups, int from, int left, List<String> current, List<List<String>> found) {
        if (found.size() > 1) {
            return;
        }
        if (from == groups.size()) {
            if (left == 0) {
                found.add(List.copyOf(current));
            }
            return;
        }
        if (left == 0 || !canStart(groups.get(from))) {
            return;
        }
        StringBuilder number = new StringBuilder(groups.get(from));
        for (int end = from + 1; end <= groups.size(); end++) {
            if (end > from + 1) {
                String next = groups.get(end - 1);
                if (!next.matches("\\d{3}(,\\d+)?%?") || number.toString().contains(",") || number.toString().endsWith("%")) {
                    break;
                }
                number.append(' ').append(next);
            }
            current.add(number.toString());
            split(groups, end, left - 1, current, found);
            current.remove(current.size() - 1);
        }
    }

    private static boolean canStart(String group) {
        String digits = group.replaceAll("^[-−–]", "");
        return digits.matches("(0|[1-9]\\d{0,2})(,\\d+)?%?") || digits.matches("[1-9]\\d{3,}(,\\d+)?%?") && digits.length() <= 4;
    }
}
