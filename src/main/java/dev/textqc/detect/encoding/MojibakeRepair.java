package dev.textqc.detect.encoding;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Repairs mojibake in one word: UTF-8 bytes that were decoded with a single-byte encoding
 * ("Ã©" for "é", "â€™" for "’"), once or twice, in whole or in part.
 *
 * <p>How it decides, after ftfy: a word is re-encoded with each candidate encoding and the
 * resulting bytes are searched for valid UTF-8 sequences (a lead byte and its continuation
 * bytes). A decode is taken only when the result is clearly better text:
 * <ul>
 *   <li>no decoded character is implausible (IPA, historic Cyrillic, private use: see the
 *       {@code implausible} class of the data file), so "É¿" stays;</li>
 *   <li>there is enough evidence: a three- or four-byte sequence, two sequences, or a single pair
 *       whose lead is a {@code strong-lead} (Â, Ã) or whose letter agrees in script and case with
 *       the rest of the word ("LietuviÅ³" becomes "Lietuvių"; "AHÅ™" stays, ř would be the only
 *       small letter); rare encodings (MacRoman, DOS, Central European) always need two
 *       sequences or a long one, so "√π" stays;</li>
 *   <li>the decoded letters share one script, and a single decoded letter shares the script of
 *       its word ("Brontë…”" is not "Bront녔").</li>
 * </ul>
 * A space that stands for a lost non-breaking space byte ("Ð ÑƒÑ" for "Ру", "voilÃ le") and a
 * replacement character that stands for a lost continuation byte ("Ñ�" for "�") are read as such,
 * as ftfy does. The repair repeats (at most three times) to undo double mojibake.
 */
public final class MojibakeRepair {
  private static final int MAX_PASSES = 3;
  private static final int LOST = -2;
  private static final char REPLACEMENT = '\uFFFD';
  private static final char BOM = '\uFEFF';

  private final List<SingleByteCodec> codecs;
  private final CharClasses classes;
  /** The sloppy Windows-1252 reading, if configured: looked up once, it is asked per word. */
  private final SingleByteCodec sloppy;

  /**
   * The characters some candidate encoding turns into a UTF-8 lead byte (C2-F4): every repair
   * decodes a sequence that starts with one, so a word without one is not mojibake.
   */
  private final java.util.BitSet leads = new java.util.BitSet(0x10000);

  public MojibakeRepair(List<SingleByteCodec> codecs, CharClasses classes) {
    this.codecs = List.copyOf(codecs);
    this.classes = classes;
    for (SingleByteCodec codec : this.codecs) {
      for (int c = 0x80; c < 0x10000; c++) {
        int b = codec.byteOf((char) c);
        if (b >= 0xC2 && b <= 0xF4) {
          leads.set(c);
        }
      }
    }
    this.sloppy = this.codecs.stream()
        .filter(c -> c.name().equals(SingleByteCodec.SLOPPY_1252)).findFirst().orElse(null);
  }

