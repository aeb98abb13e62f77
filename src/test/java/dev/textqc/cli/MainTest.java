package dev.textqc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line is built for the subcommand called, and runs the same as the whole one. */
class MainTest {
  @TempDir
  Path dir;

  @Test
  void onlyTheCalledSubcommandIsBuilt() {
    assertEquals(Set.of("check"), Main.commandLine("check", "a.txt").getSubcommands().keySet());
    assertEquals(Set.of("rules"), Main.commandLine("rules").getSubcommands().keySet());
  }

  @Test
  void usageHelpAndUnknownCommandsGetEverySubcommandInOrder() {
    List<String> all = List.of("check", "clean", "rules", "eval", "bench", "help");
    assertEquals(all, List.copyOf(Main.commandLine().getSubcommands().keySet()));
    assertEquals(all, List.copyOf(Main.commandLine("--help").getSubcommands().keySet()));
    assertEquals(all, List.copyOf(Main.commandLine("help", "check").getSubcommands().keySet()));
    assertEquals(all, List.copyOf(Main.commandLine("chek", "a.txt").getSubcommands().keySet()));
  }

  @Test
  void aCheckWithTheRulesPreloadedReportsWhatTheWholeCommandLineReports() throws Exception {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "Title here\n\n- Advertisement -\n\nIt was the the end. .\n",
        StandardCharsets.UTF_8);
    String[] args = {"check", "--color=never", f.toString()};
    String lazy = run(Main.commandLine(args), args);
    String whole = run(Main.commandLine(), args);
    assertEquals(whole, lazy);
    assertTrue(lazy.contains("1 document, 3 findings"), lazy);
  }

  @Test
  void anUnknownSubcommandIsStillAUsageError() {
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine("chek", "a.txt");
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(new StringWriter(), true));
    assertEquals(ExitCodes.ERROR, cl.execute("chek", "a.txt"));
    assertTrue(err.toString().contains("chek"), err.toString());
  }

  @Test
  void anUnknownBenchCorpusIsNamedAndIsAnError() {
    StringWriter err = new StringWriter();
    CommandLine cl = Main.commandLine("bench");
    cl.setErr(new PrintWriter(err, true));
    cl.setOut(new PrintWriter(new StringWriter(), true));
    assertEquals(ExitCodes.ERROR, cl.execute("bench", "--data", dir.toString(), "--corpus",
        "news,newz"));
    assertTrue(err.toString().contains("newz"), err.toString());
  }

  @Test
  void benchReadsEveryKindOfInputAndNamesTheBadOnes() throws Exception {
    // HTML and JSONL records reach the bench as deferred items, which it used to skip
    Path page = dir.resolve("page.html");
    Files.writeString(page, "<html><body><p>The harbour board met on Monday to discuss the new "
        + "ferry timetable.</p></body></html>", StandardCharsets.UTF_8);
    Path corpus = dir.resolve("c.jsonl");
    Files.writeString(corpus, "{\"id\": \"a\", \"text\": \"The council met. It voted.\"}\n"
        + "not json\n", StandardCharsets.UTF_8);
    CliTest.Run r = CliTest.run("bench", "--seconds", "0.01", "--lt-kb", "0", page.toString(),
        corpus.toString());
    assertEquals(ExitCodes.ERROR, r.code(), "a bad record is an input error: " + r.err());
    assertTrue(r.out().contains("corpus input: 2 documents"), r.out());
    assertTrue(r.err().contains("c.jsonl:2: not a JSON object"), r.err());
    // --lt-kb 0: no LanguageTool reference, so no ratio against it
    assertTrue(!r.out().contains("languagetool") && !r.out().contains("LanguageTool"), r.out());
  }

  @Test
  void standardOutputIsUtf8UnderAnAsciiLocale() throws Exception {
    // Under a C locale Java's own System.out encodes to ASCII: every other char became '?'.
    String text = "Caf\u00e9 \u00abau lait\u00bb \u2014 \u041f\u0440\u0438\u0432\u0435\u0442.";
    Path f = dir.resolve("a.jsonl");
    Files.writeString(f, "{\"id\": \"a\", \"text\": \"" + text + "\"}\n", StandardCharsets.UTF_8);
    ProcessBuilder pb = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(),
        "check", "-f", "jsonl", "--fail-on=never", f.toString());
    pb.environment().keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
    pb.environment().put("LC_ALL", "C");
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor());
    assertTrue(out.contains("\"cleaned\":\"" + text + "\""), out);
  }

  private static String run(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    assertEquals(ExitCodes.FINDINGS, cl.execute(args));
    return out.toString();
  }
}
