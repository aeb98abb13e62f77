package dev.textqc.detect.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.textqc.TestSupport;
import dev.textqc.TextQc;
import dev.textqc.document.Document;
import dev.textqc.finding.Action;
import dev.textqc.finding.Annotation;
import dev.textqc.pipeline.Result;
import dev.textqc.rule.BoundedCorpusMemory;
import dev.textqc.rule.CorpusMemory;
import dev.textqc.rule.LineScan;
import dev.textqc.rule.Rule;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Input text in, exact removed lines out, for the page-layout detector alone. */
class PageLayoutDetectorTest {
  private static final TextQc LAYOUT = TextQc.of(List.of(rule()));

  private static Rule rule() {
    return TestSupport.builtinRules().stream()
        .filter(r -> r.meta().id().equals("BP_PAGE_LAYOUT")).findFirst().orElseThrow();
  }

  private static final String P1 = "The council voted on Tuesday to add two evening ferries to the "
      + "island route from next month, after a year of complaints.";
  private static final String P2 = "Commuters said they had missed the last boat home after late "
      + "shifts at the hospital and the container port.";
  private static final String P3 = "The operator said the new timetable would be reviewed in the "
      + "spring, once passenger numbers were known.";

  private static List<String> removedLines(String text, CorpusMemory memory) {
    Result r = LAYOUT.check(Document.of("t", text), memory);
    List<String> out = new ArrayList<>();
    for (Annotation a : r.annotations()) {
      if (a.action() == Action.REMOVE) {
        out.add(text.substring(a.span().start(), a.span().end()).strip());
      }
    }
    return out;
  }

  private static List<String> removedLines(String text) {
    return removedLines(text, CorpusMemory.NONE);
  }

  @Test
  void leavesPagesWithKnownHtmlStructureToTheStructureRule() {
    String html = "<html><body><ul><li>Home</li><li>News</li><li>Sport</li><li>Weather</li>"
        + "<li>Travel</li></ul><h1>Ferry timetable changes</h1><p>" + P1 + "</p><p>" + P2
        + "</p><p>" + P3 + "</p><ul><li>About us</li><li>Contact</li><li>Privacy policy</li>"
        + "</ul></body></html>";
    Document page = dev.textqc.source.html.HtmlDocuments.fromString("page.html", html);
    assertTrue(page.structure() != null, "HTML input carries its structure");
    assertTrue(LAYOUT.check(page).annotations().isEmpty(), "no guessing from line shapes");
    // the same lines as flat text are judged by their shape
    assertTrue(!LAYOUT.check(Document.of("flat", page.text())).annotations().isEmpty());
  }

  @Test
  void removesAMenuAboveAndBelowTheArticle() {
    String text = String.join("\n", "Home", "News", "Sport", "Weather", "Travel",
        "Ferry timetable changes", P1, P2, P3, "About us", "Contact", "Privacy policy");
    assertEquals(List.of("Home", "News", "Sport", "Weather", "Travel", "About us", "Contact",
        "Privacy policy"), removedLines(text));
  }

  // lines removed for the same reasons share one message, not a copy each (a page of a few
  // hundred thousand equal short lines held one per line)
  @Test
  void linesRemovedForTheSameReasonsShareTheirMessage() {
    String text = "Hello world\n".repeat(50);
    List<Annotation> removed = LAYOUT.check(Document.of("t", text)).annotations();
    assertEquals(50, removed.size());
    for (Annotation a : removed) {
      assertSame(removed.get(0).message(), a.message());
    }
  }

  @Test
  void removesASignatureBelowTheLastParagraph() {
    String text = String.join("\n\n", "Ferry timetable changes", P1, P2, "Harbour Gazette Ltd");
    assertEquals(List.of("Harbour Gazette Ltd"), removedLines(text));
  }

  @Test
  void removesAHeadlineListAfterACapitalisedTeaserHeader() {
    String text = String.join("\n\n", "Ferry timetable changes", P1,
        "SEE ALSO:\nTram depot to become a market hall\nNew cycle lane opens on the quay\n"
            + "Council approves school extension", P2, P3);
    assertEquals(List.of("SEE ALSO:", "Tram depot to become a market hall",
        "New cycle lane opens on the quay", "Council approves school extension"),
        removedLines(text));
  }

  @Test
  void keepsHeadlineDatelineSubheadingsAndIntroducedLists() {
    String text = String.join("\n\n", "Ferry timetable changes", "By Anna Berg",
        "12 March 2024", P1, "What changes", P2,
        "The new evening departures are:\n18:40 from the quay\n20:15 from the island\n"
            + "22:00 from the quay", P3);
    assertEquals(List.of(), removedLines(text));
  }

  @Test
  void keepsASceneBreakAndRemovesStrayPunctuation() {
    String text = String.join("\n\n", P1, "* * *", P2, ",", P3);
    assertEquals(List.of(","), removedLines(text));
  }

  @Test
  void keepsANumberedListBelowTheArticle() {
    // a ranking or a results table closing a page that was already cleaned is content: its
    // items are numbered, which menus and headline lists seldom are
    String text = String.join("\n", "Ferry routes ranked by passengers", P1, P2,
        "1. Harbour to Island North", "2. Quay to Lighthouse Point", "3. Island North to Old Town",
        "4. Old Town to Harbour", "5. Lighthouse Point to Quay", "6. Quay to the Marina");
    assertEquals(List.of(), removedLines(text));
  }

  @Test
  void removesAMenuAboveShortQuestionsBelowTheArticle() {
    // headlines that end in "?" are short sentences, not prose: five of them further down do
    // not make the menu above them look like a break inside the article
    String text = String.join("\n", "Ferry timetable changes", P1, P2, P3, "Home", "News",
        "Sport", "Weather", "Contact", "Is the new timetable working?",
        "Who pays for the bridge repairs?", "Can the market hall open in May?",
        "What next for the old ferry?", "Will the port expand again?");
    assertEquals(List.of("Home", "News", "Sport", "Weather", "Contact"), removedLines(text));
  }

  @Test
  void aTimeOfDayMakesADateAPostTimestamp() {
    assertTrue(PageLayoutDetector.hasTimeOfDay("06-29-2004, 04:19 AM"));
    assertTrue(PageLayoutDetector.hasTimeOfDay("Posted 12 March 2024 at 9:05"));
    assertTrue(!PageLayoutDetector.hasTimeOfDay("12 March 2024"));
    assertTrue(!PageLayoutDetector.hasTimeOfDay("Final score 3:1"));
    assertTrue(!PageLayoutDetector.hasTimeOfDay("Ratio 100:250"));
  }

