package se.finsambench.webapp.sql;

/**
 * Finds the first word of SQL text past whitespace and comments ({@code -- …} and nested {@code /* … *}{@code /}),
 * for the keyword allow-list. Deliberately no more than that: which statements the text holds is decided by
 * DuckDB's parser ({@link StatementGate}), not here.
 */
final class SqlText {

    /** A word (letters, digits, underscore), or a single other character such as "(", and where it lies. */
    record Word(String word, int start, int end) {
    }

    private SqlText() {
    }

    static Word firstWord(String sql, int from) {
        int i = skipSpaceAndComments(sql, from);
        if (i >= sql.length()) {
            return new Word("", i, i);
        }
        int start = i;
        if (!isWordChar(sql.charAt(i))) {
            return new Word(sql.substring(i, i + 1), start, i + 1);
        }
        while (i < sql.length() && isWordChar(sql.charAt(i))) {
            i++;
        }
        return new Word(sql.substring(start, i), start, i);
    }

    static int skipSpaceAndComments(String sql, int from) {
        int i = from;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? n : nl + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                i = endOfBlockComment(sql, i);
            } else {
                break;
            }
        }
        return i;
    }

    /** Block comments nest in DuckDB (as in PostgreSQL); an unclosed one runs to the end. */
    private static int endOfBlockComment(String sql, int start) {
        int depth = 0;
        int i = start;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
