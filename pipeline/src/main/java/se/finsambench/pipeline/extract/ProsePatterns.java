package se.finsambench.pipeline.extract;

import java.util.Arrays;
import java.util.List;

/**
 * The sentence shapes that state a figure, in the order they are tried (the first to claim a number
 * keeps it). Adding a phrasing is a line here.
 */
final class ProsePatterns {

    private ProsePatterns() {
    }

    static final List<ProsePattern> ALL = List.of(
            // "Årets resultat för kommunen uppgick till plus 31,2 Mkr", "Resultatet för år 2013 är 288 tkr",
            // "Kommunens resultat för perioden januari – augusti uppgår till 21,7 mnkr"
            ProsePattern.amount("result", "(?<!balanserat )(?<!balanserade )resultat\\p{L}*\\s+för\\s+(?:kommunen|regionen|förbundet|samordningsförbundet|perioden(?:\\s+\\p{L}+\\s*[-–]\\s*\\p{L}+)?|år\\s+(?:19|20)\\d{2}|(?:19|20)\\d{2})\\s+(?:blev|uppgick till|uppgår till|var|är)\\s+(?:(?<w>minus)\\s+)?{N}").onlyWith("resultat"),
            ProsePattern.amount("result", "resultat\\p{L}*\\s+(?<w>plus|minus)\\s+{N}").onlyWith("resultat"),
            // "Kommunens resultat blev 25,9 mnkr vilket är betydligt bättre än budgeterade 12,7 mnkr"
            ProsePattern.amount("result", "resultat[^.\\d]{0,80}?\\s(?:än|mot)\\s+(?:det\\s+)?budgeter\\p{L}*\\s+(?:resultatet\\s+)?(?:på\\s+)?{N}").onlyWith("budgeter"),
            ProsePattern.amount("costs_structural", "struktur\\p{L}*\\s+insatser\\s+(?:med|på|för|om)\\s+{N}").onlyWith("struktur"),
            ProsePattern.amount("costs_individual", "individ\\p{L}*\\s*insats\\p{L}*\\s+(?:med|på|för|om)\\s+{N}").onlyWith("individ"),
            ProsePattern.amount("revenue_total", "^intäkter(?:na)?\\s+(?:med|på|om|blev|uppgick till|uppgår till)\\s+{N}").onlyWith("intäkter"),
            ProsePattern.amount("contribution_total", "(?:bidraget|bidragen)\\s+(?:från\\s+medlemmarna\\s+)?för\\s+(?:år\\s+)?(?:19|20)\\d{2}\\s+(?:var|blev|uppgick till)\\s+{N}").onlyWith("bidrag"),
            ProsePattern.amount("contribution_total", "medlemsbidrag\\p{L}*\\s+(?:på|om)\\s+{N}").onlyWith("medlemsbidrag"),
            ProsePattern.amount("contribution_total", "{N}\\s+i\\s+medlemsavgift\\p{L}*").onlyWith("medlemsavgift"),
            ProsePattern.amount("contribution_total", "fick\\s+{N}\\s+från\\s+(?:huvudmännen|medlemmarna|förbundsmedlemmarna|parterna)").onlyWith("fick"),
            ProsePattern.amount("contribution_total", "contribut\\p{L}*\\s+(?:(?:19|20)\\d{2}\\s+)?(?:with\\s+)?(?:in all\\s+|a total of\\s+|in total\\s+)?{N}").onlyWith("contribut"),
            ProsePattern.amount("other_grants", "{N}\\s+från\\s+(?:europeiska\\s+)?socialfonden").onlyWith("socialfonden"),
            ProsePattern.amount("other_grants", "socialfonden\\s+(?:på|om|med)\\s+{N}").onlyWith("socialfonden"),
            ProsePattern.amount("equity", "eget\\s+kapital\\s+på\\s+{N}").onlyWith("kapital"),
            ProsePattern.amount("equity", "vid\\s+årets\\s+början\\s+{N}\\s+i\\s+eget\\s+kapital").onlyWith("början"),
            ProsePattern.amount("result", "(?<!ackumulerade )(?<!ackumulerat )(?<!balanserade )(?<!balanserat )(?<!samlade )(?<w>underskott|överskott)(?:et)?\\s+(?:på|om|med)?\\s*{N}").onlyWith("skott"),
            ProsePattern.amount("result", "(?<!balanserat )(?<!balanserade )resultat\\p{L}*\\s+(?:om|på|blev|uppgick till|uppgår till|var|är)\\s+(?:ett\\s+)?(?:(?:negativt|positivt)\\s+)?(?:resultat\\s+)?(?:om\\s+|på\\s+)?{N}").onlyWith("resultat"),
            ProsePattern.amount("costs_total", "(?:bedrivit|bedrev|bedriver)\\s+verksamhet\\s+för\\s+{N}").onlyWith("verksamhet"),
            ProsePattern.amount("costs_total", "verksamhet\\p{L}*\\s+(?:har\\s+)?omfatta\\p{L}*\\s+{N}").onlyWith("omfatta"),
            ProsePattern.amount("costs_total", "(?<!\\p{L})(?:verksamhets)?kostnader(?:na)?\\s+(?:för\\s+året\\s+)?(?:blev|uppgick till|uppgår till|var|för|om|på)\\s+{N}").onlyWith("kostnader"),
            ProsePattern.amount("costs_total", "(?<!\\p{L})(?:verksamhets)?kostnader(?:na)?\\s*\\(\\s*{N}").onlyWith("kostnader"),
            ProsePattern.amount("equity", "eg(?:et|na)\\s+kapital(?:et)?{GAP}\\s(?:uppgår|uppgick|beräknas|bedöms|var|är)\\s+(?:nu\\s+)?(?:till\\s+)?{N}").onlyWith("kapital"),
            ProsePattern.amount("contribution_total", "(?:medelstill\\p{L}*|medlemsavgift\\p{L}*|finansiering\\p{L}*\\s+från\\s+förbundsmedlemmarna|tilldelning\\p{L}*){GAP}\\s(?:på|till|är|blir|blev|beräknas till|beräknas bli|uppgår till|uppgick till|om)\\s+{N}").onlyWith("medelstill", "medlemsavgift", "finansiering", "tilldelning"),
            ProsePattern.count("participants_total", "arbeta(?:de|t|r)?\\s+{GAP}med\\s+(?:totalt\\s+)?{C}\\s+(?:deltagare|personer)").onlyWith("arbeta"),
            ProsePattern.count("participants_total", "(?:gett|ge|givit|gav)\\s+stöd\\s+till\\s+{C}\\s+(?:deltagare|personer)").onlyWith("stöd"),
            ProsePattern.count("participants_total", "insatser\\s+för\\s+{C}\\s+personer").onlyWith("insatser"),
            ProsePattern.count("participants_total", "deltog\\s+{C}\\s+deltagare").onlyWith("deltog"),
            ProsePattern.count("participants_total", "fick\\s+{C}\\s+personer\\s+delta").onlyWith("fick"),
            ProsePattern.count("participants_total", "(?<![\\p{L}])({C})\\s+(?:deltagare|personer)\\s+(?:har\\s+)?(?:varit\\s+)?(?:aktiva|aktuella)").onlyWith("aktiva", "aktuella"),
            ProsePattern.count("exits_total", "avslutat(?:s)?\\s+(?:totalt\\s+)?{C}\\s+deltagare").onlyWith("avslutat"),
            ProsePattern.count("exits_total", "(?<!övriga )(?<!resterande )(?<![\\p{L}])({C})\\s+deltagare\\s+(?:har\\s+)?avslutades(?!\\s+(?:till|med|mot|på grund|pga|av|efter|direkt|utan))").onlyWith("avslutades"),
            ProsePattern.count("exits_total", "av\\s+de\\s+{C}\\s+(?:avslutade\\s+deltagarna|deltagare\\s+som\\s+avslutades|deltagarna\\s+som\\s+avslutades)").onlyWith("avslutade"),
            ProsePattern.count("exits_total", "avslut\\s+har\\s+gjorts\\s+med\\s+{C}").onlyWith("gjorts"),
            ProsePattern.count("exits_total", "avslutades\\s+{C}\\s+(?:deltagare\\s+)?(?:under|i\\s+år|totalt)").onlyWith("avslutades"),
            ProsePattern.count("exits_work_or_studies", "(?:började|gick)\\s+{C}\\s+(?:personer|deltagare)\\s+(?:att\\s+)?(?:arbeta|studera)\\s+eller\\s+(?:studera|arbeta)").onlyWith("eller"),
            ProsePattern.count("exits_work_or_studies", "(?<![\\p{L}])({C})\\s+(?:av\\s+(?:deltagarna|dem)\\s+)?(?:har\\s+)?avslutats\\s+till\\s+arbete\\s+eller\\s+(?:studier|utbildning)").onlyWith("avslutats"),
            // "Av de 109 avslutade deltagarna har 50 % gått vidare till arbete eller studier": the share as stated,
            // for reports that give no count (the indicator uses it only then, marked as stated).
            ProsePattern.share("exits_work_or_studies_share_reported", "(?:har|hade)\\s+{P}\\s+(?:av\\s+(?:dem|deltagarna)\\s+)?(?:gått|gick|kommit)\\s+(?:vidare\\s+)?till\\s+arbete\\s+eller\\s+(?:studier|utbildning)").onlyWith("arbete"),
            ProsePattern.count("exits_work", "(?<![\\p{L}])({C})\\s+deltagare\\s+(?:\\(\\s*\\d+\\s?%\\s*\\)\\s+)?(?:började\\s+arbeta|(?:gick|gått)\\s+vidare\\s+till\\s+arbete(?!\\s+eller)|till\\s+arbete(?!\\s+eller))").onlyWith("arbet"),
            ProsePattern.count("exits_work", "gick\\s+{C}\\s+deltagare\\s+vidare\\s+till\\s+arbete(?!\\s+eller)").onlyWith("vidare"),
            ProsePattern.count("exits_work", "(?<![\\p{L}\\d,])({C})\\s+(?:deltagare\\s+)?(?:gick|har gått|gått)\\s+(?:vidare\\s+)?till\\s+(?:arbete|anställning)(?!\\s+eller)").onlyWith("arbete", "anställning"),
            ProsePattern.count("exits_studies", "(?<![\\p{L}\\d,])({C})\\s+(?:deltagare\\s+)?(?:(?:gick|har gått|gått)\\s+(?:vidare\\s+)?)?till\\s+(?:studier|utbildning)(?!\\s+eller)").onlyWith("studier", "utbildning"),
            ProsePattern.count("exits_studies", "(?<![\\p{L}])({C})\\s+deltagare\\s+(?:\\(\\s*\\d+\\s?%\\s*\\)\\s+)?(?:började\\s+studera|(?:gick|gått)\\s+vidare\\s+till\\s+studier|till\\s+studier)").onlyWith("stud"),
            ProsePattern.count("board_meetings", "styrelsen\\s+(?:har\\s+)?(?:under\\s+(?:år\\s+)?(?:19|20)\\d{2}\\s+)?(?:haft|hade|genomfört|hållit)\\s+{C}\\s+(?:protokollförda\\s+)?(?:fysiska\\s+|digitala\\s+)?(?:sammanträden|möten|styrelsemöten|sammanträde)").onlyWith("styrelsen"),
            ProsePattern.count("board_meetings", "styrelsen\\s+(?:har\\s+)?(?:under\\s+(?:år\\s+)?(?:19|20)\\d{2}\\s+)?sammanträtt\\s+{C}\\s+gånger").onlyWith("styrelsen"),
            ProsePattern.count("board_meetings", "(?<![\\p{L}])({C})\\s+(?:protokollförda\\s+)?styrelsemöten\\s+(?:har\\s+)?(?:hållits|genomförts)").onlyWith("styrelsemöten"));

