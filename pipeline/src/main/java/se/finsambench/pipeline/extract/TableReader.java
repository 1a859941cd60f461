package se.finsambench.pipeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the figures of one table: each row's label through the lexicon (or, in revenue and cost
 * groups, as a member or an insats), each column through its resolved header.
 */
final class TableReader {

    private static final double IMPLAUSIBLE_SEK = 5e8;
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
    private static final Pattern NOTE_HEADER = Pattern.compile("(?iu)not|nr|");
    private static final Pattern NOTE_NUMBER = Pattern.compile("(?iu)^not\\s*\\d+\\.?\\s*");

    private final ExtractionContext ctx;

    TableReader(ExtractionContext ctx) {
        this.ctx = ctx;
    }

    void read(TableBlock table) {
        TableHeader header = HeaderResolver.resolve(table, ctx.info);
        if (header.problem() != null) {
            ctx.problems.add(header.problem());
        }
        boolean entityColumns = header.columns().stream().anyMatch(c -> c.kind() == Column.Kind.ENTITY);
        SectionKind section = entityColumns ? SectionKind.PARTICIPANTS : table.section();
        MoneyScale scale = plausibleScale(table, header);
        BalanceSheetEquity equity = section == SectionKind.BALANCE_SHEET ? new BalanceSheetEquity(ctx, table, header, scale) : null;
        String group = table.section() == SectionKind.NOTE ? noteTitle(table.sectionTitle()) : "";
        boolean inRevenue = REVENUE_GROUP.matcher(group).matches();
        boolean inCosts = COST_GROUP.matcher(group).matches() || section == SectionKind.OPERATING_STATEMENT;
        for (int r = header.bodyStart(); r < table.rows().size(); r++) {
            TableRow row = aligned(table.rows().get(r), header);
            if (row == null) {
                ctx.problems.add("line " + table.rows().get(r).line() + ": fewer cells than the table has columns;"
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
                if (equity != null) {
                    equity.group(row);
                }
                continue;
            }
            if (equity != null && equity.absorbs(row)) {
                continue;
            }
            if (label.isBlank()) {
                if (equity != null && !equity.started()) {
                    emit(row, "total_assets", "", header, scale, section, 1.0);
                }
                continue;
            }
            RowMeaning meaning = meaning(label, group, section, inRevenue, inCosts);
            if (meaning == null) {
                continue;
            }
            if (meaning.concept().equals("revenue_total")) {
                inRevenue = false;
            }
            if (COST_CATEGORY.contains(meaning.concept())) {
                // "Individinriktade insatser  4 147 324" heads the insatser listed under it.
                inCosts = true;
                inRevenue = false;
            }
            emit(row, meaning.concept(), meaning.member(), header, scale, section, 1.0);
            if (meaning.percentConcept() != null) {
                emitAsides(row, meaning.percentConcept(), header);
            }
        }
        if (equity != null) {
            equity.finish();
        }
    }

    private record RowMeaning(String concept, String member, String percentConcept) {
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

    private RowMeaning meaning(String label, String group, SectionKind section, boolean inRevenue, boolean inCosts) {
        String lookup = BARE_SUM.matcher(Lexicon.normalise(label)).matches() ? group : label;
        Optional<Lexicon.Match> m = ctx.lexicon.match(lookup, section);
        if (m.isEmpty() && section == SectionKind.PARTICIPANTS) {
            m = ctx.lexicon.match(lookup, SectionKind.OTHER);
        }
        if (m.isPresent()) {
            return m.get().isStop() ? null : new RowMeaning(m.get().concept(), "", m.get().percentConcept());
        }
        if (lookup != label || SUM_LABEL.matcher(label).matches()) {
            return null;
        }
        if (inRevenue || MEMBER_PREFIX.matcher(label).matches()) {
            return ctx.members.resolve(label).map(member -> new RowMeaning("contribution", member, null)).orElse(null);
        }
        if (inCosts && section != SectionKind.BALANCE_SHEET && section != SectionKind.PARTICIPANTS
                && !NOT_AN_INSATS.matcher(label).find()) {
            String member = ctx.intervention(label);
            return member.isEmpty() ? null : new RowMeaning("intervention_cost", member, null);
        }
        return null;
    }

    private void emit(TableRow row, String concept, String member, TableHeader header, MoneyScale scale,
                      SectionKind section, double sign) {
        String origin = "table:" + section.id();
        LocalDate labelDate = dateIn(row.label());
        Scenario labelScenario = scenarioIn(row.label());
        Map<String, Integer> chosen = choosePeriodColumns(row, header, concept);
        for (int j : chosen.values()) {
            Column col = header.column(j);
            Optional<CellValue> cell = CellValue.parse(row.cell(j));
            if (cell.isEmpty() || (cell.get().dash() && Concepts.unit(concept) != Unit.SEK)) {
                continue;
            }
            String c = cell.get().perParticipant() ? "cost_per_participant_reported" : concept;
            LocalDate period = labelDate != null ? labelDate : col.periodEnd();
            Scenario scenario = labelScenario != null ? labelScenario : col.scenario();
            add(c, member, scenario, period, cell.get(), col.scale() != null ? col.scale() : scale, row.line(), sign, origin);
        }
        for (int j = 0; j < header.columns().size(); j++) {
            Column col = header.column(j);
            if (col.kind() == Column.Kind.PERIOD || col.kind() == Column.Kind.IGNORE || header.period() == null) {
                continue;
            }
            Optional<CellValue> cell = CellValue.parse(row.cell(j));
            if (cell.isEmpty() || cell.get().dash()) {
                continue;
            }
            String c = concept;
            String m = member;
            if (col.kind() == Column.Kind.ENTITY) {
                m = ctx.intervention(col.entity());
            } else if (col.kind() == Column.Kind.GENDER) {
                c = Concepts.gendered(concept, col.entity());
            }
            if (c != null && !(col.kind() == Column.Kind.ENTITY && m.isEmpty())) {
                add(c, m, Scenario.ACTUAL, header.period(), cell.get(), scale, row.line(), sign, origin);
            }
        }
    }

    private void add(String concept, String member, Scenario scenario, LocalDate period, CellValue cell,
                     MoneyScale scale, int line, double sign, String origin) {
        Unit unit = Concepts.unit(concept);
        double factor = unit == Unit.SEK ? (cell.ownScale() != null ? cell.ownScale() : scale).factor : 1;
        ctx.add(concept, member, scenario, period, sign * cell.number() * factor, cell.halfUlp() * factor, line, 0.9, origin);
    }

    private void emitAsides(TableRow row, String percentConcept, TableHeader header) {
        for (int j = 0; j < header.columns().size(); j++) {
            Column col = header.column(j);
            Optional<CellValue> cell = CellValue.parse(row.cell(j));
            if (col.kind() == Column.Kind.PERIOD && cell.isPresent() && cell.get().percentAside() != null) {
                ctx.add(percentConcept, "", col.scenario(), col.periodEnd(), cell.get().percentAside(), 0.5, row.line(), 0.9,
                        "table:aside");
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

    /** A table that says tkr but prints amounts in kronor (seen in real reports) is read as kronor. */
    private MoneyScale plausibleScale(TableBlock table, TableHeader header) {
        // Notes to the statements rarely repeat the unit; they share the statements'.
        MoneyScale declared = header.scale() != null ? header.scale()
                : table.section() == SectionKind.NOTE ? ctx.statementScale : MoneyScale.KR;
        if (declared == MoneyScale.KR) {
            return MoneyScale.KR;
        }
        double max = 0;
        for (int r = header.bodyStart(); r < table.rows().size(); r++) {
            for (String c : table.rows().get(r).cells()) {
                Optional<CellValue> v = CellValue.parse(c);
                if (v.isPresent() && v.get().ownScale() == null) {
                    max = Math.max(max, Math.abs(v.get().number()));
                }
            }
        }
        if (max * declared.factor > IMPLAUSIBLE_SEK) {
            if (header.scale() != null) {
                ctx.problems.add("table at line " + table.firstLine() + " says " + declared.name().toLowerCase(java.util.Locale.ROOT)
                        + " but its amounts are too large for that; read as kronor");
            }
            return MoneyScale.KR;
        }
        return declared;
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
