package se.finsambench.webapp.sql;

import picocli.CommandLine;

/**
 * A command that fails says so in one line on stderr, {@code <command>: <what went wrong>}, and exits with 1;
 * never a stack trace. Running out of memory counts too, in whichever thread it happens: once the heap is full,
 * what the main thread sees is often some other exception, so the memory failure is remembered and named instead.
 */
final class CommandErrors {

    private static volatile boolean outOfMemory;

    private CommandErrors() {
    }

    /** Runs the command line with one-line errors; {@code memoryAdvice} says what to do when the heap ran out. */
    static int execute(CommandLine commandLine, String memoryAdvice, String... args) {
        String name = commandLine.getCommandName();
        String outOfMemoryLine = name + ": out of memory: " + memoryAdvice; // made while there is memory
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            if (e instanceof OutOfMemoryError) {
                outOfMemory = true;
            }
        });
        commandLine.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println(outOfMemory ? outOfMemoryLine : name + ": " + oneLine(e));
            return 1;
        });
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) { // picocli passes errors on
            System.err.println(outOfMemoryLine);
            return 1;
        }
    }

    static String oneLine(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().strip().lines().findFirst().orElse("");
        return message.isEmpty() ? e.getClass().getSimpleName() : message;
    }
}
