package se.finsambench.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeTest {

    @TempDir
    Path dir;

    @Test
    void helpNamesTheOptionsOfTheContract() {
        StringWriter out = new StringWriter();
        int code = new CommandLine(new Serve()).setOut(new PrintWriter(out)).execute("--help");
        assertEquals(0, code);
        assertTrue(out.toString().contains("--lake"));
        assertTrue(out.toString().contains("--port"));
        assertTrue(out.toString().contains("--host"));
    }

    @Test
    void aFolderThatIsNoLakeIsAnErrorNotAStart() {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new Serve()).setErr(new PrintWriter(err)).execute("--lake", dir.toString(), "--port", "0");
        assertEquals(2, code);
    }

    @Test
    void theLakeOptionIsRequired() {
        StringWriter err = new StringWriter();
        assertEquals(2, new CommandLine(new Serve()).setErr(new PrintWriter(err)).execute());
        assertTrue(err.toString().contains("--lake"));
    }
}
