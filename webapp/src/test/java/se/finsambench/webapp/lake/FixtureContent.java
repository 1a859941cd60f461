package se.finsambench.webapp.lake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.finsambench.webapp.lake.FixtureData.Assoc;
import se.finsambench.webapp.reference.Population;

/** The rows of {@link LakeFixture}: figures per association and period, and indicators computed from them. */
final class FixtureContent {

    private final FixtureRows rows;
    private final double scale;
    private final boolean synthetic;
    private final Population population = Population.bundled();
    private int line;
    /** Whether the document being written is a PDF (its lines have pages). */
    private boolean pdf;

    FixtureContent(FixtureRows rows, double scale, boolean synthetic) {
        this.rows = rows;
        this.scale = scale;
        this.synthetic = synthetic;
    }

    void write() {
        for (int i = 0; i < FixtureData.ASSOCIATIONS.size(); i++) {
            Assoc a = FixtureData.ASSOCIATIONS.get(i);
            int docs = 0;
            for (int year = 2022; year <= 2023; year++) {
                period(a, i, year, LocalDate.of(year, 12, 31), 1.0);
                docs++;
            }
            if (i == 0 || i == 3) {
                period(a, i, 2024, LocalDate.of(2024, 6, 30), 0.5);
                docs++;
            }
            if (i == 4) {
                // An eight-month interim report: never ranked with the six-month ones.
                period(a, i, 2024, LocalDate.of(2024, 8, 31), 0.67);
                docs++;
            }
            rows.insert("associations", a.id(), a.name(), a.orgNumber(), a.county(), a.members(), (long) docs);
        }
        minutes();
        rows.insert("documents", FixtureData.docId("trasig"), "/data/corpus/okand/trasig.pdf", "pdf", 1234L,
                "other", null, null, null, null, null, null, null, null, "rejected",
                List.of("PDF-filen är krypterad och kan inte läsas"), synthetic, 3L);
    }

    private void period(Assoc a, int i, int year, LocalDate end, double part) {
        boolean half = part < 1.0;
        String doc = FixtureData.docId(a.id() + end + runSalt());
        String docType = half ? "interim_report" : "annual_report";
        boolean partial = a.id().equals("ystad-osterlen") && year == 2022;
        rows.insert("documents", doc, "/data/corpus/" + a.id() + "/" + (half ? "delarsrapport-" : "arsredovisning-")
                        + year + (i % 2 == 0 ? ".pdf" : ".docx"), i % 2 == 0 ? "pdf" : "docx", 40_000L + i * 1000L,
                docType, a.id(), a.name(), a.orgNumber(), year, end, half ? null : LocalDate.of(year + 1, 3, 15),
                null, null, partial ? "partial" : "ok",
                partial ? List.of("Ingen balansräkning hittades",
                        "line 46: fewer cells than the table has columns; its figures could not be placed and were not used",
                        "line 47: fewer cells than the table has columns; its figures could not be placed and were not used")
                        : List.of(), synthetic, 40L);
        pdf = i % 2 == 0;
        for (int l = 1; l < 10; l++) {
            rows.insert("document_lines", doc, l, pdf ? 1 : null, l == 1 ? a.name() : l == 2
                    ? (half ? "Delårsrapport " : "Årsredovisning ") + year : l == 9 ? "Belopp i kr\t" + year : "");
        }
        line = 10;
        Figures f = new Figures(a, i, year, part);
        Map<String, Double> v = new LinkedHashMap<>();
        for (var e : f.values().entrySet()) {
            v.put(e.getKey(), e.getValue());
            String[] cm = e.getKey().split("\\|", 2);
            fact(a, doc, docType, year, end, "actual", cm[0], cm.length > 1 ? cm[1] : "", e.getValue());
        }
        fact(a, doc, docType, year, end, "budget", "costs_total", "", f.budgetCosts());
        // A figure stated twice (the lower-ranked one is kept, not selected), as in real reports.
        insertFact(a, doc, docType, year, end, "actual", "participants_total", "", v.get("participants_total|") + 7,
                "count", "Deltagare enligt verksamhetsberättelsen\t" + FixtureData.swedish(v.get("participants_total|") + 7),
                2, false);
        for (String name : a.interventions()) {
            rows.insert("interventions", a.id(), doc, name, List.of(name.length() > 8 ? name.substring(0, 8) : name));
        }
        // NNS results for 2023; Söderåsen's also for 2022, so its profile has each NNS indicator in two periods.
        boolean nns = year == 2023 || (year == 2022 && i == 0);
        if (nns) {
            for (int n = 1; n <= 3; n++) {
                double own = 55 + 5 * i + 3 * n;
                double national = 66 + 2 * n;
                int l1 = fact(a, doc, docType, year, end, "actual", "nns_indicator", "indicator:" + n, own);
                int l2 = fact(a, doc, docType, year, end, "actual", "nns_indicator_national", "indicator:" + n, national);
                v.put("nns_indicator|indicator:" + n, own);
                v.put("nns_indicator_national|indicator:" + n, national);
                String wording = FixtureData.NNS_WORDING.get(n - 1);
                rows.insert("nns_indicators", a.id(), doc, year, end, "actual", n, "association", own, "pct", true, l1,
                        wording, FixtureData.NNS_DEFINITION);
                rows.insert("nns_indicators", a.id(), doc, year, end, "actual", n, "national", national, "pct", true, l2,
                        wording, FixtureData.NNS_DEFINITION);
            }
        }
        checks(a, doc, year, end, v);
        new FixtureIndicators(rows, population).write(a, year, end, doc, v, f.budgetCosts(), nns);
    }

