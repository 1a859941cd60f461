package se.finsambench.pipeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves each value column of a table to a period and scenario (or an insats, a total, a
 * gender), from header rows that may be split over several lines with merged cells.
 */
public final class HeaderResolver {

    private static final int MAX_HEADER_ROWS = 4;
    private static final Pattern DATE = Dates.DATE;
    private static final Pattern YEAR = Dates.YEAR;
    /** Caption words per scenario ({@code lexicon/scenarios.tsv}); "ignore" for columns that are no period's. */
    private static final java.util.Map<String, Pattern> SCENARIO_WORDS = scenarioWords();
    private static final Pattern IGNORED = SCENARIO_WORDS.get("ignore");
    private static final Pattern FORECAST = SCENARIO_WORDS.get("forecast");
    private static final Pattern BUDGET = SCENARIO_WORDS.get("budget");
    private static final Pattern PLAN = SCENARIO_WORDS.get("plan");
    private static final Pattern ACTUAL = SCENARIO_WORDS.get("actual");
    private static final Pattern MEASURE = Pattern.compile("(?iu)\\b(intäkt|kostnad|netto)");
    private static final Pattern TOTAL = Pattern.compile("(?iu)^(totalt|summa|total|samtliga|hela förbundet|alla)$");
    private static final Pattern GENDER = Pattern.compile("(?iu)^(kvinnor|män)$");
    private static final Pattern HALF_YEAR = Pattern.compile("(?iu)jan\\w*\\s*[-–]\\s*jun\\w*|första halvåret|halvår");
    private static final Pattern CAPTION_LIKE = Pattern.compile(
            "(?iu)((utfall|budget|prognos|helårsprognos|plan|bokslut)\\s*)?((19|20)\\d{2}(-\\d{2}-\\d{2})?)?|intäkt(er)?|kostnad(er)?|netto|utfall|budget|prognos");
    private static final Pattern UNIT_ONLY = Pattern.compile("(?iu)^(kr|tkr|mnkr|kronor)\\.?$");

    private HeaderResolver() {
    }

