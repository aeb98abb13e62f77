package dev.textqc.cli;

import dev.textqc.TextQc;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code textqc} command. The only place that calls {@link System#exit}. */
@Command(name = "textqc", mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = {"Finds and fixes what scraping and machine translation leave in web text: "
        + "boilerplate, garbled sentences, broken quotes, punctuation and repetition slips, "
        + "encoding damage. Every change is recorded, so the original can always be rebuilt.",
        ""},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  no findings at or above --fail-on",
        "  1  findings at or above --fail-on (check)",
        "  2  usage, configuration or input errors (the other inputs are still processed)", "",
        "Examples:",
        "  textqc check article.txt",
        "  textqc clean -o cleaned/ articles/",
        "  textqc check --input-format jsonl --format jsonl corpus.jsonl > findings.jsonl"})
public final class Main implements Runnable {

  /** The subcommands by name, in the order the usage lists them. */
  private static final Map<String, Class<?>> SUBCOMMANDS = new LinkedHashMap<>();

  static {
    for (Class<?> c : List.of(CheckCommand.class, CleanCommand.class, RulesCommand.class,
        EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class)) {
      SUBCOMMANDS.put(c.getAnnotation(Command.class).name(), c);
    }
  }

  /** Subcommands that load the built-in rules as soon as their options are parsed. */
  private static final List<String> LOADING_RULES = List.of("check", "clean", "rules");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  public static void main(String[] args) {
    quietLibraryLogging();
    PrintWriter out = standardOutput();
    int code;
    try {
      CommandLine cl = commandLine(args);
      cl.setOut(out);
      code = cl.execute(args);
    } catch (OutOfMemoryError e) {
      // picocli hands only exceptions to the error handler: an error escaped as a stack trace
      // and exit code 1, which reads as "findings". A document that runs out of memory is
      // reported by the runner and the run goes on; this is the run itself.
      System.err.println("textqc: out of memory (" + e.getMessage() + "); give Java a larger "
          + "heap, e.g. TEXTQC_JAVA_OPTS=-Xmx2g");
      code = ExitCodes.ERROR;
    } finally {
      out.flush();
    }
    System.exit(code);
  }

  /**
   * Standard output as UTF-8 whatever the locale, buffered. JSON must be UTF-8, and cleaned text
   * must come out as it went in: under a C or POSIX locale (containers, cron, CI), Java's own
   * System.out encodes to ASCII and prints every other character as '?'. System.out also flushes
   * on every write; the commands flush as they go instead ({@link PeriodicFlush}) and once at the
   * end.
   */
  static PrintWriter standardOutput() {
    return Utf8Output.to(new FileOutputStream(FileDescriptor.out));
  }

  /**
   * Tika's parsers and LanguageTool log through SLF4J and Log4j, and the CLI ships neither
   * binding: without these settings every run starts with warnings about missing providers that
   * say nothing about the user's text. A user's own -D settings win.
   */
  static void quietLibraryLogging() {
    System.setProperty("slf4j.internal.verbosity",
        System.getProperty("slf4j.internal.verbosity", "ERROR"));
    System.setProperty("log4j2.statusLoggerLevel",
        System.getProperty("log4j2.statusLoggerLevel", "OFF"));
  }

  /** Runs the CLI without exiting: for tests and embedding. */
  public static int execute(String... args) {
    return commandLine(args).execute(args);
  }

  /** The whole command line, every subcommand built. */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The command line to run {@code args} with. Start-up is most of a short run, so: when the
   * first argument names a subcommand, only that one is built (picocli builds the model of every
   * registered subcommand, options, converters and help texts); the usage, {@code help} and
   * anything else get them all. And when the subcommand will load the built-in rules, they start
   * loading on another thread now, while picocli parses.
   */
  public static CommandLine commandLine(String... args) {
    String first = args.length == 0 ? "" : args[0];
    Class<?> called = first.equals("help") ? null : SUBCOMMANDS.get(first);
    if (called != null && LOADING_RULES.contains(first)
        && !Arrays.asList(args).contains("--no-builtin-rules")) {
      TextQc.preloadBuiltinRules();
    }
    CommandLine cl = new CommandLine(new Main());
    // Plain loops and classes, no lambdas: a lambda over picocli's types makes the class-data
    // archive dump link picocli's Java 5 classes, which then cannot be archived.
    if (called != null) {
      cl.addSubcommand(first, called);
    } else {
      for (Map.Entry<String, Class<?>> e : SUBCOMMANDS.entrySet()) {
        cl.addSubcommand(e.getKey(), e.getValue());
      }
    }
    cl.setExecutionExceptionHandler(new ErrorMessage());
    cl.setUsageHelpAutoWidth(true);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  /** An exception while a command runs: its message on stderr, exit code 2. */
  static final class ErrorMessage implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine commandLine,
        CommandLine.ParseResult parseResult) {
      commandLine.getErr().println("textqc: " + (ex.getMessage() == null ? ex.toString()
          : ex.getMessage()));
      return ExitCodes.ERROR;
    }
  }

  /** Version from the jar manifest, when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"textqc " + (v == null ? "(development build)" : v)};
    }
  }
}
