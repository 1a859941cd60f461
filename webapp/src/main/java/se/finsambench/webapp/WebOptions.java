package se.finsambench.webapp;

import java.nio.file.Path;
import java.util.Optional;

/** What the app needs besides the lake: an optional ground-truth CSV for the data-quality page. */
public record WebOptions(Optional<Path> truth) {

    public static WebOptions defaults() {
        return new WebOptions(Optional.empty());
    }
}
