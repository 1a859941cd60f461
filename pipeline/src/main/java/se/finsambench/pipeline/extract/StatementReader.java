package se.finsambench.pipeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the figures of a table by its rows: each row's label through the lexicon (or, in revenue and cost
 * groups, as a member or an insats), each column through its resolved header. The last reader in the list: it
 * takes every table the others leave. A balance sheet is read the same way after its equity part
 * ({@link BalanceSheetReader}).
 */
class StatementReader implements TableReader {

    private static final Pattern SUM_LABEL = Pattern.compile("(?iu)^(summa|totalt|total|s:a|sum)\\b.*");
    private static final Pattern BARE_SUM = Pattern.compile("(?iu)^(summa|totalt|total|s:a)$");
    private static final Pattern REVENUE_GROUP = Pattern.compile("(?iu).*intäkter.*|.*bidrag.*|.*finansiering.*");
    private static final Pattern COST_GROUP = Pattern.compile(
            "(?iu).*kostnad.*|verksamhet|administration|.*insatser|kansli.*|övriga kostnader");
    private static final Pattern MEMBER_PREFIX = Pattern.compile(
            "(?iu)^(driftbidrag|medlemsbidrag|medlemsavgift|bidrag|tilldelning|medelstilldelning|medelstillsdelning)\\b.*");
    // A dated or equity line inside a cost group is a closing balance, not an insats.
    private static final Pattern NOT_AN_INSATS = Pattern.compile("(?iu)(?:19|20)\\d{2}-\\d{2}-\\d{2}|eget kapital|prognos|\\d{6}$|\\d\\s?%");
    private static final java.util.Set<String> COST_CATEGORY = java.util.Set.of("costs_individual", "costs_structural", "costs_admin");
    private static final Pattern LABEL_DATE = Dates.DATE;
    private static final Pattern NOTE_NUMBER = Pattern.compile("(?iu)^not\\s*\\d+\\.?\\s*");

    private final ExtractionContext ctx;