    private static java.util.Map<String, Pattern> scenarioWords() {
        java.util.Map<String, Pattern> out = new java.util.HashMap<>();
        for (String[] row : BundledData.rows("/lexicon/scenarios.tsv")) {
            out.put(row[0], Pattern.compile(row[1], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        for (String needed : List.of("ignore", "forecast", "budget", "plan", "actual")) {
            if (!out.containsKey(needed)) {
                throw new IllegalStateException("lexicon/scenarios.tsv has no line for " + needed);
            }
        }
        return out;
    }

    public static TableHeader resolve(TableBlock table, DocumentInfo doc) {
        return resolve(table, doc, new java.util.HashMap<>());
    }

    /** @param columnsByText the columns already read from header texts in this document: tables repeat their captions */
    static TableHeader resolve(TableBlock table, DocumentInfo doc, java.util.Map<String, Column> columnsByText) {
        List<TableRow> rows = withCaptionsInPlace(table.rows());
        int headerRows = headerRowCount(rows);
        int width = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        MoneyScale scale = declaredScale(table, headerRows).orElse(null);
        LocalDate tablePeriod = tablePeriod(rows, headerRows, doc);
        List<String> texts = columnTexts(rows.subList(0, headerRows), width);
        List<Column> columns = new ArrayList<>();
        for (String text : texts) {
            columns.add(columnsByText.computeIfAbsent(text, t -> toColumn(t, doc)));
        }
        if (headerRows == 0) {
            columns = headerlessColumns(width, doc);
        }
        columns = ownBodyOnly(columns, table);
        String problem = headerRows > 0 ? narrowerThanBody(rows, headerRows) : null;
        problem = problem != null ? problem : duplicatePeriods(columns);
        if (problem != null) {
            columns = columns.stream().map(c -> c.kind() == Column.Kind.PERIOD ? Column.ignore(c.header()) : c).toList();
            problem = "table at line " + table.firstLine() + ": " + problem + "; its figures were not used";
        }
        return new TableHeader(columns, headerRows, scale, tablePeriod, problem);
    }

    /**
     * A PDF does not show an empty label cell, so "  2023  2022" comes back with "2023" as the label.
     * When the rows below hold one figure more than the caption row has captions, the label is a caption.
     */
    private static List<TableRow> withCaptionsInPlace(List<TableRow> rows) {
        int bodyWidth = 0;
        int headerRows = headerRowCount(rows);
        for (int r = headerRows; r < rows.size(); r++) {
            bodyWidth = Math.max(bodyWidth, (int) rows.get(r).cells().stream().filter(c -> !c.isBlank()).count());
        }
        List<TableRow> out = new ArrayList<>(rows);
        for (int r = 0; r < headerRows; r++) {
            TableRow h = rows.get(r);
            long captions = h.cells().stream().filter(c -> !c.isBlank()).count();
            if (CAPTION_LIKE.matcher(h.label()).matches() && captions + 1 == bodyWidth) {
                List<String> cells = new ArrayList<>();
                cells.add(h.label());
                cells.addAll(h.cells());
                out.set(r, new TableRow(h.line(), "", cells));
            }
        }
        return out;
    }

    /**
     * How many rows at the top are the header: rows of captions, after any rows that hold only a label — a line a
     * word processor set just above the table ("Belopp i kronor") that a PDF's layout puts into it. Such a row
     * counts only when captions follow it; a label alone over body rows ("Tillgångar") is no header.
     */
    private static int headerRowCount(List<TableRow> rows) {
        int titles = 0;
        while (titles < Math.min(MAX_HEADER_ROWS - 1, rows.size()) && labelOnly(rows.get(titles))) {
            titles++;
        }
        int captions = 0;
        while (titles + captions < Math.min(MAX_HEADER_ROWS, rows.size()) && isHeaderRow(rows.get(titles + captions))) {
            captions++;
        }
        if (captions == 0) {
            return 0;
        }
        return titles + captions;
    }

    private static boolean labelOnly(TableRow row) {
        return !row.label().isBlank() && !SwedishNumbers.hasDigit(row.label()) && row.cells().stream().allMatch(String::isBlank);
    }

    /** A row of captions: some cells filled, none holding a figure other than a year or date. */
    static boolean isHeaderRow(TableRow row) {
        boolean any = false;
        for (String c : row.cells()) {
            if (c.isBlank()) {
                continue;
            }
            if (c.equals(PlainTextTables.UNPLACED)) {
                return false; // figures that could not be placed are figures all the same
            }
            any = true;
            if (!SwedishNumbers.hasDigit(c)) {
                // No date, year or figure in it: only a dash can make it a body row.
                if (SwedishNumbers.isDash(c)) {
                    return false;
                }
                continue;
            }
            // A date holds a dash and a year "19" or "20": without them the replacements leave the cell as it is.
            String noDates = c.indexOf('-') < 0 ? c : DATE.matcher(c).replaceAll(" ");
            String noYears = noDates.contains("19") || noDates.contains("20") ? YEAR.matcher(noDates).replaceAll(" ") : noDates;
            String stripped = noYears.replace("%", " ");
            if (SwedishNumbers.isDash(c) || !SwedishNumbers.findAll(stripped).isEmpty()) {
                return false;
            }
        }
        return any;
    }

    /** Header texts per column; an empty cell under a caption that spans columns takes that caption. */
    private static List<String> columnTexts(List<TableRow> header, int width) {
        List<StringBuilder> texts = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            texts.add(new StringBuilder());
        }
        for (int r = 0; r < header.size(); r++) {
            TableRow row = header.get(r);
            String carried = "";
            for (int j = 0; j < width; j++) {
                String c = row.cell(j);
                if (!c.isBlank()) {
                    carried = c;
                } else if (r < header.size() - 1 && laterRowsFill(header, r, j)) {
                    c = carried;
                }
                if (!c.isBlank()) {
                    texts.get(j).append(texts.get(j).length() == 0 ? "" : " ").append(c);
                }
            }
        }
        return texts.stream().map(StringBuilder::toString).toList();
    }

    private static boolean laterRowsFill(List<TableRow> header, int r, int j) {
        for (int k = r + 1; k < header.size(); k++) {
            if (!header.get(k).cell(j).isBlank()) {
                return true;
            }
        }
        return false;
    }

    static Column toColumn(String text, DocumentInfo doc) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Column.ignore(t);
        }
        if (UNIT_ONLY.matcher(t).matches()) {
            return new Column(Column.Kind.PERIOD, Scenario.ACTUAL, yearOf(doc), defaultEnd(doc, Scenario.ACTUAL, yearOf(doc)),
                    "", "", MoneyScale.fromWord(t), t);
        }
        if (IGNORED.matcher(t).find()) {
            return Column.ignore(t);
        }
        Scenario scenario = FORECAST.matcher(t).find() ? Scenario.FORECAST
                : BUDGET.matcher(t).find() ? Scenario.BUDGET
                : PLAN.matcher(t).find() ? Scenario.PLAN
                : ACTUAL.matcher(t).find() ? Scenario.ACTUAL : null;
        Matcher measure = MEASURE.matcher(t);
        String m = measure.find() ? measure.group(1).toLowerCase(java.util.Locale.ROOT) : "";
        Optional<LocalDate> date = lastDate(t);
        Optional<Integer> year = lastYear(t);
        if (date.isPresent()) {
            Scenario s = scenario == null ? Scenario.ACTUAL : scenario;
            return new Column(Column.Kind.PERIOD, s, date.get().getYear(), date.get(), m, "", null, t);
        }
        if (year.isPresent() || scenario != null) {
            Scenario s = scenario == null ? Scenario.ACTUAL : scenario;
            Integer y = year.orElse(doc.fiscalYear());
            if (y == null) {
                return Column.ignore(t);
            }
            return new Column(Column.Kind.PERIOD, s, y, defaultEnd(doc, s, y), m, "", null, t);
        }
        if (!m.isEmpty()) {
            return Column.ignore(t);
        }
        if (TOTAL.matcher(t).matches()) {
            return new Column(Column.Kind.TOTAL, Scenario.ACTUAL, 0, null, "", "", null, t);
        }
        if (GENDER.matcher(t).matches()) {
            return new Column(Column.Kind.GENDER, Scenario.ACTUAL, 0, null, "", t.toLowerCase(java.util.Locale.ROOT), null, t);
        }
        return new Column(Column.Kind.ENTITY, Scenario.ACTUAL, 0, null, "", t, null, t);
    }

