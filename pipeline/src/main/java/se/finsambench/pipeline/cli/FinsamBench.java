package se.finsambench.pipeline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code finsambench} command; each subcommand lives in its own class. */
@Command(name = "finsambench",
        mixinStandardHelpOptions = true,
        versionProvider = FinsamBench.Version.class,
        description = "Extract and compare figures from the reports of Swedish samordningsförbund.",
        subcommands = {ExtractCommand.class, DemoCommand.class, IngestCommand.class, GenerateCommand.class, EvaluateCommand.class, BenchCommand.class})
public final class FinsamBench implements Runnable {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        String names = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (!names.equalsIgnoreCase("UTF-8")) { // the launcher sets a UTF-8 locale; spark-submit may not
            System.err.println("finsambench: file names are " + names + " under this locale, not UTF-8: a path with "
                    + "å, ä or ö cannot be given (set LANG=C.UTF-8); files found in folders are still read by their bytes");
        }
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line as main runs it: a command that fails prints one line, {@code <command>: <what went wrong>},
     * and exits with 1; the stack trace only with {@code FINSAMBENCH_DEBUG=1}.
     */
    static CommandLine commandLine() {
        return new CommandLine(new FinsamBench()).setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println(command.getCommandName() + ": " + oneLine(e));
            if (System.getenv("FINSAMBENCH_DEBUG") != null) {
                e.printStackTrace(command.getErr());
            }
            command.getErr().flush();
            return 1;
        });
    }

    /** What went wrong, for a person: the message, not the Java class that noticed it. */
    static String oneLine(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "out of memory (give Java more with JAVA_OPTS=-Xmx8g)";
        }
        String message = e.getMessage() == null ? "" : e.getMessage().strip().lines().findFirst().orElse("");
        return message.isEmpty() ? e.getClass().getSimpleName() : message;
    }

    @Override
    public void run() {
        // A bare "finsambench" is a usage error: say so and show the subcommands (exit 2).
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    /** The jar manifest's version when packaged, "dev" when run from target/classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = FinsamBench.class.getPackage().getImplementationVersion();
            return new String[] {"finsambench " + (version == null ? "dev" : version)};
        }
    }
}
