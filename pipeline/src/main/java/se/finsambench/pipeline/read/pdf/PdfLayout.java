package se.finsambench.pipeline.read.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import se.finsambench.pipeline.read.Cancellation;

/**
 * A document's pages to text in reading order: page furniture dropped ({@link PageFurniture}), each page's
 * flows ({@link TextFlows}) read as prose and tables ({@link BlockFinder}, {@link Paragraphs}). A table
 * that goes on over a page break with the same columns stays one table (its header repeated on the next
 * page is read once); a paragraph broken by a page or column break stays one paragraph.
 */
final class PdfLayout {

    private PdfLayout() {
    }

    static PdfText read(List<PdfPage> rawPages, boolean ocr) {
        List<PdfPage> pages = PageFurniture.remove(rawPages);
        float[] margins = margins(pages);
        LinePitch pitch = new LinePitch(pages);
        List<List<Block>> pageBlocks = new ArrayList<>();
        float[] gutter = null;
        for (PdfPage page : pages) {
            Cancellation.check();
            List<Block> blocks = new ArrayList<>();
            TextFlows.Split split = TextFlows.of(page, margins[0], margins[1], gutter);
            for (Flow flow : split.flows()) {
                blocks.addAll(BlockFinder.blocks(flow, page.rulings()));
            }
            gutter = split.gutterAtEnd();
            if (!pageBlocks.isEmpty()) {
                PageBreaks.mend(pageBlocks.get(pageBlocks.size() - 1), blocks);
            }
            pageBlocks.add(blocks);
        }
        List<Object> order = new ArrayList<>();
        for (List<Block> blocks : pageBlocks) {
            for (Block block : blocks) {
                if (block instanceof Block.Prose prose) {
                    Paragraphs.of(prose, pitch).forEach(p -> add(order, p));
                } else {
                    add(order, block);
                }
            }
        }
        return emit(order, new BrokenWords(rawPages), ocr);
    }

    private static void add(List<Object> order, Object item) {
        Object last = order.isEmpty() ? null : order.get(order.size() - 1);
        if (item instanceof Paragraph p && last instanceof Paragraph q && q.flow() != p.flow()
                && q.wrapsInto(p.first(), p.flow())) {
            order.set(order.size() - 1, q.followedBy(p));
        } else if (item instanceof PdfTable t && last instanceof PdfTable s && s.continuedBy(t)
                && !s.pages().get(s.pages().size() - 1).equals(t.pages().get(0))) {
            order.set(order.size() - 1, s.followedBy(t));
        } else {
            order.add(item);
        }
    }

    private static PdfText emit(List<Object> order, BrokenWords words, boolean ocr) {
        List<String> lines = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        Object previous = null;
        for (Object item : order) {
            if (item instanceof Paragraph p) {
                if (previous instanceof PdfTable || previous != null && p.spaced()) {
                    lines.add("");
                    pages.add(p.page());
                }
                lines.add(p.text());
                pages.add(p.page());
            } else if (item instanceof PdfTable t) {
                if (previous != null) {
                    lines.add("");
                    pages.add(t.pages().get(0));
                }
                for (int r = 0; r < t.rows().size(); r++) {
                    lines.add(String.join("\t", t.rows().get(r).stream().map(words::repair).toList()));
                    pages.add(t.pages().get(r));
                }
            }
            previous = item;
        }
        return new PdfText(lines, pages, ocr);
    }

    /** Where the body text starts and where full lines end, over the whole document. */
    static float[] margins(List<PdfPage> pages) {
        List<Float> starts = new ArrayList<>();
        List<Float> ends = new ArrayList<>();
        for (PdfPage page : pages) {
            for (TextLine line : page.lines()) {
                starts.add(line.x0());
                if (line.words().size() >= 4) {
                    ends.add(line.x1());
                }
            }
        }
        if (starts.isEmpty()) {
            return new float[] {0, 0};
        }
        if (ends.isEmpty()) {
            pages.forEach(p -> p.lines().forEach(l -> ends.add(l.x1())));
        }
        return new float[] {percentile(starts, 0.05), percentile(ends, 0.97)};
    }

    private static float percentile(List<Float> values, double p) {
        float[] sorted = new float[values.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = values.get(i);
        }
        Arrays.sort(sorted);
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
    }
}