    /**
     * A page may print the figures of several bodies side by side (Kommunen, Koncernen): a column's caption may
     * name its body ("Kommun 2022"); else repeated runs of years are the bodies the lines above name, in order
     * (the nearest as many); a single run is the body named nearest above. The group's columns are not read.
     */
    private static List<Column> ownBodyOnly(List<Column> columns, TableBlock table) {
        List<ReportingBodies.Body> bodies = new ArrayList<>();
        boolean named = false;
        for (Column c : columns) {
            ReportingBodies.Body b = c.kind() == Column.Kind.PERIOD ? ReportingBodies.of(c.header()) : null;
            bodies.add(b);
            named |= b != null;
        }
        if (!named) {
            List<Integer> group = new ArrayList<>();
            List<java.util.Set<String>> runs = new ArrayList<>();
            for (Column c : columns) {
                if (c.kind() != Column.Kind.PERIOD) {
                    group.add(-1);
                    continue;
                }
                if (runs.isEmpty() || !runs.get(runs.size() - 1).add(c.periodKey())) {
                    runs.add(new java.util.HashSet<>(List.of(c.periodKey())));
                }
                group.add(runs.size() - 1);
            }
            if (runs.isEmpty() || runs.size() == 1 && !ReportingBodies.mayNameAGroup(table.context())) {
                return columns; // one run of years and no group named above: the reporting body's own
            }
            List<ReportingBodies.Mention> mentions = ReportingBodies.in(String.join(" ", table.context()));
            if (mentions.size() < runs.size()) {
                return columns;
            }
            List<ReportingBodies.Mention> nearest = mentions.subList(mentions.size() - runs.size(), mentions.size());
            for (int j = 0; j < columns.size(); j++) {
                bodies.set(j, group.get(j) < 0 ? null : nearest.get(group.get(j)).body());
            }
        }
        List<Column> out = new ArrayList<>(columns.size());
        for (int j = 0; j < columns.size(); j++) {
            out.add(bodies.get(j) == ReportingBodies.Body.GROUP ? Column.ignore(columns.get(j).header()) : columns.get(j));
        }
        return out;
    }

