package se.finsambench.pipeline.read.pdf;

import java.util.List;

/** A part of a flow: lines of prose, or a table. */
sealed interface Block permits Block.Prose, PdfTable {

    /** Lines that are not in a table, top to bottom, to be joined into paragraphs. */
    record Prose(List<TextLine> lines, Flow flow) implements Block {
    }
}