    StatementReader(ExtractionContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public boolean accepts(ResolvedTable table) {
        return true;
    }

    @Override
    public void read(ResolvedTable table, FactSink sink) {
        readRows(table, sink, EquityPart.NONE);
    }

    /** Reads every body row the equity part has not taken. */
    final void readRows(ResolvedTable resolved, FactSink sink, EquityPart equity) {
        TableBlock table = resolved.block();
        TableHeader header = resolved.header();
        if (header.problem() != null) {
            sink.problem(header.problem());
        }
        if (resolved.scaleProblem() != null) {
            sink.problem(resolved.scaleProblem());
        }
        SectionKind section = resolved.section();
        MoneyScale scale = resolved.scale();
        String group = table.section() == SectionKind.NOTE ? noteTitle(table.sectionTitle()) : "";
        boolean inRevenue = REVENUE_GROUP.matcher(group).matches();
        boolean inCosts = COST_GROUP.matcher(group).matches() || section == SectionKind.OPERATING_STATEMENT;
        for (int b = 0; b < resolved.body().size(); b++) {
            TableRow row = resolved.body().get(b);
            if (row == null) {
                sink.problem("line " + table.rows().get(header.bodyStart() + b).line() + ": fewer cells than the table has columns;"
                        + " its figures could not be placed and were not used");
                continue;
            }
            String label = row.label();
            if (!row.hasValues()) {
                if (!label.isBlank()) {
                    group = label;
                    if (REVENUE_GROUP.matcher(label).matches()) {
                        inRevenue = true;
                        inCosts = false;
                    } else if (COST_GROUP.matcher(label).matches()) {
                        inCosts = true;
                        inRevenue = false;
                    }
                }
                continue;
            }
            if (equity.takes(b)) {
                continue;
            }
            if (label.isBlank()) {
                if (equity.beforeEquity(b)) {
                    emit(resolved, b, sink, "total_assets", "", resolved.scale());
                }
                continue;
            }
            // "Kommunen 669 9 595 392" under "ÅRETS RESULTAT (mkr)": the row is a body's, the caption its figure.
            ReportingBodies.Body body = ReportingBodies.label(label);
            if (body == ReportingBodies.Body.GROUP) {
                continue;
            }
            String named = body == ReportingBodies.Body.OWN ? group : label;
            RowMeaning meaning = meaning(sink, named, group, section, inRevenue, inCosts);
            if (meaning == null) {
                continue;
            }
            MoneyScale rowScale = MoneyScale.inLabel(named).orElse(resolved.scale());
            if (meaning.concept().equals("revenue_total")) {
                inRevenue = false;
            }
            if (COST_CATEGORY.contains(meaning.concept())) {
                // "Individinriktade insatser  4 147 324" heads the insatser listed under it.
                inCosts = true;
                inRevenue = false;
            }
            emit(resolved, b, sink, meaning.concept(), meaning.member(), rowScale);
            if (meaning.percentConcept() != null) {
                emitAsides(resolved, b, sink, meaning.percentConcept());
            }
        }
    }

    private record RowMeaning(String concept, String member, String percentConcept) {
    }

    private RowMeaning meaning(FactSink sink, String label, String group, SectionKind section, boolean inRevenue, boolean inCosts) {
        String unitless = MoneyScale.withoutUnit(label);
        String lookup = BARE_SUM.matcher(Lexicon.normalise(unitless)).matches() ? group : unitless;
        Optional<Lexicon.Match> m = ctx.lexicon.match(lookup, section);
        if (m.isEmpty() && section == SectionKind.PARTICIPANTS) {
            m = ctx.lexicon.match(lookup, SectionKind.OTHER);
        }
        if (m.isPresent()) {
            return m.get().isStop() ? null : new RowMeaning(m.get().concept(), "", m.get().percentConcept());
        }
        if (!lookup.equals(label) || SUM_LABEL.matcher(label).matches()) {
            return null;
        }
        if (inRevenue || MEMBER_PREFIX.matcher(label).matches()) {
            return ctx.members.resolve(label).map(member -> new RowMeaning("contribution", member, null)).orElse(null);
        }
        if (inCosts && section != SectionKind.BALANCE_SHEET && section != SectionKind.PARTICIPANTS
                && !NOT_AN_INSATS.matcher(label).find()) {
            String member = sink.intervention(label);
            return member.isEmpty() ? null : new RowMeaning("intervention_cost", member, null);
        }
        return null;
    }

    private void emit(ResolvedTable table, int b, FactSink sink, String concept, String member, MoneyScale scale) {
        double sign = 1.0;
        TableRow row = table.body().get(b);
        TableHeader header = table.header();
        Origin origin = Origin.table(table.section());
        LocalDate labelDate = dateIn(row.label());
        Scenario labelScenario = scenarioIn(row.label());
        Map<String, Integer> chosen = choosePeriodColumns(row, header, concept);
        for (int j : chosen.values()) {
            Column col = header.column(j);
            Optional<CellValue> cell = table.cell(b, j);
            if (cell.isEmpty() || (cell.get().dash() && Concepts.unit(concept) != Unit.SEK)
                    || unstatedPeriod(col, labelDate, labelScenario)) {
                continue;
            }
            String c = cell.get().perParticipant() ? "cost_per_participant_reported" : concept;
            LocalDate period = labelDate != null ? labelDate : col.periodEnd();
            Scenario scenario = labelScenario != null ? labelScenario : col.scenario();
            add(sink, c, member, scenario, period, cell.get(), col.scale() != null ? col.scale() : scale, row.line(), sign, origin);
        }
        for (int j = 0; j < header.columns().size(); j++) {
            Column col = header.column(j);
            if (col.kind() == Column.Kind.PERIOD || col.kind() == Column.Kind.IGNORE || header.period() == null) {
                continue;
            }
            Optional<CellValue> cell = table.cell(b, j);
            if (cell.isEmpty() || cell.get().dash()) {
                continue;
            }
            String c = concept;
            String m = member;
            if (col.kind() == Column.Kind.ENTITY) {
                m = sink.intervention(col.entity());
            } else if (col.kind() == Column.Kind.GENDER) {
                c = Concepts.gendered(concept, col.entity());
            }
            if (c != null && !(col.kind() == Column.Kind.ENTITY && m.isEmpty())) {
                add(sink, c, m, Scenario.ACTUAL, header.period(), cell.get(), scale, row.line(), sign, origin);
            }
        }
    }

    /**
     * A column without a caption stands for the document's own period ({@code HeaderResolver}), which only reports
     * have ({@link DocType#hasOwnPeriod}): in minutes the meeting's year is not the figures' (an appendix's budget is
     * for the next year), so there a figure is read only when its row says when and which scenario ("Eget kapital
     * 2021-12-31 enligt prognos").
     */
    private boolean unstatedPeriod(Column col, LocalDate labelDate, Scenario labelScenario) {
        boolean uncaptioned = col.header().isEmpty();
        return uncaptioned && !(ctx.info.docType() != null && ctx.info.docType().hasOwnPeriod())
                && (labelDate == null || labelScenario == null);
    }

    private static void add(FactSink sink, String concept, String member, Scenario scenario, LocalDate period, CellValue cell,
                            MoneyScale scale, int line, double sign, Origin origin) {
        Unit unit = Concepts.unit(concept);
        double factor = unit == Unit.SEK ? (cell.ownScale() != null ? cell.ownScale() : scale).factor : 1;
        sink.add(concept, member, scenario, period, sign * cell.number() * factor, cell.halfUlp() * factor, line, origin);
    }

    private static void emitAsides(ResolvedTable table, int b, FactSink sink, String percentConcept) {
        TableHeader header = table.header();
        for (int j = 0; j < header.columns().size(); j++) {
            Column col = header.column(j);
            Optional<CellValue> cell = table.cell(b, j);
            if (col.kind() == Column.Kind.PERIOD && cell.isPresent() && cell.get().percentAside() != null) {
                sink.add(percentConcept, "", col.scenario(), col.periodEnd(), cell.get().percentAside(), 0.5,
                        table.body().get(b).line(), Origin.ASIDE);
            }
        }
    }

    /**
     * One column per scenario and period: an operating statement has Intäkt/Kostnad/Netto under
     * each; costs are read from Kostnad, revenue from Intäkt, everything else from Netto.
     */
    private static Map<String, Integer> choosePeriodColumns(TableRow row, TableHeader header, String concept) {
        List<String> preference = Concepts.isCost(concept) ? List.of("kostnad", "netto", "")
                : Concepts.isRevenue(concept) ? List.of("intäkt", "netto", "") : List.of("netto", "", "intäkt", "kostnad");
        Map<String, Integer> best = new LinkedHashMap<>();
        Map<String, Integer> bestRank = new LinkedHashMap<>();
        for (int j = 0; j < header.columns().size(); j++) {
            Column col = header.column(j);
            if (col.kind() != Column.Kind.PERIOD || row.cell(j).isBlank()) {
                continue;
            }
            int rank = preference.indexOf(col.measure());
            if (rank < 0) {
                continue;
            }
            String key = col.scenario() + "|" + col.periodEnd();
            if (!bestRank.containsKey(key) || rank < bestRank.get(key)) {
                best.put(key, j);
                bestRank.put(key, rank);
            }
        }
        return best;
    }

    private static String noteTitle(String heading) {
        return NOTE_NUMBER.matcher(heading).replaceFirst("").strip();
    }

    private static LocalDate dateIn(String label) {
        java.util.regex.Matcher m = LABEL_DATE.matcher(label);
        return m.find() && scenarioIn(label) != null ? Dates.toDate(m) : null;
    }

    private static Scenario scenarioIn(String label) {
        String l = label.toLowerCase(java.util.Locale.ROOT);
        if (!LABEL_DATE.matcher(label).find()) {
            return null;
        }
        return l.contains("prognos") ? Scenario.FORECAST : l.contains("budget") ? Scenario.BUDGET : null;
    }
}
