package se.finsambench.pipeline.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NNS indicator tables: one row per indicator number, cells such as "Högre 76 / 86" whose numbers
 * line up with what the column header names in the same order ("jämfört med rikssnittet /Sydnärke
 * 2021" → national average, then the association's own result for 2021). Rows that continue such a table
 * after a page break, without a header of their own, are read under the header of the table they continue.
 */
final class NnsTableReader implements TableReader {

    record Party(boolean national, Integer year) {
    }

    private static final Pattern PARTY = Pattern.compile("(?iu)(riks\\p{L}*|nation\\p{L}*|riket)(\\s+(?:19|20)\\d{2})?|((?:19|20)\\d{2})");
    private static final Pattern INDICATOR_NUMBER = Pattern.compile("^\\d{1,2}\\.?$");
    private static final Pattern PAIR_CELL = Pattern.compile(
            "(?iu)^(\\p{L}+\\s+)?\\d{1,3}(,\\d)?\\s*%?\\s*/\\s*\\d{1,3}(,\\d)?\\s*%?$");

    private static final Pattern CONTINUATION_LABEL = Pattern.compile("\\d{1,2}\\.?|");

    private final DocumentInfo info;

    NnsTableReader(DocumentInfo info) {
        this.info = info;
    }

    @Override
    public boolean accepts(ResolvedTable table) {
        return headed(table) != null;
    }

    @Override
    public void read(ResolvedTable table, FactSink sink) {
        ResolvedTable head = headed(table);
        List<List<Party>> parties = new ArrayList<>();
        for (String h : head.block().rows().get(0).cells()) {
            parties.add(parties(h));
        }
        List<TableRow> rows = table.block().rows();
        readRows(head == table ? rows.subList(1, rows.size()) : rows, parties, sink);
    }

    /** The NNS table whose header a table is read under: itself, or the one it continues; null for neither. */
    private static ResolvedTable headed(ResolvedTable table) {
        if (isNnsTable(table.block())) {
            return table;
        }
        if (table.previous() == null
                || !table.block().rows().stream().allMatch(r -> CONTINUATION_LABEL.matcher(r.label()).matches())) {
            return null;
        }
        return headed(table.previous());
    }

    static boolean isNnsTable(TableBlock table) {
        boolean headed = table.rows().stream().limit(2).anyMatch(r -> String.join(" ", r.cells()).toLowerCase().contains("indikator")
                || r.label().toLowerCase().startsWith("nr"));
        long numbered = table.rows().stream().filter(r -> INDICATOR_NUMBER.matcher(r.label()).matches()).count();
        return headed && numbered >= 3;
    }

    private void readRows(List<TableRow> rows, List<List<Party>> parties, FactSink sink) {
        for (TableRow row : rows) {
            if (!INDICATOR_NUMBER.matcher(row.label()).matches()) {
                continue;
            }
            String member = "indicator:" + row.label().replace(".", "");
            for (int j = 0; j < parties.size(); j++) {
                List<Party> p = parties.get(j);
                String cell = row.cell(j);
                if (p.isEmpty() || !PAIR_CELL.matcher(cell).matches()) {
                    continue;
                }
                List<NumberToken> numbers = SwedishNumbers.findAll(cell);
                if (numbers.size() != p.size()) {
                    continue;
                }
                for (int k = 0; k < p.size(); k++) {
                    Integer year = p.get(k).year() != null ? p.get(k).year() : info.fiscalYear();
                    if (year == null) {
                        continue;
                    }
                    sink.add(p.get(k).national() ? "nns_indicator_national" : "nns_indicator", member, Scenario.ACTUAL,
                            LocalDate.of(year, 12, 31), numbers.get(k).value(), numbers.get(k).halfUlp(), row.line(),
                            Origin.NNS);
                }
            }
        }
    }

    private List<Party> parties(String header) {
        List<Party> out = new ArrayList<>();
        Matcher m = PARTY.matcher(header);
        while (m.find()) {
            if (m.group(1) != null) {
                Integer y = m.group(2) != null ? Integer.parseInt(m.group(2).strip()) : null;
                out.add(new Party(true, y));
            } else {
                out.add(new Party(false, Integer.parseInt(m.group(3))));
            }
        }
        // A national average without its own year is for the year the association's figure beside it has.
        Integer ownYear = out.stream().filter(p -> !p.national() && p.year() != null).map(Party::year).findFirst().orElse(null);
        return out.stream().map(p -> p.national() && p.year() == null ? new Party(true, ownYear) : p).toList();
    }
}