  /**
   * Whether chars [start, end) of {@code text} may be mojibake: some encoding reads one of them
   * as a UTF-8 lead byte and the next one as a continuation byte (or the next is U+FFFD, a lost
   * byte, or, read as Windows-1252, a space that stands for a lost one). Every sequence
   * {@link #repair} decodes, once or twice, starts so; without one it finds nothing. Curly
   * quotes, dashes and accented or foreign words pass this test at once.
   */
  public boolean mayRepair(String text, int start, int end) {
    for (int i = start; i + 1 < end; i++) {
      char c = text.charAt(i);
      if (c < 0x80 || !leads.get(c)) {
        continue;
      }
      char next = text.charAt(i + 1);
      for (SingleByteCodec codec : codecs) {
        int b = codec.byteOf(c);
        if (b < 0xC2 || b > 0xF4) {
          continue;
        }
        int nb = codec.byteOf(next);
        if (nb >= 0x80 && nb <= 0xBF || next == REPLACEMENT
            || next == ' ' && codec.name().equals(SingleByteCodec.SLOPPY_1252)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The repaired word, or {@code null} when it is not (recognisably) mojibake. */
  public String repair(String word) {
    Repaired r = repair(word, Set.of());
    return r == null ? null : r.text();
  }

  /** A repaired word and the readings (encoding names) that repaired it. */
  public record Repaired(String text, Set<String> readings) {}

  /**
   * Repairs a word. Readings in {@code trusted} have already repaired other words of the same
   * text, so a single damaged pair read that way needs no further evidence ("Ð¸" alone is the
   * Russian word "и" in a text whose other words were Cyrillic mojibake too).
   */
  public Repaired repair(String word, Set<String> trusted) {
    String twice = wholeWordTwice(word);
    if (twice != null) {
      return new Repaired(twice, Set.of(SingleByteCodec.SLOPPY_1252));
    }
    String current = word;
    Set<String> used = new HashSet<>();
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      Decoded best = null;
      for (SingleByteCodec codec : codecs) {
        Decoded d = repairOnce(current, codec, trusted.contains(codec.name()));
        // the reading that explains the most damaged characters wins ("×˘" is Windows-1250, and
        // so is the rest of that word, though most of it also reads as Windows-1252)
        if (d != null && (best == null || d.coveredChars() > best.coveredChars())) {
          best = d;
        }
      }
      if (best == null) {
        break;
      }
      current = best.text();
      used.add(best.reading());
    }
    return current.equals(word) ? null : new Repaired(current, Set.copyOf(used));
  }

  /**
   * Double mojibake read in one go: every character of the word re-encodes (sloppy
   * Windows-1252) to valid UTF-8, and the result does so again. Two exact decodes in a row are
   * evidence enough; the intermediate text may hold control or modifier characters ("Â\u009d",
   * "Ëœ") that a single-step repair rightly refuses, so this is tried first. The final text must
   * be free of implausible characters.
   */
  private String wholeWordTwice(String word) {
    SingleByteCodec codec = sloppy();
    if (codec == null) {
      return null;
    }
    String once = wholeWord(word, codec);
    String twice = once == null ? null : wholeWord(once, codec);
    if (twice == null) {
      return null;
    }
    for (int i = 0; i < twice.length(); ) {
      int cp = twice.codePointAt(i);
      if (cp >= 0x80 && (classes.contains("implausible", cp)
          || Character.getType(cp) == Character.UNASSIGNED)) {
        return null;
      }
      i += Character.charCount(cp);
    }
    return twice;
  }

  /** The word's bytes in {@code codec} decoded as UTF-8, if all are valid and some non-ASCII. */
  private static String wholeWord(String word, SingleByteCodec codec) {
    byte[] bytes = new byte[word.length()];
    boolean nonAscii = false;
    for (int i = 0; i < word.length(); i++) {
      int b = codec.byteOf(word.charAt(i));
      if (b < 0) {
        return null;
      }
      bytes[i] = (byte) b;
      nonAscii |= b >= 0x80;
    }
    if (!nonAscii) {
      return null;
    }
    String d = decode(bytes);
    return d == null || d.equals(word) ? null : d;
  }

  private SingleByteCodec sloppy() {
    return sloppy;
  }

  /**
   * Whether {@code word} ends in the middle of a UTF-8 sequence read as Windows-1252 that lacks
   * exactly its last byte ("voilÃ", "à¸"): the space after it may be that byte, flattened.
   */
  public boolean endsOneByteShort(String word) {
    return endsOneByteShort(word, 0, word.length());
  }

  /** As {@link #endsOneByteShort(String)} for the word {@code text[start, end)}. */
  public boolean endsOneByteShort(String text, int start, int end) {
    SingleByteCodec codec = sloppy();
    if (codec == null) {
      return false;
    }
    int conts = 0;
    for (int i = end - 1; i >= start && conts < 3; i--) {
      int b = codec.byteOf(text.charAt(i));
      if (b >= 0x80 && b <= 0xBF) {
        conts++;
        continue;
      }
      int need = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2
          : b >= 0xF0 && b <= 0xF4 ? 3 : 0;
      return need > 0 && conts == need - 1;
    }
    return false;
  }

  private record Decoded(String text, int coveredChars, String reading) {}

  /** One damaged sequence: chars [start, end) of the word decode to {@code decoded}. */
  private record Seq(int start, int end, String decoded, int byteLength, boolean lossy,
      boolean spaceForByte) {}

  private Decoded repairOnce(String s, SingleByteCodec codec, boolean trusted) {
    int n = s.length();
    int[] bytes = new int[n];
    boolean any = false;
    for (int i = 0; i < n; i++) {
      char ch = s.charAt(i);
      bytes[i] = ch == REPLACEMENT ? LOST : codec.byteOf(ch);
      any |= bytes[i] >= 0xC2 && bytes[i] <= 0xF4;
    }
    if (!any) {
      return null;
    }
    List<Seq> seqs = new ArrayList<>();
    int i = 0;
    while (i < n) {
      Seq seq = sequenceAt(s, bytes, i, codec);
      if (seq == null) {
        i++;
        continue;
      }
      if (acceptableChar(seq)) {
        seqs.add(seq);
      }
      i = Math.max(seq.end(), i + 1);
    }
    if (seqs.isEmpty() || !enoughEvidence(s, seqs, codec, trusted)) {
      return null;
    }
    StringBuilder out = new StringBuilder(n);
    int at = 0;
    for (Seq q : seqs) {
      out.append(s, at, q.start()).append(q.decoded());
      at = q.end();
    }
    int covered = 0;
    for (Seq q : seqs) {
      covered += q.end() - q.start();
    }
    return new Decoded(out.append(s, at, n).toString(), covered, codec.name());
  }

  private Seq sequenceAt(String s, int[] bytes, int i, SingleByteCodec codec) {
    int lead = bytes[i];
    int need = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2
        : lead >= 0xF0 && lead <= 0xF4 ? 3 : 0;
    if (need == 0) {
      return null;
    }
    byte[] buf = new byte[need + 1];
    buf[0] = (byte) lead;
    int k = 1;
    int j = i + 1;
    while (k <= need && j < s.length()) {
      int b = bytes[j];
      if (b >= 0x80 && b <= 0xBF) {
        buf[k++] = (byte) b;
        j++;
      } else if (b == LOST) {
        return new Seq(i, j + 1, String.valueOf(REPLACEMENT), need + 1, true, false);
      } else if (b == ' ' && k == need && codec.name().equals(SingleByteCodec.SLOPPY_1252)) {
        // a non-breaking space byte (A0) flattened to a space by some later cleaning
        buf[k] = (byte) 0xA0;
        String d = decode(buf);
        if (d == null) {
          return lostUndefinedByte(buf, k, i, j, codec);
        }
        boolean atWordEnd = j + 1 >= s.length();
        boolean beforeMore = !atWordEnd && bytes[j + 1] >= 0xC2 && bytes[j + 1] <= 0xF4;
        if (atWordEnd || beforeMore) {
          return new Seq(i, j + 1, d, need + 1, false, true);
        }
        // "voilÃ le": the à stood before a space of its own
        return lead == 0xC3 && need == 1 ? new Seq(i, j, d, need + 1, false, true)
            : lostUndefinedByte(buf, k, i, j, codec);
      } else {
        return lostUndefinedByte(buf, k, i, j, codec);
      }
    }
    if (k <= need) {
      return lostUndefinedByte(buf, k, i, j, codec);
    }
    String d = decode(buf);
    return d == null ? null : new Seq(i, j, d.equals(String.valueOf(BOM)) ? "" : d, need + 1,
        false, false);
  }

  /**
   * A three-byte sequence that lost the one byte Windows-1252 cannot show: 0x9D is undefined
   * there, so tools drop it. It sits last in ” (E2 80 9D, "â€") and second in the dingbats
   * U+2740..U+277F (E2 9D xx: "â¤" for ❤); no other common character contains it.
   */
  private static Seq lostUndefinedByte(byte[] buf, int k, int i, int j, SingleByteCodec codec) {
    if (!codec.name().equals(SingleByteCodec.SLOPPY_1252) || buf.length != 3 || k != 2
        || (buf[0] & 0xFF) != 0xE2) {
      return null;
    }
    byte[] full = (buf[1] & 0xFF) == 0x80 ? new byte[] {buf[0], buf[1], (byte) 0x9D}
        : new byte[] {buf[0], (byte) 0x9D, buf[1]};
    String d = decode(full);
    if (d == null) {
      return null;
    }
    int type = Character.getType(d.codePointAt(0));
    boolean symbol = type == Character.OTHER_SYMBOL || type == Character.FINAL_QUOTE_PUNCTUATION;
    return symbol ? new Seq(i, j, d, 3, false, false) : null;
  }

  private static String decode(byte[] buf) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(buf))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private boolean acceptableChar(Seq seq) {
    if (seq.lossy() || seq.decoded().isEmpty()) {
      return true;
    }
    int cp = seq.decoded().codePointAt(0);
    int type = Character.getType(cp);
    return !classes.contains("implausible", cp) && type != Character.UNASSIGNED
        && type != Character.PRIVATE_USE && type != Character.SURROGATE
        && type != Character.CONTROL;
  }

  private boolean enoughEvidence(String s, List<Seq> seqs, SingleByteCodec codec,
      boolean trusted) {
    int longSeqs = 0;
    int pairs = 0;
    int weak = 0;
    for (Seq q : seqs) {
      boolean flattened = q.spaceForByte()
          || q.start() + 1 < s.length() && s.charAt(q.start() + 1) == '\u00A0';
      if (flattened && q.byteLength() == 2
          && !classes.contains("strong-lead", s.charAt(q.start()))) {
        weak++; // "Ä" before a non-breaking space is ordinary text, not evidence
        continue;
      }
      if (!q.lossy()) {
        if (q.byteLength() >= 3) {
          longSeqs++;
        } else {
          pairs++;
        }
      }
    }
    int solid = longSeqs + pairs;
    for (Seq q : seqs) {
      if (q.lossy() && q.end() - q.start() == 2 && solid == 0 && !midWordCapital(s, q.start())) {
        return false; // "é�" may be a real é before a lost character: not evidence by itself
      }
    }
    if (trusted && solid == 1 && decodedScriptsAgree(seqs)) {
      Seq only = seqs.stream().filter(q -> !q.lossy()).findFirst().orElseThrow();
      return agreesWithWord(s, seqs, only, false);
    }
    if (codec.rare() && longSeqs == 0 && pairs < 2) {
      // one pair in an unusual reading: only a strong lead ("Ob√©" in MacRoman) inside a word
      Seq only = seqs.stream().filter(q -> !q.lossy()).findFirst().orElse(null);
      return only != null && classes.contains("strong-lead", s.charAt(only.start()))
          && decodedScriptsAgree(seqs) && agreesWithWord(s, seqs, only, true);
    }
    if (!decodedScriptsAgree(seqs)) {
      return false;
    }
    if (solid == 0) {
      return weak == 0;
    }
    if (solid >= 2) {
      return true;
    }
    Seq only = seqs.stream().filter(q -> !q.lossy()).findFirst().orElseThrow();
    if (only.byteLength() >= 3) {
      return agreesWithWord(s, seqs, only, false);
    }
    char lead = s.charAt(only.start());
    char cont = s.charAt(only.start() + 1);
    boolean strong = classes.contains("strong-lead", lead);
    if (cont == '’' && only.end() < s.length() && Character.isLetter(s.charAt(only.end()))) {
      return false; // "Ã’s": a letter and an apostrophe, as in a plural of a letter
    }
    if (only.spaceForByte() || cont == '\u00A0') {
      return strong && agreesWithWord(s, seqs, only, false);
    }
    return agreesWithWord(s, seqs, only, !strong);
  }

  /** An upper-case letter inside a lower-case word ("SlovenÄ"): suspicious by itself. */
  private static boolean midWordCapital(String s, int i) {
    return i > 0 && Character.isUpperCase(s.charAt(i)) && Character.isLowerCase(s.charAt(i - 1));
  }

  /**
   * Whether a lone repaired character fits its word: same script as the word's other letters,
   * and not a small letter in a capitalised word or a capital after small letters.
   *
   * @param needWord the repaired character must be a letter with letters around it
   */
  private static boolean agreesWithWord(String s, List<Seq> seqs, Seq only, boolean needWord) {
    String d = only.decoded();
    if (d.isEmpty()) {
      return true;
    }
    int cp = d.codePointAt(0);
    boolean letter = Character.isLetter(cp);
    int upper = 0;
    int lower = 0;
    Set<Character.UnicodeScript> scripts = new HashSet<>();
    for (int i = 0; i < s.length(); i++) {
      if (i >= only.start() && i < only.end() || insideAny(seqs, i)) {
        continue;
      }
      char c = s.charAt(i);
      if (Character.isLetter(c) && !scriptNeutral(c)) {
        scripts.add(scriptGroup(c));
        upper += Character.isUpperCase(c) ? 1 : 0;
        lower += Character.isLowerCase(c) ? 1 : 0;
      }
    }
    if (needWord && (!letter || upper + lower == 0)) {
      return false;
    }
    if (!letter) {
      return true;
    }
    if (!scripts.isEmpty() && !scriptNeutral(cp) && !scripts.contains(scriptGroup(cp))) {
      return false;
    }
    if (Character.isLowerCase(cp) && upper >= 2 && lower == 0) {
      return false;
    }
    boolean afterSmall = only.start() > 0 && Character.isLowerCase(s.charAt(only.start() - 1));
    return !(Character.isUpperCase(cp) && afterSmall);
  }

  private static boolean insideAny(List<Seq> seqs, int i) {
    for (Seq q : seqs) {
      if (i >= q.start() && i < q.end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean decodedScriptsAgree(List<Seq> seqs) {
    Set<Character.UnicodeScript> scripts = new HashSet<>();
    for (Seq q : seqs) {
      String d = q.decoded();
      if (!q.lossy() && !d.isEmpty() && Character.isLetter(d.codePointAt(0))
          && !scriptNeutral(d.codePointAt(0))) {
        scripts.add(scriptGroup(d.codePointAt(0)));
      }
    }
    return scripts.size() <= 1;
  }

  /** Scripts that are written together count as one (Japanese mixes Han and kana). */
  private static Character.UnicodeScript scriptGroup(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return switch (s) {
      case HIRAGANA, KATAKANA, HANGUL, BOPOMOFO -> Character.UnicodeScript.HAN;
      default -> s;
    };
  }

  /** Letters of no particular script (ー, ª) agree with any. */
  private static boolean scriptNeutral(int cp) {
    Character.UnicodeScript s = Character.UnicodeScript.of(cp);
    return s == Character.UnicodeScript.COMMON || s == Character.UnicodeScript.INHERITED;
  }
}
