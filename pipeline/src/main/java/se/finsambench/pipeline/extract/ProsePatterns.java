package se.finsambench.pipeline.extract;

import java.util.List;

/**
 * The sentence shapes that state a figure, in the order they are tried (the first to claim a number
 * keeps it). Adding a phrasing is a line here.
 */
final class ProsePatterns {

    private ProsePatterns() {
    }

    static final List<ProsePattern> ALL = List.of(
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
}
