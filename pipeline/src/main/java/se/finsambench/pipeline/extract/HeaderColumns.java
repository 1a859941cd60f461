package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * A header's value columns as {@link FigureRun} needs them: which are notes, which years belong to one body
 * (a new run of years starts at a note column or where a year repeats), and the notes placed so far.
 */
record HeaderColumns(List<FigureRun.Slot> slots, int[] groups, int[] lastNotes, int leadingNotes) {

    /** Columns without captions: values, none compared with another in size. */
    static HeaderColumns unnamed(int count) {
        int[] groups = new int[count];
        for (int i = 0; i < count; i++) {
            groups[i] = i;
        }
        return new HeaderColumns(java.util.Collections.nCopies(count, FigureRun.Slot.VALUE), groups, new int[count], 0);
    }

    /** A run of figures split into the columns [from, to), or null (see {@link FigureRun#split}). */
    List<String> split(String figures, int from, int to) {
        return FigureRun.split(figures, slots.subList(from, to), java.util.Arrays.copyOfRange(groups, from, to),
                java.util.Arrays.copyOfRange(lastNotes, from, to));
    }

    static HeaderColumns of(List<String> header) {
        List<FigureRun.Slot> slots = new ArrayList<>();
        List<String> cells = header.subList(1, header.size());
        int[] groups = new int[cells.size()];
        int group = 0;
        java.util.Set<String> years = new java.util.HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            boolean note = PlainTextTables.NOTE_COLUMN.matcher(cells.get(i).strip()).matches();
            slots.add(note ? FigureRun.Slot.NOTE : FigureRun.Slot.VALUE);
            if (note) {
                group += years.isEmpty() ? 0 : 1;
                years.clear();
                groups[i] = -1;
                continue;
            }
            if (!years.add(cells.get(i).strip())) {
                group++;
                years.clear();
                years.add(cells.get(i).strip());
            }
            groups[i] = group;
        }
        return new HeaderColumns(List.copyOf(slots), groups, new int[cells.size()], leadingNoteColumns(header));
    }

    void noted(List<String> placed) {
        for (int i = 0; i < placed.size(); i++) {
            if (slots.get(i) == FigureRun.Slot.NOTE) {
                lastNotes[i] = Math.max(lastNotes[i], FigureRun.noteNumber(placed.get(i)));
            }
        }
    }

    private static int leadingNoteColumns(List<String> header) {
        int n = 0;
        for (int i = 1; i < header.size() && PlainTextTables.NOTE_COLUMN.matcher(header.get(i).strip()).matches(); i++) {
            n++;
        }
        return n;
    }
}
