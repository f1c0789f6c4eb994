package org.tacitus.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code tacitus dict}: tools for the dictionaries; only its subcommands do work. */
@Command(name = "dict", mixinStandardHelpOptions = true,
    description = {"Tools for the actor and event dictionaries.", ""},
    subcommands = {DictValidateCommand.class, CommandLine.HelpCommand.class})
final class DictCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("tacitus dict: name a command (validate)");
    spec.commandLine().usage(spec.commandLine().getErr());
    return CommandLine.ExitCode.USAGE;
  }
}
