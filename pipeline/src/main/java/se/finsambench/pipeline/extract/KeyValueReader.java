package se.finsambench.pipeline.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Two-column profile tables of one insats ("Mottagningsteamet" / "Antal deltagare  83 deltagare" /
 * "Budget  1 239 756 kr." / "Kostnad/deltagare  11 862 kr/deltagare"). Free-text cells are read as
 * prose about that insats.
 */
final class KeyValueReader implements TableReader {

    private static final Pattern BUDGET = Pattern.compile("(?iu)^budget(erat)?$");
    private static final Pattern OUTCOME = Pattern.compile("(?iu)^(utfall|kostnad|kostnader)$");

    private final ExtractionContext ctx;
    private final ProseReader prose;

    KeyValueReader(ExtractionContext ctx, ProseReader prose) {
        this.ctx = ctx;
        this.prose = prose;
    }

    @Override
    public boolean accepts(ResolvedTable table) {
        return isProfile(table.block());
    }

    /** A profile: one value column, and text in it rather than figures only. */
    static boolean isProfile(TableBlock table) {
        int width = table.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        if (width != 1 || table.rows().size() < 2) {
            return false;
        }
        boolean titleRow = !table.rows().get(0).hasValues();
        long text = table.rows().stream().skip(HeaderResolver.isHeaderRow(table.rows().get(0)) ? 1 : 0)
                .filter(r -> r.hasValues() && CellValue.parse(r.cell(0)).isEmpty()).count();
        return titleRow || text > 0;
    }

    @Override
    public void read(ResolvedTable resolved, FactSink sink) {
        TableBlock table = resolved.block();
        List<TableRow> rows = table.rows();
        String title = rows.get(0).hasValues() ? ctx.layout.headingAbove(table.firstLine() - 1) : rows.get(0).label();
        String member = sink.intervention(title);
        LocalDate period = ctx.defaultPeriod(Scenario.ACTUAL, null);
        for (TableRow row : rows) {
            if (!row.hasValues() || row.label().isBlank() || member.isEmpty()) {
                continue;
            }
            String value = row.cell(0);
            String key = Lexicon.normalise(row.label());
            Optional<Lexicon.Match> m = ctx.lexicon.match(row.label(), SectionKind.OTHER);
            if (BUDGET.matcher(key).matches()) {
                amount(sink, row, value, "intervention_cost", member, Scenario.BUDGET);
            } else if (OUTCOME.matcher(key).matches()) {
                amount(sink, row, value, "intervention_cost", member, Scenario.ACTUAL);
            } else if (m.isPresent() && !m.get().isStop() && Concepts.unit(m.get().concept()) == Unit.COUNT) {
                count(sink, row, value, m.get().concept(), member, period);
            } else if (m.isPresent() && m.get().concept().equals("cost_per_participant_reported")) {
                amount(sink, row, value, "cost_per_participant_reported", member, Scenario.ACTUAL);
            } else {
                prose.readText(value, row.line(), member);
            }
        }
    }

    private void amount(FactSink sink, TableRow row, String value, String concept, String member, Scenario scenario) {
        Optional<CellValue> cell = CellValue.parse(value);
        if (cell.isEmpty() || cell.get().dash()) {
            return;
        }
        String c = cell.get().perParticipant() ? "cost_per_participant_reported" : concept;
        double factor = cell.get().ownScale() == null ? 1 : cell.get().ownScale().factor;
        sink.add(c, member, scenario, ctx.defaultPeriod(scenario, null), cell.get().number() * factor,
                cell.get().halfUlp() * factor, row.line(), Origin.PROFILE);
    }

    /** "83 deltagare. Därutöver 87 rådgivande samtal": the number the unit word follows. */
    private void count(FactSink sink, TableRow row, String value, String concept, String member, LocalDate period) {
        List<NumberToken> tokens = SwedishNumbers.findAll(value);
        NumberToken chosen = null;
        if (tokens.size() == 1 && !tokens.get(0).percent()) {
            chosen = tokens.get(0);
        } else {
            for (NumberToken t : tokens) {
                String after = value.substring(t.end()).strip().toLowerCase(java.util.Locale.ROOT);
                if (!t.percent() && (after.startsWith("deltagare") || after.startsWith("personer"))) {
                    chosen = t;
                    break;
                }
            }
        }
        if (chosen != null) {
            sink.add(concept, member, Scenario.ACTUAL, period, chosen.value(), 0.5, row.line(), Origin.PROFILE);
        }
    }
}
