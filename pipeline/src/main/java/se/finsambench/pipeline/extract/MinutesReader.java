package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Paragraphs (§) of board minutes and the decision each ends in, with the amount it grants. */
final class MinutesReader {

    private static final Pattern PARAGRAPH = Pattern.compile("^§\\s*(\\d{1,4})\\s*(.*)$");
    private static final Pattern DECISION_HEAD = Pattern.compile("(?iu)^beslut\\.?$");
    private static final Pattern GRANT = Pattern.compile(
            "(?iu)(?:bevilja|beviljar|anslå|anslår|avsätta|budget på|med)\\b[^.]{0,120}?" + ProsePattern.NUMBER + ProsePattern.UNIT);

    private MinutesReader() {
    }

    static List<Decision> read(List<String> lines) {
        List<Decision> out = new ArrayList<>();
        String paragraph = null;
        String title = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = Layout.clean(lines.get(i));
            Matcher p = PARAGRAPH.matcher(line);
            if (p.matches()) {
                paragraph = "§ " + p.group(1);
                title = p.group(2).isBlank() ? nextText(lines, i + 1) : p.group(2);
                continue;
            }
            if (paragraph != null && DECISION_HEAD.matcher(line).matches()) {
                int at = nextTextIndex(lines, i + 1);
                if (at < 0) {
                    continue;
                }
                String text = Layout.clean(lines.get(at));
                out.add(new Decision(paragraph, title.replaceAll("[.]$", ""), text, grantedAmount(text), at + 1));
                paragraph = null;
            }
        }
        return out;
    }

    private static Double grantedAmount(String text) {
        Matcher m = GRANT.matcher(SwedishNumbers.mask(text));
        if (!m.find()) {
            return null;
        }
        List<NumberToken> t = SwedishNumbers.findAll(m.group("n"));
        return t.size() == 1 ? t.get(0).value() * MoneyScale.fromWord(m.group("u")).factor : null;
    }

    private static String nextText(List<String> lines, int from) {
        int i = nextTextIndex(lines, from);
        return i < 0 ? "" : Layout.clean(lines.get(i));
    }

    private static int nextTextIndex(List<String> lines, int from) {
        for (int i = from; i < Math.min(lines.size(), from + 6); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
