package dev.textqc.maven;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The content files of a build: Ant-style patterns (the kind Maven users write in file sets:
 * {@code **} any folders, {@code *} and {@code ?} within a name) over paths relative to the
 * project folder. Only the fixed leading folders of the patterns are walked, and the build output
 * folder never is, so a pattern like {@code src/content/**} does not scan the whole project.
 */
final class ContentFiles {
  private ContentFiles() {}

  /** Matching files, as paths relative to {@code basedir} with forward slashes, sorted. */
  static List<String> scan(Path basedir, List<String> includes, List<String> excludes,
      Path buildDir) throws IOException {
    List<Pattern> inc = includes.stream().map(ContentFiles::compile).toList();
    List<Pattern> exc = excludes.stream().map(ContentFiles::compile).toList();
    TreeSet<String> found = new TreeSet<>();
    Path skip = buildDir == null ? null : buildDir.toAbsolutePath().normalize();
    for (String root : roots(includes)) {
      Path start = basedir.resolve(root);
      if (!Files.isDirectory(start)) {
        continue;
      }
      Files.walkFileTree(start, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          Path abs = dir.toAbsolutePath().normalize();
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          boolean hidden = name.startsWith(".") && !dir.equals(start);
          return abs.equals(skip) || hidden ? FileVisitResult.SKIP_SUBTREE
              : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String rel = basedir.relativize(file).toString().replace('\\', '/');
          if (attrs.isRegularFile() && !file.getFileName().toString().startsWith(".")
              && inc.stream().anyMatch(p -> p.matcher(rel).matches())
              && exc.stream().noneMatch(p -> p.matcher(rel).matches())) {
            found.add(rel);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    }
    return new ArrayList<>(found);
  }

  /** The folders to walk: each pattern's leading segments without wildcards, deduplicated. */
  static List<String> roots(List<String> includes) {
    TreeSet<String> roots = new TreeSet<>();
    for (String inc : includes) {
      roots.add(staticPrefix(inc));
    }
    List<String> out = new ArrayList<>();
    for (String r : roots) {
      // "a" covers "a/b": walking both would only find the same files twice.
      if (out.stream().noneMatch(o -> o.isEmpty() || r.equals(o) || r.startsWith(o + "/"))) {
        out.add(r);
      }
    }
    return out;
  }

  /** The fixed leading folders of a pattern ("src/content/**" gives "src/content"). */
  static String staticPrefix(String pattern) {
    String[] parts = normalize(pattern).split("/");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].contains("*") || parts[i].contains("?")) {
        break;
      }
      sb.append(sb.length() == 0 ? "" : "/").append(parts[i]);
    }
    return sb.toString();
  }

  private static String normalize(String pattern) {
    String p = pattern.trim().replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    // Ant: a pattern ending in a folder separator means everything below it.
    return p.endsWith("/") ? p + "**" : p;
  }

  static Pattern compile(String pattern) {
    String p = normalize(pattern);
    StringBuilder re = new StringBuilder();
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (c == '*' && i + 1 < p.length() && p.charAt(i + 1) == '*') {
        boolean slashAfter = i + 2 < p.length() && p.charAt(i + 2) == '/';
        re.append(slashAfter ? "(?:.*/)?" : ".*");
        i += slashAfter ? 2 : 1;
      } else if (c == '*') {
        re.append("[^/]*");
      } else if (c == '?') {
        re.append("[^/]");
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(re.toString());
  }
}