    /** A table without captions can still be read when it has one value column: the document's own period. */
    private static List<Column> headerlessColumns(int width, DocumentInfo doc) {
        List<Column> cols = new ArrayList<>();
        Integer y = doc.fiscalYear();
        for (int j = 0; j < width; j++) {
            cols.add(width == 1 && y != null
                    ? new Column(Column.Kind.PERIOD, Scenario.ACTUAL, y, defaultEnd(doc, Scenario.ACTUAL, y), "", "", null, "")
                    : Column.ignore(""));
        }
        return cols;
    }

    /** The period a full-year report's outcome columns end; a half-year report's own period for its year. */
    static LocalDate defaultEnd(DocumentInfo doc, Scenario scenario, int year) {
        if (scenario == Scenario.ACTUAL && doc.periodEnd() != null && doc.periodEnd().getYear() == year) {
            return doc.periodEnd();
        }
        return LocalDate.of(year, 12, 31);
    }

    private static int yearOf(DocumentInfo doc) {
        return doc.fiscalYear() == null ? 0 : doc.fiscalYear();
    }

    /**
     * Captions over fewer columns than the rows below have cells: the source (typically a PDF) did not
     * keep empty cells, so which caption stands over which figure is unknown.
     */
    private static String narrowerThanBody(List<TableRow> rows, int headerRows) {
        int body = 0;
        for (int r = headerRows; r < rows.size(); r++) {
            body = Math.max(body, rows.get(r).cells().size());
        }
        for (int r = 0; r < headerRows; r++) {
            if (rows.get(r).cells().size() < body && !labelOnly(rows.get(r))) {
                return "its column captions do not line up with its figures";
            }
        }
        return null;
    }

    private static String duplicatePeriods(List<Column> columns) {
        Map<String, Column> seen = new HashMap<>();
        for (Column c : columns) {
            if (c.kind() != Column.Kind.PERIOD) {
                continue;
            }
            Column before = seen.putIfAbsent(c.periodKey(), c);
            if (before != null) {
                return "two columns (\"" + before.header() + "\" and \"" + c.header() + "\") both read as "
                        + c.scenario().id() + " " + c.periodEnd();
            }
        }
        return null;
    }

    private static Optional<MoneyScale> declaredScale(TableBlock table, int headerRows) {
        for (int r = 0; r < Math.max(1, headerRows) && r < table.rows().size(); r++) {
            Optional<MoneyScale> s = MoneyScale.declaredIn(table.rows().get(r).label());
            if (s.isPresent()) {
                return s;
            }
        }
        for (int r = 0; r < headerRows && r < table.rows().size(); r++) {
            // A table copied one cell per line may glue its title to the first caption ("(Alla redovisade belopp i
            // tkr) År 2023"): the declaration leads that caption.
            List<String> cells = table.rows().get(r).cells();
            Optional<MoneyScale> s = cells.isEmpty() ? Optional.empty() : MoneyScale.declaredIn(cells.get(0));
            if (s.isPresent()) {
                return s;
            }
        }
        for (int i = table.titleLines().size() - 1; i >= 0; i--) {
            Optional<MoneyScale> s = MoneyScale.declaredIn(table.titleLines().get(i));
            if (s.isPresent()) {
                return s;
            }
        }
        return Optional.empty();
    }

    private static LocalDate tablePeriod(List<TableRow> rows, int headerRows, DocumentInfo doc) {
        for (int r = 0; r < headerRows; r++) {
            String label = rows.get(r).label();
            Optional<Integer> y = lastYear(label);
            if (y.isPresent()) {
                return HALF_YEAR.matcher(label).find() ? LocalDate.of(y.get(), 6, 30) : defaultEnd(doc, Scenario.ACTUAL, y.get());
            }
        }
        Integer y = doc.fiscalYear();
        return y == null ? null : defaultEnd(doc, Scenario.ACTUAL, y);
    }

    private static Optional<LocalDate> lastDate(String t) {
        return Dates.lastDate(t);
    }

    private static Optional<Integer> lastYear(String t) {
        return Dates.lastYear(t);
    }
}