  @Test
  void removesAPageTitleThatRepeatsTheHeadlineWithTheSiteName() {
    String text = String.join("\n\n", "Ferry timetable changes for the island | Harbour Gazette",
        "Ferry timetable changes for the island", P1, P2);
    Result r = LAYOUT.check(Document.of("t", text));
    assertEquals(1, r.annotations().size());
    assertEquals("page-title", r.annotations().get(0).type());
    assertTrue(r.cleaned().startsWith("Ferry timetable changes for the island\n\n"));
  }

  @Test
  void learnsTemplateLinesAcrossTheDocumentsOfARun() {
    CorpusMemory memory = new BoundedCorpusMemory(1000);
    String[][] stories = {
        {"Ferry timetable changes", P1, P2},
        {"Bridge closed for repairs", "Engineers closed the old swing bridge on Monday after "
            + "finding cracks in two of the supports during a routine inspection.",
            "Drivers were sent on a twelve-mile detour through the industrial estate while the "
            + "council looked for a contractor."},
        {"Library reopens", "Visitors queued from early morning to see the restored reading "
            + "room and its painted ceiling on the first day.",
            "The mayor said the building would stay open late on Thursdays through the winter "
            + "and the summer."}};
    List<List<String>> removed = new ArrayList<>();
    List<String> messages = new ArrayList<>();
    for (int d = 0; d < stories.length; d++) {
      String text = String.join("\n\n", stories[d][0], stories[d][1], "Gazette reader offers",
          stories[d][2]);
      Result r = LAYOUT.check(Document.of("doc" + d, text), memory);
      List<String> lines = new ArrayList<>();
      for (Annotation a : r.annotations()) {
        lines.add(text.substring(a.span().start(), a.span().end()).strip());
        messages.add(a.message());
      }
      removed.add(lines);
    }
    assertEquals(List.of(List.of(), List.of(), List.of("Gazette reader offers")), removed);
    assertTrue(messages.get(0).contains("recurs in 3 documents"), messages.toString());
  }

  /** Three stories of one site, each closed by the same two template sentences. */
  private static final String PITCH = "Need more ferry news? Subscribe to our sister title, "
      + "the Harbour Weekly, for the latest from the quays!";
  private static final String PUBLISHER = "The Gazette is part of Harbour Media, an "
      + "international media group and leading digital publisher.";

  @Test
  void learnsTemplateSentencesBelowTheArticleAcrossTheRun() {
    CorpusMemory memory = new BoundedCorpusMemory(1000);
    String[][] stories = {{P1, P2}, {P3, P4},
        {"Engineers closed the old swing bridge on Monday after finding cracks in two of the "
            + "supports during a routine inspection.",
            "Drivers were sent on a twelve-mile detour through the industrial estate while the "
            + "council looked for a contractor."}};
    List<List<String>> removed = new ArrayList<>();
    for (int d = 0; d < stories.length; d++) {
      removed.add(removedLines(String.join("\n\n", "Harbour story " + d, stories[d][0],
          stories[d][1], PITCH, PUBLISHER), memory));
    }
    // the first story cannot know; the later ones do. The publisher's line speaks of the site,
    // not to the reader: a sentence like it may be a lead two versions of one story share
    assertEquals(List.of(), removed.get(0));
    assertEquals(List.of(PITCH), removed.get(1));
    assertEquals(List.of(PITCH), removed.get(2));
  }

  @Test
  void keepsTheLeadThatTwoVersionsOfAStoryShare() {
    CorpusMemory memory = new BoundedCorpusMemory(1000);
    String lead = "Austria is tightening controls on its border with Hungary after another "
        + "influx of migrants in recent months.";
    removedLines(String.join("\n\n", lead, P1, P2), memory);
    assertEquals(List.of(), removedLines(String.join("\n\n", lead, P3, P4), memory));
  }

  @Test
  void keepsARecurringSentenceInsideTheArticle() {
    CorpusMemory memory = new BoundedCorpusMemory(1000);
    // a quotation two stories share, between each story's own paragraphs
    String quote = "\"We will not close the ferry while I am mayor,\" the mayor said again.";
    removedLines(String.join("\n\n", "Ferry stays", P1, quote, P2), memory);
    assertEquals(List.of(), removedLines(String.join("\n\n", "Mayor speaks", P3, quote, P4),
        memory));
  }

  @Test
  void aCopyOfAnEarlierDocumentKeepsItsLines() {
    CorpusMemory memory = new BoundedCorpusMemory(1000);
    String text = String.join("\n\n", P1, "Harbour Gazette", P2, "Harbour Gazette", P3);
    removedLines(text, memory);
    String copy = String.join("\n\n", P1, "Ferry notes", P2, "Timetable", P3);
    removedLines(copy, memory);
    // the copy's sentences are all known: its short lines are not treated as template
    assertEquals(List.of(), removedLines(copy, memory));
  }

  @Test
  void thePageTitleIsFoundAsTheStringAndRegexReadingFoundIt() {
    String[] pieces = {"Bridge", "repairs", "delayed", "by", "storm", "Harbour", "Gazette", " ",
        "  ", "\t", "\u2003", "\u00A0", " | ", " - ", " – ", " — ", " :: ", " :", "|", "-", "x",
        "1", "é", "\u0001", "News", "a b c d e f g", "\u000B"};
    java.util.Random random = new java.util.Random(5);
    for (int t = 0; t < 20000; t++) {
      StringBuilder text = new StringBuilder();
      String head = null;
      int lineCount = 1 + random.nextInt(5);
      for (int l = 0; l < lineCount; l++) {
        StringBuilder line = new StringBuilder();
        if (head != null && random.nextInt(3) == 0) {
          line.append(random.nextBoolean() ? head : head.toUpperCase());
        } else {
          int n = random.nextInt(14);
          for (int k = 0; k < n; k++) {
            line.append(pieces[random.nextInt(pieces.length)]);
            if (random.nextBoolean()) {
              line.append(' ');
            }
          }
        }
        if (head == null) {
          String[] parts = line.toString().split(" [|\\-–—:] ");
          head = parts.length > 0 ? parts[0] : "";
        }
        text.append(line).append(random.nextInt(4) == 0 ? "\n\n" : "\n");
      }
      String page = text.toString();
      List<dev.textqc.document.Line> lines = dev.textqc.document.Lines.of(page);
      int[] idx = new int[lines.size()];
      int n = 0;
      for (dev.textqc.document.Line line : lines) {
        if (!line.isBlank()) {
          idx[n++] = line.index();
        }
      }
      assertEquals(referencePageTitle(lines, idx, n),
          PageLayoutDetector.pageTitle(lines, page.toCharArray(), idx, n), page);
    }
  }

