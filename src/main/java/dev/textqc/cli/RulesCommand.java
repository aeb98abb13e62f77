package dev.textqc.cli;

import dev.textqc.TextQc;
import dev.textqc.rule.Rule;
import dev.textqc.rule.RuleMeta;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code textqc rules}: the rule catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "List the rules with their ids, categories, actions and descriptions.")
final class RulesCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--rules", paramLabel = "DIR", description = "Also load the rules in this folder.")
  List<Path> ruleFolders = new ArrayList<>();

  @Option(names = "--grammar", description = "Include the LanguageTool stage.")
  boolean grammar;

  @Option(names = {"-v", "--verbose"}, description = "Show each rule's description and source.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    TextQc qc = TextQc.create(dev.textqc.Config.defaults().withRuleFolders(ruleFolders)
        .withGrammar(grammar));
    out.printf("%-28s %-12s %-18s %-8s %-7s %s%n", "ID", "CATEGORY", "TYPE", "STAGE", "ACTION",
        "MESSAGE");
    for (Rule r : qc.rules()) {
      RuleMeta m = r.meta();
      out.printf("%-28s %-12s %-18s %-8s %-7s %s%n", m.id(), m.category().id(), m.type(),
          m.stage().id(), m.action().id(), m.message());
      if (verbose) {
        if (!m.description().isBlank()) {
          out.println("    " + m.description().strip());
        }
        out.println("    source: " + m.source());
      }
    }
    out.println(qc.rules().size() + " rules");
    return ExitCodes.CLEAN;
  }
}
