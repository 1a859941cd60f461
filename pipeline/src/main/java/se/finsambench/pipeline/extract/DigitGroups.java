package se.finsambench.pipeline.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers whose separating tabs were lost: "3 056 3 076 3 084" is three numbers because a Swedish
 * number continues only with groups of exactly three digits and never starts with a zero group.
 */
final class DigitGroups {
    private static final java.util.regex.Pattern FULL_GROUP = java.util.regex.Pattern.compile("\\d{3}(,\\d+)?%?");
    private static final java.util.regex.Pattern LEADING_MINUS = java.util.regex.Pattern.compile("^[-−–]");
    private static final java.util.regex.Pattern FIRST_GROUP = java.util.regex.Pattern.compile("(0|[1-9]\\d{0,2})(,\\d+)?%?");
    private static final java.util.regex.Pattern FOUR_DIGIT_FIRST_GROUP = java.util.regex.Pattern.compile("[1-9]\\d{3}(,\\d+)?%?");


    private static final Pattern GROUP = Pattern.compile("[-−–]?\\d+(?:,\\d+)?%?");

    private DigitGroups() {
    }

    /** The ways digit groups split into exactly {@code columns} numbers (at most two are looked for). */
    static List<List<String>> splits(String text, int columns) {
        List<String> groups = new ArrayList<>();
        Matcher g = GROUP.matcher(text);
        while (g.find()) {
            groups.add(g.group());
        }
        List<List<String>> found = new ArrayList<>();
        if (!groups.isEmpty() && columns > 0) {
            split(groups, 0, columns, new ArrayList<>(), found);
        }
        return found;
    }

    private static void split(List<String> groups, int from, int left, List<String> current, List<List<String>> found) {
        if (found.size() > 1) {
            return;
        }
        if (from == groups.size()) {
            if (left == 0) {
                found.add(List.copyOf(current));
            }
            return;
        }
        if (left == 0 || !canStart(groups.get(from))) {
            return;
        }
        StringBuilder number = new StringBuilder(groups.get(from));
        for (int end = from + 1; end <= groups.size(); end++) {
            if (end > from + 1) {
                String next = groups.get(end - 1);
                if (!FULL_GROUP.matcher(next).matches() || number.toString().contains(",") || number.toString().endsWith("%")) {
                    break;
                }
                number.append(' ').append(next);
            }
            current.add(number.toString());
            split(groups, end, left - 1, current, found);
            current.remove(current.size() - 1);
        }
    }

    private static boolean canStart(String group) {
        String digits = LEADING_MINUS.matcher(group).replaceAll("");
        return FIRST_GROUP.matcher(digits).matches() || FOUR_DIGIT_FIRST_GROUP.matcher(digits).matches();
    }
}
