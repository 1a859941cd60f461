package se.finsambench.webapp;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import se.finsambench.webapp.lake.Lake;
import se.finsambench.webapp.lake.LakeFixture;
import se.finsambench.webapp.lake.LakeSettings;

/** For looking at the pages by hand: serves a fresh fixture lake on 127.0.0.1 (port from args, default 7071). */
public final class DevServer {

    private DevServer() {
    }

    public static void main(String[] args) throws Exception {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 7071;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("finsam-dev-lake-");
        if (!Files.exists(dir.resolve("CURRENT"))) {
            LakeFixture.build(dir);
        }
        Lake lake = Lake.open(dir, new LakeSettings("512MB", 1, Duration.ofSeconds(1)));
        WebApp.create(lake, WebOptions.defaults()).start("127.0.0.1", port);
        System.err.println("Dev server on http://127.0.0.1:" + port + "/ over " + dir);
    }
}
