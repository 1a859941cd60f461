package se.finsambench.webapp.sql;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ParsedTextsTest {

    @Test
    void theLeastRecentlyUsedTextIsDroppedFirst() {
        ParsedTexts texts = new ParsedTexts(2, 100);
        texts.remember("SELECT 1", java.util.List.of());
        texts.remember("SELECT 2", java.util.List.of());
        assertTrue(texts.contains("SELECT 1"));
        texts.remember("SELECT 3", java.util.List.of());
        assertTrue(texts.contains("SELECT 1"));
        assertFalse(texts.contains("SELECT 2"));
        assertTrue(texts.contains("SELECT 3"));
    }

    @Test
    void longTextsAreNotKept() {
        ParsedTexts texts = new ParsedTexts(2, 10);
        texts.remember("SELECT 1 FROM facts", java.util.List.of());
        assertFalse(texts.contains("SELECT 1 FROM facts"));
    }

    @Test
    void onlyTheExactTextCounts() {
        ParsedTexts texts = new ParsedTexts(2, 100);
        texts.remember("SELECT 1", java.util.List.of());
        assertFalse(texts.contains("SELECT 1; DROP TABLE x"));
        assertFalse(texts.contains("select 1"));
    }
}
