package dev.textqc.source;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Turns command-line inputs (files, folders, {@code -} for stdin) into a lazy stream of
 * documents. JSONL corpora (plain, {@code .gz}, {@code .zst}) and WARC/WET archives are read
 * record by record, so memory does not grow with corpus size; other files are read whole and
 * decoded or extracted later, by a worker ({@link SourceItem.Deferred}).
 * Anything unreadable becomes a {@link SourceItem.Failed} naming the input and the problem, and
 * the stream goes on.
 */
public final class Inputs implements Iterator<SourceItem> {
  private final InputOptions options;
  private final Supplier<InputStream> stdin;
  private final Deque<String> pendingArgs;
  private final Deque<SourceItem> ready = new ArrayDeque<>();
  private Iterator<SourceItem> current;
  private final java.util.concurrent.atomic.AtomicLong bytesRead =
      new java.util.concurrent.atomic.AtomicLong();
  private final List<String> args;
  /** The size of the inputs, worked out when first asked for; -1 before. */
  private long bytesKnown = -1;

  public Inputs(List<String> args, InputOptions options, Supplier<InputStream> stdin) {
    this.options = options;
    this.stdin = stdin;
    this.args = List.copyOf(args);
    this.pendingArgs = new ArrayDeque<>(args);
  }

  private long sizeOf(String arg) {
    try {
      Path p = Path.of(arg);
      if (Files.isRegularFile(p)) {
        return Files.size(p);
      }
      if (Files.isDirectory(p)) {
        // the walk's own attributes give each file's size: asking for them again cost two more
        // system calls a file on a folder of many small documents
        long total = 0;
        for (FolderFiles files = new FolderFiles(p, wanted()); files.hasNext(); ) {
          total += files.next().size(); // a folder that fails counts 0; the reading reports it
        }
        return total;
      }
    } catch (IOException | java.nio.file.InvalidPathException e) {
      // unknown size: the progress bar shows no estimate
    }
    return 0;
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty()) {
      if (current != null && current.hasNext()) {
        ready.add(current.next());
        break;
      }
      current = null;
      if (pendingArgs.isEmpty()) {
        return false;
      }
      expand(pendingArgs.poll());
    }
    return true;
  }

  @Override
  public SourceItem next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }

  private void expand(String arg) {
    if (arg.equals("-")) {
      try {
        current = standardInput(counted(stdin.get()));
      } catch (IOException e) {
        ready.add(new SourceItem.Failed("-", "-: cannot read standard input: " + e.getMessage()));
      }
      return;
    }
    Path path = Path.of(arg);
    if (Files.isDirectory(path)) {
      current = folder(path);
      return;
    }
    current = file(path, path.getFileName() == null ? arg : path.getFileName().toString());
  }

  /** The documents of a folder's files, read as the walk reaches them. */
  private Iterator<SourceItem> folder(Path root) {
    FolderFiles files;
    try {
      files = new FolderFiles(root, wanted());
    } catch (IOException e) {
      return one(cannotList(root, e));
    }
    return new Iterator<>() {
      private Iterator<SourceItem> inner;

      @Override
      public boolean hasNext() {
        while ((inner == null || !inner.hasNext()) && files.hasNext()) {
          FolderFiles.Entry f = files.next();
          inner = f.failure() == null ? file(f.path(), f.relative(), f.size())
              : one(failed(f));
        }
        return inner != null && inner.hasNext();
      }

      @Override
      public SourceItem next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return inner.next();
      }
    };
  }

  /** A folder entry the walk could not take, with what went wrong. */
  static SourceItem.Failed failed(FolderFiles.Entry f) {
    if (f.listing()) {
      return cannotList(f.path(), f.failure());
    }
    if (f.failure() instanceof NoSuchFileException) {
      return new SourceItem.Failed(f.path().toString(), f.path()
          + ": no longer there (removed after its folder was listed)");
    }
    return unreadable(f.path().toString(), f.failure());
  }

  private static SourceItem.Failed cannotList(Path folder, IOException e) {
    return new SourceItem.Failed(folder.toString(), folder + ": cannot list folder: "
        + reason(e));
  }

  /** An input that could not be opened or read, with what went wrong. */
  private static SourceItem.Failed unreadable(String id, IOException e) {
    return new SourceItem.Failed(id, id + ": " + (e instanceof NoSuchFileException
        || e instanceof AccessDeniedException ? "" : "cannot read: ") + reason(e));
  }

  /**
   * A failure to read or write a file, in words, with the file it concerns when the exception
   * names one: "/tmp/x/part: no such file or folder", where java.nio.file says only the path.
   */
  public static String describe(IOException e) {
    return e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null
        ? fs.getFile() + ": " + reason(e) : reason(e);
  }

  /**
   * What went wrong, in words: the exceptions of java.nio.file carry only the path as their
   * message, which the report already names.
   */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "not readable (permission denied)";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.toString() : e.getMessage();
  }

  /** The include and exclude globs, on a file's path relative to its folder or on its name. */
  private Predicate<String> wanted() {
    List<PathMatcher> inc = matchers(options.include());
    List<PathMatcher> exc = matchers(options.exclude());
    if (inc.isEmpty() && exc.isEmpty()) {
      return relative -> true;
    }
    return relative -> {
      Path rel = Path.of(relative);
      boolean in = inc.isEmpty() || inc.stream().anyMatch(m -> m.matches(rel)
          || m.matches(rel.getFileName()));
      boolean out = exc.stream().anyMatch(m -> m.matches(rel) || m.matches(rel.getFileName()));
      return in && !out;
    };
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    List<PathMatcher> out = new ArrayList<>();
    for (String g : globs) {
      out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
    }
    return out;
  }

  private Iterator<SourceItem> file(Path path, String relative) {
    return file(path, relative, -1);
  }

  /** @param size the file's size as a folder walk saw it, -1 when not known */
  private Iterator<SourceItem> file(Path path, String relative, long size) {
    // A missing or unreadable file is told by opening it, not asked first: two system calls a
    // file fewer on a folder of many small documents, read by the one thread that reads inputs.
    String id = path.toString();
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    Compression compression = Compression.of(name);
    String inner = compression.strip(name);
    try {
      if (isWarc(inner)) {
        // jwarc reads gzip-compressed WARC itself, record by record
        InputStream raw = counted(Files.newInputStream(path));
        return new WarcRecords(id, relative, compression == Compression.ZSTD
            ? Compression.ZSTD.open(raw) : raw, options);
      }
      if (isJsonl(inner)) {
        return new JsonlRecords(id, relative, compression.open(counted(
            Files.newInputStream(path))), options);
      }
      byte[] bytes;
      if (compression == Compression.NONE && size >= 0 && size < MAX_SIZED_READ) {
        bytes = readSized(path, (int) size);
        bytesRead.addAndGet(bytes.length);
      } else {
        try (InputStream in = compression.open(counted(Files.newInputStream(path)))) {
          bytes = in.readAllBytes();
        }
      }
      return one(deferred(id, id, relative, bytes));
    } catch (IOException e) {
      return one(unreadable(id, e));
    }
  }

  /** Files up to this size are read in one piece when the walk gave their size. */
  private static final int MAX_SIZED_READ = 1 << 24;

  /**
   * A file's bytes, read in one system call when it still has the size the walk saw: asked for
   * one byte more than that, a read that returns exactly the size has met the end of the file.
   * Reading to the end in general takes a second read that returns nothing, one system call of
   * five a file on a folder of small documents (a stat by the walk, an open, two reads, a close).
   * A file that changed since the walk is read on to its end.
   */
  static byte[] readSized(Path path, int size) throws IOException {
    try (FileChannel ch = FileChannel.open(path)) {
      ByteBuffer buf = ByteBuffer.allocate(size + 1);
      int n = ch.read(buf);
      if (n == size) {
        return Arrays.copyOf(buf.array(), n);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(size + 1);
      out.write(buf.array(), 0, Math.max(n, 0));
      if (n >= 0) {
        out.write(Channels.newInputStream(ch).readAllBytes());
      }
      return out.toByteArray();
    }
  }

  /**
   * Standard input, which has no file name to go by: gzip and zstd are known by their magic
   * bytes; a corpus by {@code --input-format} or, with {@code auto}, by its first bytes (a WARC
   * header, or a first line that is a JSON object). A corpus is read record by record, as a file
   * would be, so {@code zcat corpus.jsonl.gz | textqc check -} runs in bounded memory; anything
   * else is one document.
   */
  private Iterator<SourceItem> standardInput(InputStream raw) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    byte[] head = peek(in, 4);
    if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
      in = new BufferedInputStream(Compression.GZIP.open(in), 1 << 16);
    } else if (head.length == 4 && (head[0] & 0xff) == 0x28 && (head[1] & 0xff) == 0xb5
        && (head[2] & 0xff) == 0x2f && (head[3] & 0xff) == 0xfd) {
      in = new BufferedInputStream(Compression.ZSTD.open(in), 1 << 16);
    }
    String format = options.format();
    if (format.equals("auto")) {
      format = sniffCorpus(peek(in, SNIFF_BYTES));
    }
    if (format.equals("jsonl")) {
      return new JsonlRecords("-", "stdin.jsonl", in, options);
    }
    if (format.equals("warc")) {
      return new WarcRecords("-", "stdin.warc", in, options);
    }
    byte[] bytes = in.readAllBytes();
    return one(deferred("-", "-", "stdin", bytes));
  }

  /** How far into standard input {@link #sniffCorpus} looks for the end of the first line. */
  private static final int SNIFF_BYTES = 1 << 16;

  /**
   * "warc" for a WARC header, "jsonl" when the first line is a JSON object (it starts with
   * {@code {} and ends with {@code }}, spaces and a byte order mark aside), else "auto".
   */
  static String sniffCorpus(byte[] head) {
    String start = new String(head, 0, Math.min(head.length, 5), StandardCharsets.ISO_8859_1);
    if (start.equals("WARC/")) {
      return "warc";
    }
    int from = 0;
    if (head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb
        && (head[2] & 0xff) == 0xbf) {
      from = 3;
    }
    while (from < head.length && isAsciiSpace(head[from]) && head[from] != '\n') {
      from++;
    }
    int end = from;
    while (end < head.length && head[end] != '\n' && head[end] != '\r') {
      end++;
    }
    if (end == head.length && head.length == SNIFF_BYTES) {
      return "auto"; // a first line longer than the peek: not judged, read as a document
    }
    while (end > from && isAsciiSpace(head[end - 1])) {
      end--;
    }
    return end - from >= 2 && head[from] == '{' && head[end - 1] == '}' ? "jsonl" : "auto";
  }

  private static boolean isAsciiSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }

  /** Up to {@code n} bytes from the start of {@code in}, which is left where it was. */
  private static byte[] peek(BufferedInputStream in, int n) throws IOException {
    in.mark(n);
    byte[] head = in.readNBytes(n);
    in.reset();
    return head;
  }

  private boolean isJsonl(String name) {
    String f = options.format();
    return f.equals("jsonl") || (f.equals("auto") && (name.endsWith(".jsonl")
        || name.endsWith(".ndjson")));
  }

  private boolean isWarc(String name) {
    String f = options.format();
    return f.equals("warc") || (f.equals("auto") && (name.endsWith(".warc")
        || name.endsWith(".wet") || name.endsWith(".arc")));
  }

  /** Total bytes read from input files so far (compressed size for compressed files). */
  public long bytesRead() {
    return bytesRead.get();
  }

  /**
   * Total size of the input files named on the command line, for an estimate of time left. Only
   * a progress bar asks, so a run without one does not walk its folders a second time for it.
   */
  public long bytesKnown() {
    if (bytesKnown < 0) {
      long total = 0;
      for (String a : args) {
        total += sizeOf(a);
      }
      bytesKnown = total;
    }
    return bytesKnown;
  }

  private InputStream counted(InputStream in) {
    return new java.io.FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
          bytesRead.incrementAndGet();
        }
        return c;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          bytesRead.addAndGet(n);
        }
        return n;
      }
    };
  }

  private SourceItem deferred(String id, String origin, String relative, byte[] bytes) {
    String format = options.format().equals("jsonl") || options.format().equals("warc")
        ? "auto" : options.format();
    return new SourceItem.Deferred(id, origin, relative, bytes.length,
        () -> DocumentLoader.load(id, bytes, format, options.charset(), null));
  }

  private static Iterator<SourceItem> one(SourceItem item) {
    return List.of(item).iterator();
  }
}
