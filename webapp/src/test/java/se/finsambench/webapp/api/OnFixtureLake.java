package se.finsambench.webapp.api;

import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.TestCase;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import se.finsambench.webapp.WebApp;
import se.finsambench.webapp.WebOptions;
import se.finsambench.webapp.lake.Lake;

/**
 * Base of the API tests that ask the web app over the fixture lake: the lake is opened once per test class (test
 * classes run one after another), and each test gets its own server with the default options.
 */
abstract class OnFixtureLake {

    static Lake lake;

    @BeforeAll
    static void openFixtureLake() throws IOException {
        lake = ApiTestSupport.fixtureLake();
    }

    @AfterAll
    static void closeFixtureLake() {
        lake.close();
    }

    /** The web app with the default options over the lake, started for {@code test} and stopped after it. */
    static void served(TestCase test) {
        JavalinTest.test(WebApp.create(lake, WebOptions.defaults()), test);
    }
}
