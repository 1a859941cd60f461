package se.finsambench.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A flow's lines as blocks of prose and tables: bordered tables first ({@link RuledRegions}), then tables
 * without borders among the remaining lines ({@link StreamRegions}); each table's columns and rows are read
 * with {@link TableColumns} and {@link TableRows}.
 */
final class BlockFinder {

    private BlockFinder() {
    }

    static List<Block> blocks(Flow flow, List<Ruling> pageRulings) {
        List<TextLine> lines = flow.lines();
        List<Ruling> rulings = pageRulings.stream()
                .filter(r -> r.x1() >= flow.left() - 5 && r.x0() <= flow.right() + 5).toList();
        List<RuledRegions.Region> ruled = RuledRegions.find(lines, rulings);
        List<Block> blocks = new ArrayList<>();
        int next = 0;
        for (RuledRegions.Region region : ruled) {
            int first = region.lines().get(0);
            int last = region.lines().get(region.lines().size() - 1);
            if (first < next) {
                continue;
            }
            unruled(lines.subList(next, first), flow, blocks);
            blocks.add(ruledTable(flow.page(), lines.subList(first, last + 1), region));
            next = last + 1;
        }
        unruled(lines.subList(next, lines.size()), flow, blocks);
        return blocks;
    }

    private static PdfTable ruledTable(int page, List<TextLine> lines, RuledRegions.Region region) {
        TableColumns columns = TableColumns.fromRulings(region.verticals(), region.top(), region.bottom());
        if (columns.size() < 2) {
            List<TextLine> cells = lines.stream().filter(l -> l.segments().size() >= 2).toList();
            columns = TableColumns.fromText(cells.isEmpty() ? lines : cells);
        }
        int bands = 0;
        int longest = 0;
        List<Ruling> hs = region.horizontals();
        for (int b = 1; b < hs.size(); b++) {
            float top = hs.get(b - 1).y();
            float bottom = hs.get(b).y();
            int n = (int) lines.stream().filter(l -> l.baseline() > top && l.baseline() < bottom).count();
            bands += n > 0 ? 1 : 0;
            longest = Math.max(longest, n);
        }
        boolean rowPerBand = bands >= 3 && longest <= 8;
        return TableRows.read(new PdfTable.Source(lines, pageOf(page, lines), hs, rowPerBand), columns);
    }

    private static List<Integer> pageOf(int page, List<TextLine> lines) {
        return java.util.Collections.nCopies(lines.size(), page);
    }

    private static void unruled(List<TextLine> lines, Flow flow, List<Block> blocks) {
        int next = 0;
        for (int[] region : StreamRegions.find(lines, flow)) {
            if (region[0] > next) {
                blocks.add(new Block.Prose(lines.subList(next, region[0]), flow));
            }
            List<TextLine> table = lines.subList(region[0], region[1]);
            List<TextLine> cells = table.stream().filter(l -> StreamRegions.hasCells(l, flow)).toList();
            blocks.add(TableRows.read(new PdfTable.Source(table, pageOf(flow.page(), table), List.of(), false),
                    TableColumns.fromText(cells)));
            next = region[1];
        }
        if (next < lines.size()) {
            blocks.add(new Block.Prose(lines.subList(next, lines.size()), flow));
        }
    }
}