    private String runSalt() {
        return scale == 1.0 ? "" : "-" + scale;
    }

    private void checks(Assoc a, String doc, int year, LocalDate end, Map<String, Double> v) {
        double result = v.get("result|");
        rows.insert("checks", doc, a.id(), "result_equation", end, "actual", result, result, true,
                "Intäkter − kostnader = resultat", List.of("revenue_total", "costs_total", "result"));
        boolean broken = a.id().equals("trelleborg") && year == 2023;
        double assets = v.getOrDefault("total_assets|", 0.0);
        rows.insert("checks", doc, a.id(), "balance", end, "actual", assets, broken ? assets - 125_000 : assets, !broken,
                "Tillgångar = eget kapital + skulder", List.of("total_assets", "equity", "current_liabilities"));
        boolean badSum = a.id().startsWith("script") && year == 2022;
        double p = v.get("participants_total|");
        rows.insert("checks", doc, a.id(), "participants_sum", end, "actual", p, badSum ? p + 3 : p, !badSum,
                "Kvinnor + män = deltagare", List.of("participants_women", "participants_men", "participants_total"));
    }

    private int fact(Assoc a, String doc, String docType, int year, LocalDate end, String scenario, String concept,
                     String member, double value) {
        String unit = concept.startsWith("participants") || concept.startsWith("exits") ? "count"
                : concept.startsWith("nns") ? "pct" : "SEK";
        String text = label(a, concept, member) + "\t" + shown(a, unit, value);
        if (a.id().startsWith("script") && concept.equals("revenue_total")) {
            text = FixtureData.XSS + " " + text;
        }
        return insertFact(a, doc, docType, year, end, scenario, concept, member, value, unit, text, 1, true);
    }

    private int insertFact(Assoc a, String doc, String docType, int year, LocalDate end, String scenario,
                           String concept, String member, double value, String unit, String text, int rank,
                           boolean selected) {
        int l = line++;
        rows.insert("facts", doc, a.id(), year, end, scenario, concept, member, value, unit, l, pdf ? 1 + l / 40 : null, text, 0.9, 1.0,
                "table", rank, 10 - rank, selected, "annual_report");
        rows.insert("document_lines", doc, l, pdf ? 1 + l / 40 : null, text);
        return l;
    }

    /** Söderåsen prints its statements in tkr, the others in kr: provenance must find both. */
    private static String shown(Assoc a, String unit, double value) {
        if (unit.equals("pct")) {
            return FixtureData.swedish(value) + " %";
        }
        if (unit.equals("SEK") && a.id().equals("soderasen")) {
            return FixtureData.swedish(value / 1000);
        }
        return FixtureData.swedish(value);
    }

    private static String label(Assoc a, String concept, String member) {
        return switch (concept) {
            case "revenue_total" -> "Verksamhetens intäkter";
            case "costs_total" -> "Verksamhetens kostnader";
            case "result" -> "Årets resultat";
            case "equity" -> "Eget kapital";
            case "total_assets" -> "Summa tillgångar";
            case "contribution_total" -> "Summa medlemsbidrag";
            case "costs_admin" -> "Kansli och styrelse";
            case "costs_individual" -> "Individinriktade insatser";
            case "participants_total" -> member.isEmpty() ? "Antal deltagare" : member.substring(13) + ", deltagare";
            case "participants_women" -> "varav kvinnor";
            case "participants_men" -> "varav män";
            case "exits_total" -> "Avslutade deltagare";
            case "exits_work_or_studies" -> "varav till arbete eller studier";
            case "intervention_cost" -> member.substring(13);
            case "nns_indicator" -> "Indikator " + member.substring(10) + ", klart positiva";
            case "nns_indicator_national" -> "Indikator " + member.substring(10) + ", riket";
            case "contribution" -> member.equals("state") ? "Försäkringskassan och Arbetsförmedlingen"
                    : member.equals("region") ? "Region " + a.county().replace(" län", "")
                    : member.substring(13) + " kommun";
            default -> concept;
        };
    }