    /** Per pattern, the folded words one of which every match starts with ({@link LiteralStart}), or null. */
    static final String[][] STARTS = ALL.stream().map(p -> LiteralStart.of(p.pattern().pattern())).toArray(String[][]::new);

    /** Every cue word of the patterns, once. */
    private static final List<String> CUES = ALL.stream().flatMap(p -> p.cues().stream()).distinct().toList();
    /** Per pattern, the indexes of its cues in {@link #CUES}; empty: always searched. */
    private static final int[][] CUES_OF = ALL.stream().map(p -> p.cues().stream().mapToInt(CUES::indexOf).toArray())
            .toArray(int[][]::new);

    /** Per first char of a cue (all are Latin-1 letters), the indexes in {@link #CUES} of the cues starting with it. */
    private static final int[][] CUES_BY_FIRST = cuesByFirst();

    private static int[][] cuesByFirst() {
        int[][] out = new int[256][];
        for (int i = 0; i < CUES.size(); i++) {
            char first = CUES.get(i).charAt(0);
            if (first >= out.length) {
                throw new IllegalStateException("cue \"" + CUES.get(i) + "\" starts beyond Latin-1");
            }
            int[] before = out[first] == null ? new int[0] : out[first];
            out[first] = Arrays.copyOf(before, before.length + 1);
            out[first][before.length] = i;
        }
        return out;
    }

    /**
     * Which cue words a case-folded sentence holds: one pass over its chars, each cue compared where its first
     * letter stands (not one search of the whole sentence per cue).
     */
    static boolean[] cuesIn(String folded) {
        boolean[] present = new boolean[CUES.size()];
        for (int at = 0; at < folded.length(); at++) {
            char c = folded.charAt(at);
            int[] starting = c < CUES_BY_FIRST.length ? CUES_BY_FIRST[c] : null;
            if (starting == null) {
                continue;
            }
            for (int i : starting) {
                if (!present[i] && folded.startsWith(CUES.get(i), at)) {
                    present[i] = true;
                }
            }
        }
        return present;
    }

    /** Whether pattern {@code k} could match a sentence holding the cues {@code present}. */
    static boolean mayMatch(int k, boolean[] present) {
        int[] cues = CUES_OF[k];
        if (cues.length == 0) {
            return true;
        }
        for (int c : cues) {
            if (present[c]) {
                return true;
            }
        }
        return false;
    }
}
