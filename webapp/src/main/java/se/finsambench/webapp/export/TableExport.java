package se.finsambench.webapp.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.finsambench.webapp.pages.Table;

/** A page's table as CSV (commons-csv) or XLSX (Apache POI, streamed), with the rows and columns the page shows. */
public final class TableExport {

    private TableExport() {
    }

    public static void csv(Table table, List<?> rows, CsvDialect dialect, OutputStream out) throws IOException {
        if (dialect.byteOrderMark) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(dialect.delimiter)
                .setHeader(table.columns().stream().map(Table.Column::header).toArray(String[]::new)).get();
        try (CSVPrinter csv = new CSVPrinter(w, format)) {
            for (Object row : rows) {
                for (Table.Column c : table.columns()) {
                    csv.print(text(c, c.value().apply(row), dialect));
                }
                csv.println();
            }
        }
    }

    public static void xlsx(Table table, List<?> rows, String sheetTitle, OutputStream out) throws IOException {
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Sheet sheet = book.createSheet(safeSheetName(sheetTitle));
            CellStyle head = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            head.setFont(bold);
            Map<Table.Kind, CellStyle> styles = new java.util.EnumMap<>(Table.Kind.class);
            for (Table.Kind k : Table.Kind.values()) {
                CellStyle s = book.createCellStyle();
                s.setDataFormat(book.createDataFormat().getFormat(switch (k) {
                    case INTEGER, KR -> "# ##0";
                    case PERCENT -> "0.0";
                    case DECIMAL -> "0.00";
                    default -> "@";
                }));
                styles.put(k, s);
            }
            Row header = sheet.createRow(0);
            for (int i = 0; i < table.columns().size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(table.columns().get(i).header());
                cell.setCellStyle(head);
            }
            int r = 1;
            for (Object row : rows) {
                Row line = sheet.createRow(r++);
                for (int i = 0; i < table.columns().size(); i++) {
                    Table.Column c = table.columns().get(i);
                    Object v = c.value().apply(row);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = line.createCell(i);
                    if (v instanceof Number n && c.kind() != Table.Kind.TEXT) {
                        cell.setCellValue(n.doubleValue());
                        cell.setCellStyle(styles.get(c.kind()));
                    } else {
                        cell.setCellValue(String.valueOf(v));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            book.write(out);
            book.dispose();
        }
    }

    /** A number with its unit's decimals and the dialect's decimal sign, no thousands separator (Excel reads it). */
    static String text(Table.Column c, Object v, CsvDialect dialect) {
        if (v == null) {
            return "";
        }
        if (v instanceof Number n && c.kind().decimals >= 0) {
            String s = BigDecimal.valueOf(n.doubleValue()).setScale(c.kind().decimals, RoundingMode.HALF_UP).toPlainString();
            return dialect.decimal == '.' ? s : s.replace('.', dialect.decimal);
        }
        if (v instanceof List<?> list) {
            return String.join(", ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(v);
    }

    private static String safeSheetName(String title) {
        String s = title.replaceAll("[\\\\/?*\\[\\]:]", " ").strip();
        return s.isEmpty() ? "Tabell" : s.length() > 31 ? s.substring(0, 31) : s;
    }

    /**
     * page-table-filter-values.ext with the applied filters in the order the page states them, each reduced to
     * letters, digits and -, so the file says what it holds ("jamforelse-rangordning-admin_share-2023-helar-lan-12.csv").
     */
    public static String fileName(String page, String table, Map<?, ?> filters, String extension) {
        StringBuilder sb = new StringBuilder(page).append('-').append(table);
        if (filters != null) {
            for (Object v : filters.values()) {
                if (v != null && !String.valueOf(v).isBlank()) {
                    sb.append('-').append(String.valueOf(v));
                }
            }
        }
        String ascii = java.text.Normalizer.normalize(sb.toString(), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z0-9_-]+", "-").replaceAll("-{2,}", "-");
        return (ascii.length() > 150 ? ascii.substring(0, 150) : ascii) + "." + extension;
    }
}
