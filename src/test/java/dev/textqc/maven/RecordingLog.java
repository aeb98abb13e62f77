package dev.textqc.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** A Maven log that keeps the lines at warning and above, to assert on what a build says. */
final class RecordingLog extends SystemStreamLog {
  final List<String> warnings = new ArrayList<>();
  final List<String> infos = new ArrayList<>();

  @Override
  public void info(CharSequence content) {
    infos.add(content.toString());
  }

  @Override
  public void warn(CharSequence content) {
    warnings.add(content.toString());
  }
}
