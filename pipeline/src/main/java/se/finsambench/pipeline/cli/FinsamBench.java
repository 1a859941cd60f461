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
        System.exit(new CommandLine(new FinsamBench()).execute(args));
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
