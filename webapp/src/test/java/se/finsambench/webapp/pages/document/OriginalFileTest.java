package se.finsambench.webapp.pages.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document's source_path as the pipeline shows it leads back to the file, whatever bytes its names are. */
class OriginalFileTest {

    @TempDir
    Path dir;

    @Test
    void aUtf8PathIsItself() throws Exception {
        Path file = Files.writeString(Files.createDirectories(dir.resolve("Styrelsen å")).resolve("protokoll ö.txt"), "x");
        assertEquals(Optional.of(file), OriginalFile.find(file.toString()));
    }

    /** "protokoll-å.txt" in Windows-1252 (byte E5) inside a folder whose name is UTF-8, shown as the pipeline shows it. */
    @Test
    void aWindows1252NameInAUtf8FolderIsFoundByItsBytes() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Styrelsen å"));
        Path file = Path.of(URI.create(folder.toUri() + "protokoll-%E5.txt"));
        Files.writeString(file, "the original");
        String shown = folder + "/protokoll-å.txt";
        assertTrue(Files.notExists(Path.of(shown)), "the shown name is not the file's name in UTF-8");
        Path found = OriginalFile.find(shown).orElseThrow();
        assertEquals("the original", Files.readString(found, StandardCharsets.UTF_8));
        assertTrue(Files.isSameFile(file, found));
    }

    @Test
    void aFolderInWindows1252LeadsToItsFiles() throws Exception {
        Path folder = Path.of(URI.create(dir.toUri() + "%C5rsrapporter"));
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("2023.txt"), "year");
        assertEquals("year", Files.readString(OriginalFile.find(dir + "/Årsrapporter/2023.txt").orElseThrow()));
    }

    @Test
    void whatIsNotThereOrIsAFolderIsNothing() throws Exception {
        Files.createDirectories(dir.resolve("a"));
        assertEquals(Optional.empty(), OriginalFile.find(dir + "/a"));
        assertEquals(Optional.empty(), OriginalFile.find(dir + "/a/saknas-å.txt"));
        assertEquals(Optional.empty(), OriginalFile.find("hdfs://namenode/rapporter/a.txt"));
        assertEquals(Optional.empty(), OriginalFile.find("relative/a.txt"));
        assertEquals(Optional.empty(), OriginalFile.find(dir + "/a/☃.txt")); // not writable in Windows-1252 either
    }
}
