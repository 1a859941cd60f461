package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import se.finsambench.pipeline.read.Cancellation;

/**
 * Resolves every table of a document once: header, body rows lined up, cells read, unit and section. The
 * statements' unit (the first income statement or balance sheet that declares one) is known before any table
 * is resolved, because notes without a unit of their own use it.
 */
final class TableResolver {

    /** A samordningsförbund's amounts stay below this; a table "in tkr" printing more is in kronor. */
    private static final double IMPLAUSIBLE_SEK = 5e8;
    private static final Pattern NOTE_HEADER = Pattern.compile("(?iu)not|nr|");

    private TableResolver() {
    }

    static List<ResolvedTable> resolve(Layout layout, DocumentInfo info) {
        List<TableBlock> blocks = layout.tables();
        List<TableHeader> headers = new ArrayList<>(blocks.size());
        Map<String, Column> columnsByText = new HashMap<>();
        for (TableBlock block : blocks) {
            headers.add(HeaderResolver.resolve(block, info, columnsByText));
        }
        MoneyScale statements = statementScale(blocks, headers);
        List<ResolvedTable> out = new ArrayList<>(blocks.size());
        ResolvedTable previous = null;
        for (int t = 0; t < blocks.size(); t++) {
            Cancellation.check();
            ResolvedTable table = resolve(blocks.get(t), headers.get(t), statements, previous, info.associationId() != null);
            out.add(table);
            previous = table.contents() ? previous : table;
        }
        return out;
    }

    private static ResolvedTable resolve(TableBlock block, TableHeader header, MoneyScale statements, ResolvedTable previous,
                                         boolean association) {
        boolean entityColumns = header.columns().stream().anyMatch(c -> c.kind() == Column.Kind.ENTITY);
        SectionKind section = entityColumns ? SectionKind.PARTICIPANTS : block.section();
        List<TableRow> body = new ArrayList<>();
        List<List<Optional<CellValue>>> cells = new ArrayList<>();
        for (int r = header.bodyStart(); r < block.rows().size(); r++) {
            TableRow row = aligned(block.rows().get(r), header);
            body.add(row);
            List<Optional<CellValue>> read = new ArrayList<>();
            if (row != null) {
                for (String c : row.cells()) {
                    read.add(CellValue.parse(c));
                }
            }
            cells.add(read);
        }
        MoneyScale declared = header.scale() != null ? header.scale() : block.section() == SectionKind.NOTE ? statements : MoneyScale.KR;
        MoneyScale scale = declared;
        String scaleProblem = null;
        // Only a samordningsförbund's size is known; a municipality's page in mnkr may print billions.
        if (association && declared != MoneyScale.KR && largestAmount(block, header) * declared.factor > IMPLAUSIBLE_SEK) {
            scale = MoneyScale.KR;
            if (header.scale() != null) {
                scaleProblem = "table at line " + block.firstLine() + " says " + declared.name().toLowerCase(java.util.Locale.ROOT)
                        + " but its amounts are too large for that; read as kronor";
            }
        }
        boolean contents = block.section() == SectionKind.TOC || TableOfContents.looksLikeOne(block);
        return new ResolvedTable(block, header, body, cells, scale, scaleProblem, section, contents, previous);
    }

    /** A table that says tkr but prints amounts in kronor (seen in real reports) is read as kronor. */
    private static double largestAmount(TableBlock block, TableHeader header) {
        double max = 0;
        for (int r = header.bodyStart(); r < block.rows().size(); r++) {
            for (String c : block.rows().get(r).cells()) {
                Optional<CellValue> v = CellValue.parse(c);
                if (v.isPresent() && v.get().ownScale() == null) {
                    max = Math.max(max, Math.abs(v.get().number()));
                }
            }
        }
        return max;
    }

    /**
     * A row with fewer cells than its header (a PDF does not show empty cells) is placed only when the
     * missing cells can be nothing but leading note columns; otherwise null, and it is not read.
     */
    private static TableRow aligned(TableRow row, TableHeader header) {
        int needed = 0;
        for (int j = 0; j < header.columns().size(); j++) {
            needed = header.column(j).kind() != Column.Kind.IGNORE ? j + 1 : needed;
        }
        int missing = needed - row.cells().size();
        if (missing <= 0 || !row.hasValues() || header.bodyStart() == 0) {
            return row;
        }
        int leadingIgnored = 0;
        while (leadingIgnored < header.columns().size() && header.column(leadingIgnored).kind() == Column.Kind.IGNORE
                && NOTE_HEADER.matcher(header.column(leadingIgnored).header()).matches()) {
            leadingIgnored++;
        }
        if (missing > leadingIgnored) {
            return null;
        }
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < missing; i++) {
            cells.add("");
        }
        cells.addAll(row.cells());
        return new TableRow(row.line(), row.label(), cells);
    }

    private static MoneyScale statementScale(List<TableBlock> blocks, List<TableHeader> headers) {
        for (int t = 0; t < blocks.size(); t++) {
            SectionKind s = blocks.get(t).section();
            if ((s == SectionKind.INCOME_STATEMENT || s == SectionKind.BALANCE_SHEET) && headers.get(t).scale() != null) {
                return headers.get(t).scale();
            }
        }
        return MoneyScale.KR;
    }
}