    private void minutes() {
        Assoc a = FixtureData.ASSOCIATIONS.get(0);
        String doc = FixtureData.docId("protokoll" + runSalt());
        LocalDate date = LocalDate.of(2023, 11, 24);
        rows.insert("documents", doc, "/data/corpus/soderasen/protokoll-2023-6.txt", "txt", 9000L, "minutes", a.id(),
                a.name(), a.orgNumber(), 2023, null, null, date, 6, "ok", List.of(), synthetic, 5L);
        rows.insert("meetings", a.id(), doc, 2023, date, 6, "/data/corpus/soderasen/protokoll-2023-6.txt");
        rows.insert("decisions", a.id(), doc, date, "§ 42", "Budget 2024",
                "Styrelsen beslutar att fastställa budget för 2024.", 3_900_000.0 * scale, 31);
    }

    /** The figures of one association and period; deterministic so tests can reason about them. */
    private final class Figures {
        private final Map<String, Double> values = new LinkedHashMap<>();
        private final double budgetCosts;

        Figures(Assoc a, int i, int year, double part) {
            int dy = year - 2022;
            double base = 1_000_000 * (1 + i * 0.6) * (1 + 0.05 * dy) * scale * part;
            put("contribution", "state", 2 * base);
            put("contribution", "region", base);
            List<Double> weights = new ArrayList<>();
            double sum = 0;
            for (int m = 0; m < a.members().size(); m++) {
                double pop = population.workingAge(a.members().get(m), year).map(Population.WorkingAge::people).orElse(10_000.0);
                double w = pop * (1 + 0.3 * ((m % 3) - 1));
                weights.add(w);
                sum += w;
            }
            for (int m = 0; m < a.members().size(); m++) {
                put("contribution", "municipality:" + a.members().get(m), Math.round(base * weights.get(m) / sum));
            }
            double contributions = 4 * base;
            put("contribution_total", "", contributions);
            double revenue = contributions + 60_000 * part;
            double costs = Math.round(revenue * (0.88 + 0.04 * i) * (dy > 0 ? 1.02 : 1.0));
            put("revenue_total", "", revenue);
            put("costs_total", "", costs);
            put("result", "", revenue - costs);
            if (part == 1.0) {
                double equity = Math.round(contributions * (0.10 + 0.035 * i));
                put("equity", "", equity);
                put("total_assets", "", equity * 1.5 + 150_000);
            }
            put("costs_admin", "", Math.round(costs * (0.10 + 0.02 * i)));
            if (i == 0) {
                // An administration cost line beside the insatser: never an insats of its own.
                put("intervention_cost", "intervention:Kansli", Math.round(costs * 0.05));
            }
            double individual = Math.round(costs * 0.62);
            put("costs_individual", "", individual);
            double participants = Math.round((60 + 25 * i + dy * (i % 2 == 0 ? 12 : -8)) * (part < 1 ? 0.7 : 1));
            double women = Math.round(participants * 0.56 - i);
            put("participants_total", "", participants);
            put("participants_women", "", women);
            put("participants_men", "", participants - women);
            double exits = Math.round(participants * 0.45);
            put("exits_total", "", exits);
            put("exits_work_or_studies", "", Math.round(exits * (0.25 + 0.05 * i + dy * 0.04 * (i % 2 == 0 ? 1 : -1))));
            List<String> ins = a.interventions();
            for (int k = 0; k < ins.size(); k++) {
                double share = ins.size() == 1 ? 1.0 : (k == 0 ? 0.6 : 0.4);
                put("intervention_cost", "intervention:" + ins.get(k), Math.round(individual * share));
                put("participants_total", "intervention:" + ins.get(k), Math.round(participants * share));
            }
            budgetCosts = Math.round(costs * (0.97 + 0.01 * i));
        }

        private void put(String concept, String member, double value) {
            values.put(concept + "|" + member, value);
        }

        Map<String, Double> values() {
            return values;
        }

        double budgetCosts() {
            return budgetCosts;
        }
    }
}
