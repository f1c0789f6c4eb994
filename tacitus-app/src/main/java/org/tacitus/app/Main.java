package org.tacitus.app;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.tacitus.app.eval.GoldFormatException;
import org.tacitus.nlp.CoreNlpAnnotator;
import org.tacitus.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code tacitus} command line. Exit codes: 0 ok, 1 failure (nothing could be coded, an I/O error, a floor not
 * reached), 2 usage. Only {@link #main} exits; {@link #run} returns the code, for tests and embedding.
 */
public final class Main {

  private Main() {
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs one command line, writing results to {@code out} and messages to {@code err}; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Tacitus());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, command, parsed) -> {
      PrintWriter w = command.getErr();
      if (e instanceof CliException || e instanceof GoldFormatException || e instanceof PipelineException
          || e instanceof StoreException) {
        w.println("tacitus: " + e.getMessage());
      } else if (e instanceof IOException || e instanceof UncheckedIOException) {
        w.println("tacitus: I/O error: " + (e instanceof UncheckedIOException u ? u.getCause() : e));
      } else {
        e.printStackTrace(w);
        w.println("tacitus: internal error: " + e);
      }
      w.flush();
      return CommandLine.ExitCode.SOFTWARE;
    });
    cl.setParameterExceptionHandler((e, arguments) -> {
      CommandLine command = e.getCommandLine();
      PrintWriter w = command.getErr();
      w.println("tacitus: " + e.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(e, w);
      w.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
      w.flush();
      return command.getCommandSpec().exitCodeOnInvalidInput();
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The top command: only subcommands do work. */
  @Command(name = "tacitus", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
      description = {"Codes news text into CAMEO political events, each with the words and the rule behind it.", ""},
      subcommands = {CodeCommand.class, EvalCommand.class, ActorsCommand.class, DictCommand.class,
          ExplainCommand.class, QueryCommand.class,
          SqlCommand.class, ExportCommand.class, RecodeCommand.class, ServeCommand.class,
          CommandLine.HelpCommand.class},
      footer = {"", "Exit codes: 0 ok, 1 failure, 2 usage error.",
          "Run 'tacitus help COMMAND' for the options of a command."})
  static final class Tacitus implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine().getErr().println("tacitus: name a command");
      spec.commandLine().usage(spec.commandLine().getErr());
      return CommandLine.ExitCode.USAGE;
    }
  }

  /** What {@code --version} prints. */
  static final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
      return new String[] {"tacitus " + Version.tacitus(), "Stanford CoreNLP " + CoreNlpAnnotator.CORENLP_VERSION,
          "Java " + Runtime.version()};
    }
  }
}