  // the page title as it was read with String.strip(), replaceFirst and split
  private static int referencePageTitle(List<dev.textqc.document.Line> lines, int[] idx, int n) {
    for (int k = 0; k < Math.min(3, n); k++) {
      String t = lines.get(idx[k]).text().strip();
      int cut = -1;
      for (int i = t.length() - 3; i >= 0 && cut < 0; i--) {
        if (t.charAt(i) == ' ') {
          for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
            if (t.startsWith(sep, i)) {
              cut = i;
              break;
            }
          }
        }
      }
      if (cut < 0) {
        continue;
      }
      String tail = t.substring(cut).replaceFirst("^\\s*[|\\-–—:]\\s*", "");
      if (tail.isBlank() || tail.split("\\s+").length > 6) {
        continue;
      }
      StringBuilder letters = new StringBuilder();
      for (char c : t.substring(0, cut).toCharArray()) {
        if (Character.isLetterOrDigit(c)) {
          letters.append(Character.toLowerCase(c));
        }
      }
      String head = letters.toString();
      if (head.length() < 15) {
        continue;
      }
      for (int j = k + 1; j < Math.min(n, k + 40); j++) {
        String raw = lines.get(idx[j]).text();
        if (Math.abs(raw.length() - cut) > 60) {
          continue;
        }
        StringBuilder other = new StringBuilder();
        for (char c : raw.toCharArray()) {
          if (Character.isLetterOrDigit(c)) {
            other.append(Character.toLowerCase(c));
          }
        }
        String b = other.toString();
        if (b.equals(head) || (b.length() >= 15 && (b.startsWith(head) || head.startsWith(b))
            && Math.abs(b.length() - head.length()) < 40)) {
          return k;
        }
      }
    }
    return -1;
  }

  @Test
  void keepsAHeadedListBelowTheArticleWithItsHeader() {
    // the header stays with the list it labels: removed alone, the next round would meet the
    // items without it and read them as a menu below the article
    String text = String.join("\n", "Ferry timetable changes", P1, P2, P3, "Services:",
        "Evening sailings to the island", "Bicycle and pram storage", "Freight booking",
        "Season tickets for commuters", "Accessible boarding ramps");
    assertEquals(List.of(), removedLines(text));
  }

  @Test
  void stillRemovesASidebarOfSeveralHeadedGroupsBelowTheArticle() {
    String text = String.join("\n", "Ferry timetable changes", P1, P2, P3, "Share this:",
        "Twitter", "Facebook", "Email", "Print", "Like this:", "Like", "Related", "Recent",
        "Popular");
    assertEquals(List.of("Share this:", "Twitter", "Facebook", "Email", "Print", "Like this:",
        "Like", "Related", "Recent", "Popular"), removedLines(text));
  }

  @Test
  void keepsHardWrappedProseBelowTheArticle() {
    // a reply pasted with its line breaks: each line is short and unpunctuated, but every break
    // falls mid-sentence and the next line goes on in lower case
    String text = String.join("\n", "Ferry timetable changes", P1, P2, P3,
        "Thanks for the report, I looked at the logs and the",
        "problem is the mail filter we installed last", "week, so I will ask the admin",
        "to turn off.");
    assertEquals(List.of(), removedLines(text));
  }

  @Test
  void stillRemovesLowerCaseMenuLinesThatNeverEndASentence() {
    String text = String.join("\n", "Ferry timetable changes", P1, P2, P3,
        "read more about the harbour", "sign up for our newsletter", "follow us on social media");
    assertEquals(List.of("read more about the harbour", "sign up for our newsletter",
        "follow us on social media"), removedLines(text));
  }

  @Test
  void keepsBulletPointsBelowTheLastParagraph() {
    String text = String.join("\n", "Ferry timetable changes", P1, P2, P3,
        "- The harbour office opens at eight every weekday",
        "- Tickets can also be bought from the crew on board",
        "- Bicycles and prams travel free of charge all year");
    assertEquals(List.of(), removedLines(text));
  }

  @Test
  void stillRemovesABulletedFooterMenu() {
    String text = String.join("\n", "Ferry timetable changes", P1, P2, P3, "• Terms of use",
        "• Privacy and cookies", "• Contact the newsroom", "• Advertise with us",
        "• Jobs at the Gazette");
    assertEquals(List.of("• Terms of use", "• Privacy and cookies", "• Contact the newsroom",
        "• Advertise with us", "• Jobs at the Gazette"), removedLines(text));
  }

  @Test
  void everyDatelineMatchHoldsOneOfTheDeclaredLiterals() {
    PageLayoutDetector rule = (PageLayoutDetector) rule();
    String[] pieces = {"12", "3", "2024", "-", "/", ".", ". ", " ", "Jan", "MÄRZ", "märz", "мая",
        "Травня", "ſeptember", "SEPT", "dec", "June", "junio", "Mai", "août", "AOÛT", "x", "İ",
        "ı", "\u00A0", "\u2003", "1.2.2003", "2024-03-12", "\u0085", "\u2028", "٣", "\u0301", "_",
        "𝟙", "ДЕКАБРЯ", "Dezember", "oktober", "enero", "Diciembre", "листопада", "on", "by", ","};
    java.util.Random random = new java.util.Random(9);
    int matches = 0;
    for (int t = 0; t < 100000; t++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(9);
      for (int k = 0; k < n; k++) {
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String line = sb.toString();
      if (rule.datelinePattern().matcher(line).find()) {
        matches++;
        assertTrue(rule.mayBeDate(line), line);
      }
    }
    assertTrue(matches > 1000, "the sample holds dates: " + matches);
  }
  @Test
  void theDatelineLiteralsScanSpellsOutTheDigitWildcard() {
    LineScan scan = PageLayoutDetector.datelineScan(List.of("0.0", "m\u00c4rz", "\u017fep"));
    java.util.function.Predicate<String> found =
        t -> scan.mask(t.toCharArray(), 0, t.length()) != 0;
    assertTrue(found.test("on 7.3 at noon"));
    assertTrue(found.test("12 MÄRZ"));
    assertTrue(found.test("Sep 3")); // a long s in the literal: its case class, as the pattern
    assertTrue(!found.test("7. 3 and 7-3"));
    // a line with another script's digit is not the scan's to rule out
    PageLayoutDetector rule = (PageLayoutDetector) rule();
    assertTrue(rule.mayBeDate("\u0663.\u0664"));
    assertTrue(!rule.mayBeDate("Harbour news"));
    // too many literals once every '0' is spelt out: no scan, every line is asked
    assertEquals(null, PageLayoutDetector.datelineScan(List.of("0000")));
  }

  @Test
  void aMonthAndYearIsNotADateline() {
    PageLayoutDetector rule = (PageLayoutDetector) rule();
    for (String date : List.of("December 12, 2004", "Dec 12 2004", "12 December 2004",
        "Tuesday, April 05, 2005", "06-29-2004")) {
      assertTrue(rule.datelinePattern().matcher(date).find(), date);
    }
    // a line of only a month and a year is a month archive link, not a day's date
    for (String month : List.of("December 2004", "Apr 2000", "November 2019 (12)", "- May 2021")) {
      assertTrue(!rule.datelinePattern().matcher(month).find(), month);
    }
    // in a longer line a month and year still dates it
    for (String dated : List.of("Published March 2019", "Joined: Apr 2000")) {
      assertTrue(rule.datelinePattern().matcher(dated).find(), dated);
    }
  }

  @Test
  void removesAMonthArchiveBelowTheArticleAndKeepsTheDateline() {
    String text = String.join("\n", "Ferry timetable changes", "December 12, 2004", P1, P2, P3,
        "Archives", "December 2004", "November 2004", "October 2004", "September 2004");
    assertEquals(List.of("Archives", "December 2004", "November 2004", "October 2004",
        "September 2004"), removedLines(text));
  }

  @Test
  void removesAShortQuestionAmongTheTitlesOfASidebarBelowTheArticle() {
    String text = String.join("\n", "Ferry timetable changes", P1, P2, P3,
        "Recent posts", "Tram depot to become a market hall", "New cycle lane opens on the quay",
        "Harbour wall repairs begin", "Fishing quotas cut again",
        "Will the night ferry return next year?", "Ferry fares to rise in April",
        "Lighthouse open to visitors", "Island school gets a new roof", "Quay market moves indoors",
        "Rowing club celebrates a century");
    List<String> removed = removedLines(text);
    assertTrue(removed.contains("Will the night ferry return next year?"), removed.toString());
    assertTrue(removed.contains("Harbour wall repairs begin"), removed.toString());
  }

  @Test
  void keepsShortSentencesThatDoNotStandBetweenTwoRemovedItems() {
    // the article's closing sentence borders on the prose above it, not on two removed items
    String closing = String.join("\n", "Ferry timetable changes", P1, P2, P3,
        "The first boat leaves at six.", "Home", "News", "Sport", "Weather", "Contact us");
    List<String> removed = removedLines(closing);
    assertTrue(!removed.contains("The first boat leaves at six."), removed.toString());
    assertTrue(removed.contains("Weather"), removed.toString());
    // a bullet point, a wrapped line's tail and a lower-case reply are not titles, though they
    // stand between removed menu entries
    String menu = "Home\nNews\nSport\nWeather\nTravel";
    String menu2 = "Jobs\nAdvertise\nAbout us\nContact\nPrivacy";
    for (String item : List.of("- Boats leave from the quay.", "and the last one at ten.",
        "well, see you at the quay!")) {
      List<String> kept = removedLines(String.join("\n", "Ferry timetable changes", P1, P2, P3,
          menu, item, menu2));
      assertTrue(kept.contains("Travel") && kept.contains("Jobs"), kept.toString());
      assertTrue(!kept.contains(item), kept.toString());
    }
    // between the article's paragraphs nothing is a sidebar
    String inside = String.join("\n", "Ferry timetable changes", P1, "Timetable", "Fares",
        "Will the night ferry return?", "Tickets", "Season passes", P2, P3);
    assertTrue(!removedLines(inside).contains("Will the night ferry return?"));
  }
  @Test
  void removesTheSecondCopyOfALineRepeatedAcrossASeparator() {
    // a revision diff flattened: each changed paragraph in the old and the new column
    String text = String.join("\n", "Ferry timetable changes", P1, "||", P1, "|+|",
        "===Winter sailings===", "||", "===Winter sailings===", P2, P3);
    assertEquals(List.of("||", P1, "|+|", "||", "===Winter sailings==="), removedLines(text));
  }

  @Test
  void keepsRepeatedLinesWithoutASeparatorBetweenThem() {
    // a scene break between two different paragraphs, and a line the article repeats
    String breakText = String.join("\n", "Ferry timetable changes", P1, "* * *", P2, P3);
    assertTrue(removedLines(breakText).isEmpty(), removedLines(breakText).toString());
    String repeated = String.join("\n", "Ferry timetable changes", P1, P2, P1, P3);
    assertTrue(removedLines(repeated).isEmpty(), removedLines(repeated).toString());
  }
  @Test
  void keepsAParagraphLongLineWithoutFinalPunctuationAmongShortLines() {
    // an abstract that ends on its indexer's initials, below the article among a menu's lines
    String paragraph = "In this study the authors followed the pupils of two small schools over "
        + "three years and asked how the move to a single building for the younger grades changed "
        + "the way the teachers worked together, how the parents saw the change and what it meant "
        + "for the cost of running the district, and they found that most of the savings came from "
        + "the buses (Author/MK)";
    String text = String.join("\n", "Ferry timetable changes", P1, P2, P3, "Home", "News",
        paragraph, "Sport", "Weather", "Contact us");
    List<String> removed = removedLines(text);
    assertTrue(!removed.contains(paragraph), removed.toString());
    assertTrue(removed.contains("Weather"), removed.toString());
  }

  @Test
  void stillRemovesALongCapitalisedMenuLine() {
    // sixty-odd capitalised names in one line: a menu flattened into one line, not a paragraph
    StringBuilder menu = new StringBuilder("Choose Brand");
    for (int i = 0; i < 30; i++) {
      menu.append(" Brand").append((char) ('A' + i % 26)).append(" Motors");
    }
    String text = String.join("\n", "Ferry timetable changes", P1, P2, P3, "Home", "News",
        menu.toString(), "Sport", "Weather", "Contact us");
    assertTrue(removedLines(text).contains(menu.toString()));
  }
  private static final List<String> HEADLINES = List.of("Tram depot to become a market hall",
      "New cycle lane opens on the quay", "Harbour wall repairs begin next week",
      "Fishing quotas cut again for the bay", "Ferry fares to rise in April",
      "Lighthouse open to visitors this summer");

  @Test
  void removesAListOfSixHeadlinesAboveTheArticle() {
    List<String> lines = new ArrayList<>(HEADLINES);
    lines.addAll(List.of("Ferry timetable changes", P1, P2, P3));
    List<String> removed = removedLines(String.join("\n", lines));
    // the line right above the first paragraph is taken for the article's own headline
    assertEquals(HEADLINES, removed);
  }

  @Test
  void keepsAHeadlineBylineAndDatelineAndADatedArchiveAboveTheArticle() {
    String head = String.join("\n", "Ferry timetable changes", "By Anna Berg, transport reporter",
        "Updated 12 March 2024", P1, P2, P3);
    assertTrue(removedLines(head).isEmpty(), removedLines(head).toString());
    // the site's own archive, each title with its date: some pages make it their content
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      lines.add(HEADLINES.get(i));
      lines.add((10 + i) + " March 2024");
    }
    lines.addAll(List.of("Ferry timetable changes", P1, P2, P3));
    List<String> removed = removedLines(String.join("\n", lines));
    assertTrue(removed.stream().noneMatch(HEADLINES::contains), removed.toString());
  }

  /** A shop grid: item, price, delivery note, twelve short lines and not one sentence. */
  private static final List<String> GRID = List.of("Hand-painted ceramic mug", "€18.00",
      "Free shipping", "Linen tea towel with lemon print", "€12.50", "Free shipping",
      "Oak serving board", "€34.00", "Only 2 left", "Wool blanket in forest green", "€89.00",
      "Free shipping");

  @Test
  void removesAPageOfShortLinesWithoutArticleText() {
    assertEquals(GRID, removedLines(String.join("\n", GRID)));
  }

  @Test
  void keepsPagesWithoutProseThatAreNotFurniture() {
    // fewer than ten lines: a snippet, not a page (the grid's items, each once)
    List<String> snippet = GRID.stream().distinct().limit(9).toList();
    assertTrue(removedLines(String.join("\n", snippet)).isEmpty());
    // one line in ten or more a sentence: notes, not a grid
    List<String> notes = new ArrayList<>(GRID);
    notes.add(4, "Orders placed before noon leave the same day.");
    notes.add(9, "Every piece is made by hand in our workshop.");
    assertTrue(removedLines(String.join("\n", notes)).isEmpty(),
        removedLines(String.join("\n", notes)).toString());
    // long lines: more than twelve words a line on average is text, not a grid
    List<String> entries = new ArrayList<>();
    for (String item : GRID) {
      entries.add(item + " appears in the catalogue of the spring fair with a short note from its maker");
    }
    assertTrue(removedLines(String.join("\n", entries)).isEmpty());
    // an article beside the same lines: they are judged by their place around it
    List<String> page = new ArrayList<>(GRID);
    page.addAll(List.of(P1, P2, P3));
    assertTrue(removedLines(String.join("\n", page)).size() < GRID.size());
  }

  private static final String P4 = "The harbour board has promised to pay half of the cost of the "
      + "two new boats, which are due to arrive in the spring.";

  @Test
  void listAfterARelatedHeadingGoesWithTheWholePipeline() {
    // the list stands between the article's paragraphs, where a run of five short lines alone
    // weighs too little: the heading is what tells
    String page = "Ferry timetable changes\n\n" + P1 + "\n" + P2 + "\nRead next\n"
        + "Bus fares to rise in January\nNew cycle lanes open on the river road\n"
        + "Harbour car park to close for repairs\nSchool bus routes change after the holidays\n"
        + P3 + "\n" + P4;
    // the layout rule alone takes the items, the phrase rule the heading
    assertEquals(List.of("Bus fares to rise in January", "New cycle lanes open on the river road",
        "Harbour car park to close for repairs", "School bus routes change after the holidays"),
        removedLines(page));
    Result all = TextQc.create(dev.textqc.Config.defaults()).check(Document.of("t", page));
    assertEquals("Ferry timetable changes\n\n" + P1 + "\n" + P2 + "\n" + P3 + "\n" + P4,
        all.cleaned());
    // without the heading the same run stays: between paragraphs it may be the article's list
    assertEquals(List.of(), removedLines(page.replace("Read next\n", "Timetable changes\n")));
  }

  @Test
  void twoHeadlinesUnderARelatedHeadingAreAListOfHeadlines() {
    String page = "Ferry timetable changes\n\n" + P1 + "\n" + P2 + "\nRelated articles\n"
        + "Bus fares to rise in January\nNew cycle lanes open on the river road\n" + P3 + "\n"
        + P4;
    assertEquals(List.of("Bus fares to rise in January", "New cycle lanes open on the river road"),
        removedLines(page));
    // two one- or two-word lines are no headlines: between paragraphs they may be the article's
    assertEquals(List.of(), removedLines(page.replace("Bus fares to rise in January", "Fares")
        .replace("New cycle lanes open on the river road", "Cycle lanes")));
  }

  @Test
  void listAfterARelatedHeadingEndsAtALongLineOrASentence() {
    String note = "More information: the full report on the ferry routes with the maps, the costs "
        + "and the timetable for the works is on the council website";
    String items = "Bus fares to rise in January\nNew cycle lanes open on the river road\n";
    assertEquals(List.of(), removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2
        + "\nRelated coverage\n" + note + "\n" + items + P3 + "\n" + P4));
    assertEquals(List.of(), removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2
        + "\nRead next\n" + P3 + "\n" + items + P4));
    // a line that only opens like a heading is none
    assertEquals(List.of(), removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2
        + "\nRelated stories ran in two other papers\n" + items
        + "Harbour car park to close for repairs\nSchool bus routes change after the holidays\n"
        + P3 + "\n" + P4));
  }

  private static final String C1 = "I have taken this ferry for years and the evening sailings "
      + "were always the first to be cut.";
  private static final String C2 = "Good news at last, but the council should have listened a "
      + "year ago.";

  @Test
  void removesTheCommentSectionBelowTheArticle() {
    for (String heading : List.of("12 Comments", "[ 167 comments ]", "Top Rated Comments",
        "Leave a Reply", "Join the conversation", "3 thoughts on \u201cFerry timetable\u201d",
        "Laisser un commentaire", "Comments (4)", "Kommentare (3)", "Comments are closed.",
        "Add new comment")) {
      String text = "Ferry timetable changes\n\n" + P1 + "\n" + P2 + "\n" + P3 + "\n"
          + heading + "\nharbourfan\n" + C1 + "\nReply\nMarta K.\n" + C2;
      assertEquals(List.of(heading + "\nharbourfan\n" + C1 + "\nReply\nMarta K.\n" + C2),
          joinedRuns(text), heading);
    }
  }

  @Test
  void leavesCommentsAloneWithoutAHeadingBelowTheArticle() {
    // a colon header opens the page's own list: the comments are kept
    assertEquals(List.of(), removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2
        + "\n" + P3 + "\n15 Comments:\n" + C1 + "\n" + C2));
    // a comment counter above the article (byline, share bar) starts no comment section
    assertEquals(List.of(), removedLines("Ferry timetable changes\n12 Comments\n" + P1 + "\n"
        + P2 + "\n" + P3 + "\n" + P4));
    // nor does one after a single paragraph: the article has not been read yet
    assertEquals(List.of(), removedLines("Ferry timetable changes\n\n" + P1 + "\n"
        + "Join the conversation\n" + P2 + "\n" + P3 + "\n" + P4));
    // a bare "Comments" is as often a tab or a share button
    assertEquals(List.of(), removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2
        + "\n" + P3 + "\nComments\n" + C1 + "\n" + C2));
    // a sentence that asks for comments is article text
    assertEquals(List.of(), removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2
        + "\n" + P3 + "\nLeave a comment below if you use the evening ferry.\n" + C1));
    // a line that only opens like a heading is none
    assertEquals(List.of(), removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2
        + "\n" + P3 + "\n12 comments from the harbour board\n" + C1 + "\n" + C2));
  }

  /** The removed spans, each as the text it covers (adjacent removals joined). */
  private static List<String> joinedRuns(String text) {
    Result r = LAYOUT.check(Document.of("t", text), CorpusMemory.NONE);
    java.util.BitSet cut = new java.util.BitSet();
    for (Annotation a : r.annotations()) {
      if (a.action() == Action.REMOVE) {
        cut.set(a.span().start(), a.span().end());
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = cut.nextSetBit(0); i >= 0; ) {
      int e = cut.nextClearBit(i);
      // a newline between two removed lines joins them
      while (e < text.length() && text.charAt(e) == '\n' && cut.get(e + 1)) {
        e = cut.nextClearBit(e + 1);
      }
      out.add(text.substring(i, e).strip());
      i = cut.nextSetBit(e);
    }
    return out;
  }

  @Test
  void removesHeadlinesCutShortUnderAListHeading() {
    String cut1 = "Bus fares to rise in January as the council \u2026";
    String cut2 = "New cycle lanes open on the river road after...";
    String text = "Ferry timetable changes\n\n" + P1 + "\n" + P2 + "\n" + P3 + "\nMost read\n"
        + cut1 + "\n" + cut2;
    List<String> removed = removedLines(text);
    assertTrue(removed.contains(cut1) && removed.contains(cut2), removed.toString());
  }

  @Test
  void keepsEllipsisSentencesWithoutAListHeadingRightAbove() {
    assertKeptWithoutAListHeadingRightAbove("And then the last boat left without them...");
    // longer than a headline
    String longer = "The council said on Tuesday that the evening ferries would run until the end "
        + "of March, and that the extra sailings would be reviewed in the spring...";
    assertTrue(!removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2 + "\n" + P3
        + "\nRead next\n" + longer + "\n" + P4).contains(longer));
  }

  /**
   * A line the article itself may hold (a trailing sentence, a question): kept with no heading
   * above it, and kept when a sentence between the heading and it has ended the heading's list.
   */
  private static void assertKeptWithoutAListHeadingRightAbove(String line) {
    assertEquals(List.of(), removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2
        + "\n" + line + "\n" + P3));
    assertTrue(!removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2 + "\nRead next\n"
        + P3 + "\n" + line + "\n" + P4).contains(line));
  }

  @Test
  void removesQuestionHeadlinesUnderAListHeadingAndTheItemsAfterThem() {
    String q1 = "Will the night ferry run again next summer?";
    String item = "Harbour Board: What the New Timetable Means";
    String q2 = "Can Commuters Claim Back Their Season Tickets?";
    String text = "Ferry timetable changes\n\n" + P1 + "\n" + P2 + "\n" + P3
        + "\nRelated stories\nBus fares to rise in January\n" + q1 + "\n" + item + "\n" + q2;
    List<String> removed = removedLines(text);
    assertTrue(removed.contains(q1) && removed.contains(item) && removed.contains(q2),
        removed.toString());
  }

  private static final String H1 = "Harbour board approves ferry budget";
  private static final String H2 = "Evening buses to run on the river road";
  private static final String H3 = "New pier opens after two years of work";

  /** Three headlines under {@code label} between the article's paragraphs are all removed. */
  private static void assertHeadlinesUnderLabelRemoved(String label) {
    List<String> removed = removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2
        + "\n" + label + "\n" + H1 + "\n" + H2 + "\n" + H3 + "\n" + P3 + "\n" + P4);
    assertTrue(removed.containsAll(List.of(H1, H2, H3)), removed.toString());
  }

  @Test
  void removesTheHeadlinesUnderABareTeaserLabelInsideTheArticle() {
    assertHeadlinesUnderLabelRemoved("More");
    // "Read More..." closes an excerpt: what follows is not its list
    String meta = "Posted by the harbour desk at 5:47PM";
    assertTrue(!removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2
        + "\nRead More...\n" + meta + "\n" + P3 + "\n" + P4).contains(meta));
  }

  @Test
  void theHeadlinesUnderATeaserLabelWithAColonAreNoIntroducedList() {
    // "More:" is a mixed-case colon header, which elsewhere opens the article's own list; under
    // a teaser label the headline-sized items are other articles'
    assertHeadlinesUnderLabelRemoved("More:");
    // short items under it are no headlines: between paragraphs they may be the article's list
    assertEquals(List.of(), removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2
        + "\nMore:\nTimetables\nFares\nMaps\n" + P3 + "\n" + P4));
    // nor is a colon header that names no list of other articles
    assertEquals(List.of(), removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2
        + "\nNew stops:\n" + H1 + "\n" + H2 + "\n" + H3 + "\n" + P3 + "\n" + P4));
  }

  @Test
  void removesThePageEndBelowTheSitesCopyrightNotice() {
    String notice = "\u00a9 2019 Harbour Gazette Ltd. All rights reserved.";
    String wait = "This may take a second or two.";
    List<String> removed = removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2 + "\n"
        + P3 + "\n" + notice + "\nDeveloped by\nLoading, please wait\n" + wait);
    assertTrue(removed.contains("Developed by") && removed.contains(wait), removed.toString());
    // the notice itself is BP_COPYRIGHT_LINE's
    assertTrue(!removed.contains(notice), removed.toString());
  }

  @Test
  void theFooterLinesQuickNoAsksForWordsNotDigits() {
    // the last lines of every page are asked about: a year as the fragment ("19", "20") let the
    // regex run on most of them, and page layout cost 4.6 ns a char on news instead of 3.3
    PageLayoutDetector rule = (PageLayoutDetector) rule();
    List<String> needed = dev.textqc.rule.kinds.LineRegexRule.necessaryLiterals(
        rule.footerLinePattern());
    assertTrue(!needed.isEmpty() && needed.stream().allMatch(f -> f.chars().noneMatch(
        Character::isDigit)), needed.toString());
  }

  @Test
  void keepsTheTextAfterANoticeThatDoesNotCloseThePage() {
    // a page of syndicated stories, each closed by its agency's notice: more prose follows
    String notice = "Copyright 2019 The Harbour Press. All rights reserved.";
    String q = "Will the night ferry run again?";
    assertEquals(List.of(), removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2 + "\n"
        + P3 + "\n" + notice + "\n" + q + "\n" + P4 + "\n" + P1 + "\n" + P2));
    // a picture credit without a year is no site notice, and a notice above the article's
    // third prose line is not below the article
    assertEquals(List.of(), removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2 + "\n"
        + P3 + "\n\u00a9 Harbour Press\n" + q + "\n" + P4));
    assertEquals(List.of(), removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2 + "\n"
        + "\u00a9 2019 Harbour Press\n" + q + "\n" + P4));
  }

  @Test
  void aSentenceThatMentionsReservedRightsIsNoNotice() {
    // "all rights reserved" inside a sentence is the article's; a notice opens its sentence
    // (after a full stop, a year or the sign) and ends it
    String rights = "Under the 1998 agreement, all rights reserved by the port authority pass to "
        + "the council when the lease ends in 2030.";
    String last = "Residents can comment on the plans until the end of February.";
    assertEquals(List.of(), removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2 + "\n"
        + P3 + "\n" + rights + "\n" + P4 + "\n" + last));
    assertEquals(List.of(), removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2 + "\n"
        + P3 + "\n" + "The studio released the recordings with all rights reserved.\n" + last));
  }

  private static final String X1 = "Bus fares to rise in January HARBOUR CITY: The council "
      + "said on Monday that bus fares would go up by ten percent from the start of...";
  private static final String X2 = "New cycle lanes open on the river road OLD TOWN: Cyclists "
      + "will be able to ride from the bridge to the station without meeting a...";
  private static final String X3 = "Harbour car park to close for repairs QUAYSIDE: The car park "
      + "next to the ferry terminal will be closed for six weeks while the...";

  @Test
  void removesARunOfExcerptsCutAtOneLength() {
    List<String> removed = removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2 + "\n"
        + P3 + "\nBreaking News\n" + X1 + "\n" + X2 + "\n" + X3);
    assertTrue(removed.containsAll(List.of(X1, X2, X3)), removed.toString());
  }

  @Test
  void keepsEllipsisLinesThatAreNoRunOfExcerpts() {
    // two are no list
    String two = "Ferry timetable changes\n\n" + P1 + "\n" + X1 + "\n" + X2 + "\n" + P3;
    assertTrue(!removedLines(two).contains(X1), removedLines(two).toString());
    // lines of different lengths: a speaker trailing off, not a cut teaser
    String a = "Well...";
    String b = "I thought the last boat would wait for us, but it left at ten and then...";
    String c = "Then nothing...";
    assertEquals(List.of(), removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2 + "\n"
        + a + "\n" + b + "\n" + c + "\n" + P3));
    // a listing that gives each text in full, then its cut teaser: no two neighbours of one
    // length
    String full1 = X1.replace("...", "") + " March, when the new timetable starts and the "
        + "first of the evening ferries sails from the harbour to the island at nine, with "
        + "the last one back at eleven, and the council will review...";
    String full2 = X2.replace("...", "") + " single car, since the new lanes are set apart from "
        + "the road by a low kerb, the council said, and more lanes will follow on the quay "
        + "and around the old market if these prove...";
    List<String> removed = removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2 + "\n"
        + full1 + "\n" + X1 + "\n" + full2 + "\n" + X2 + "\n" + P3);
    assertTrue(!removed.contains(full1) && !removed.contains(full2), removed.toString());
  }

  @Test
  void readsAFirstLineEndingInTheSitesNameAsTheTitle() {
    for (String title : List.of("Ferry returns to the island after repairs - Harbour Gazette",
        "Ferry returns to the island after repairs | News | Al Harbour",
        "Ferry returns to the island after repairs - harbourgazette.com",
        "Ferry returns to the island after repairs | Voice of the Islands")) {
      assertTrue(PageLayoutDetector.siteTitle(title), title);
    }
    for (String headline : List.of("Ferry returns to the island after repairs",
        "Ferry returns to the island - live updates", "Harbour v Island - Cup Game 2",
        "Recordings | Harbour College Archives",
        "Ferry timetable for week 4 - Friday, Sept. 27",
        "Ferry returns to the island after repairs - A Story Told In Many Small Ports Today")) {
      assertFalse(PageLayoutDetector.siteTitle(headline), headline);
    }
    String page = "Ferry returns to the island after repairs - Harbour Gazette\n\n" + P1 + "\n"
        + P2 + "\n" + P3;
    assertEquals(List.of("Ferry returns to the island after repairs - Harbour Gazette"),
        removedLines(page));
    // only the document's own first line: once the lines above it are gone, a calendar's
    // first entry is the first line left, and it stays
    String calendar = "Home\nNews\nSport\nWeather\nContact\n1a etapa: 10 de março – "
        + "Interlagos\n2a etapa: 8 de abril – Curitiba\n3a etapa: 22 de abril – Velopark\n\n"
        + P1 + "\n" + P2 + "\n" + P3;
    assertTrue(removedLines(calendar).stream().noneMatch(l -> l.contains("etapa")),
        removedLines(calendar).toString());
    // a title with no article below it is left to the rest of the rule
    assertEquals(List.of(), removedLines("Ferry returns to the island after repairs - Harbour "
        + "Gazette\nHarbour news"));
  }

  /** Three teaser cards: a headline over an excerpt cut at about one length. */
  private static final String CARDS = "Deal Alert: Season tickets for the island ferry\n" + X1
      + "\nNew cycle lanes along the river road\n" + X2 + "\nQuayside car park closes\n" + X3;

  @Test
  void removesTeaserCardsBelowTheArticle() {
    List<String> removed = removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2 + "\n"
        + P3 + "\nDeals\n" + CARDS);
    assertTrue(removed.containsAll(List.of(CARDS.split("\n"))), removed.toString());
  }

  @Test
  void keepsTeaserCardsWithNoArticleAbove() {
    // a blog's front page or a news listing: the cards are the page
    List<String> removed = removedLines("Harbour news\n\n" + CARDS + "\n" + P1);
    assertTrue(removed.stream().noneMatch(CARDS::contains), removed.toString());
    // a sentence between two excerpts is no headline: no cards
    String sentence = "The council also said the ferry fares will not go up this year.";
    String text = "Ferry timetable changes\n\n" + P1 + "\n" + P2 + "\n" + P3 + "\n" + X1 + "\n"
        + sentence + "\n" + X2 + "\n" + sentence.replace("ferry", "bus") + "\n" + X3;
    assertTrue(!removedLines(text).contains(X1), removedLines(text).toString());
  }

  @Test
  void insideTheArticleOnlyExcerptsOfAStorysLengthAreAList() {
    // the article's own list, its items cut short: shorter than an excerpt of another story
    String c1 = "Harbour College: 12 evening courses with certificates on sailing, navigation…";
    String c2 = "Island Academy: 40 hours of free lessons on boat repair, knots and weather…";
    String c3 = "Port School: 8 weekend courses with badges on fishing, safety and rescue…";
    assertEquals(List.of(), removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2
        + "\n" + c1 + "\n" + c2 + "\n" + c3 + "\n" + P3 + "\n" + P4));
    // excerpts of other stories are longer, and go wherever they stand
    List<String> removed = removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2 + "\n"
        + X1 + "\n" + X2 + "\n" + X3 + "\n" + P3 + "\n" + P4);
    assertTrue(removed.containsAll(List.of(X1, X2, X3)), removed.toString());
  }

  @Test
  void aSubheadingAfterABulletedListOfHeadlinesIsNoItemOfIt() {
    // the items carry a bullet, the article's next subheading does not
    String sub = "Trend 5: Evening sailings for commuters";
    List<String> removed = removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2
        + "\nAlso read:\n- " + H1 + "\n- " + H2 + "\n- " + H3 + "\n" + sub + "\n" + P3 + "\n"
        + P4);
    assertTrue(!removed.contains(sub), removed.toString());
  }

  @Test
  void theListHeadingKeepsAQuickNo() {
    // a construct the literal reader does not follow (a lookahead) leaves no prefilter, and the
    // heading's regex then runs on every short line of every page: a quarter of the
    // boilerplate stage's speed on the pages corpus
    PageLayoutDetector rule = (PageLayoutDetector) rule();
    assertTrue(!dev.textqc.rule.kinds.LineRegexRule.necessaryLiterals(rule.listHeaderPattern())
        .isEmpty());
  }

  @Test
  void keepsQuestionsWithoutAListHeadingRightAboveOrSetOffWithBullets() {
    assertKeptWithoutAListHeadingRightAbove("Will the night ferry run again next summer?");
    // questions set off with bullets are the text's own list (a forum's, an FAQ's)
    String b1 = "- When does the night ferry leave?";
    String b2 = "- How do I renew a season ticket?";
    List<String> removed = removedLines("Ferry timetable changes\n\n" + P1 + "\n" + P2
        + "\n" + P3 + "\nRelated questions\n" + b1 + "\n" + b2 + "\n" + P4);
    assertTrue(!removed.contains(b1) && !removed.contains(b2), removed.toString());
  }

  @Test
  void theCommentHeadingsQuickNoNeverSaysNoToAHeading() {
    PageLayoutDetector rule = (PageLayoutDetector) rule();
    java.util.regex.Pattern heading = rule.commentHeaderPattern();
    String[] pieces = {"12", "1,024", "Comments", "comment", "COMMENTS", "Responses", "replies",
        "Leave", "a", "Reply", "Post", "Join", "the", "discussion", "conversation", "Top",
        "Rated", "Reader", "thoughts", "on", "to", "One", "Kommentare", "commentaires",
        "Laisser", "un", "commentaire", "\u041e\u0442\u0437\u044b\u0432\u044b",
        "\u043a\u043e\u043c\u043c\u0435\u043d\u0442\u0430\u0440\u0438\u0435\u0432", "[", "]",
        ":", "(4)", "\u00bb", "-", "News", "Home", "\u212a", "\u017f"};
    assertQuickNoAgrees(heading, rule::isCommentHeader, pieces, 7);
  }

  @Test
  void theListHeadingsQuickNoNeverSaysNoToAHeading() {
    PageLayoutDetector rule = (PageLayoutDetector) rule();
    java.util.regex.Pattern heading = rule.listHeaderPattern();
    String[] pieces = {"Related", "RELATED", "stories", "Stories", "Recent", "articles", "More",
        "from", "the", "Sport", "Read", "next", "You", "may", "also", "like", "Don't", "Don\u2019t",
        "miss", "Editor's", "pick", "picks", "Most", "read", "Popular", "on", "Top", "in",
        "Lo", "m\u00e1s", "le\u00eddo", "\u00c4hnliche", "Artikel", "\u0427\u0438\u0442\u0430\u0439\u0442\u0435",
        "\u0442\u0430\u043a\u043e\u0436", "Home", "News", "Contact", "2024", "|", ":", "\u00bb", "-",
        "\u2022", "...", "Trending", "now", "headlines", "Sponsored", "links", "\u212a", "\u017f"};
    assertQuickNoAgrees(heading, rule::isListHeader, pieces, 5);
  }

  /**
   * On 40,000 lines of 1-5 random pieces, the rule's answer (quick no, then the pattern) is the
   * pattern's own: the quick no never turns a heading away. The pieces must make headings too.
   */
  private static void assertQuickNoAgrees(java.util.regex.Pattern heading,
      java.util.function.Predicate<String> rule, String[] pieces, long seed) {
    java.util.Random random = new java.util.Random(seed);
    int headings = 0;
    for (int t = 0; t < 40000; t++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + random.nextInt(5);
      for (int k = 0; k < n; k++) {
        if (k > 0) {
          sb.append(' ');
        }
        sb.append(pieces[random.nextInt(pieces.length)]);
      }
      String line = sb.toString();
      boolean matches = heading.matcher(line).find();
      headings += matches ? 1 : 0;
      assertEquals(matches, rule.test(line), line);
    }
    assertTrue(headings > 100, "the pieces make headings too: " + headings);
  }

  @Test
  void listHeadingPatternIsTheRelatedHeaderRulesPattern() throws Exception {
    java.nio.file.Path rules = java.nio.file.Path.of("rules/boilerplate");
    com.fasterxml.jackson.databind.ObjectMapper yaml = new com.fasterxml.jackson.databind.ObjectMapper(
        new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
    String layout = yaml.readTree(rules.resolve("BP_PAGE_LAYOUT.yaml").toFile())
        .get("listHeader").asText();
    String header = yaml.readTree(rules.resolve("BP_RELATED_HEADER.yaml").toFile())
        .get("pattern").asText();
    assertEquals(header, layout, "BP_PAGE_LAYOUT's listHeader must follow BP_RELATED_HEADER");
  }
}
