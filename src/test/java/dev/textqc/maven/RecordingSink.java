package dev.textqc.maven;

import dev.textqc.pipeline.Result;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;

/**
 * A sink for {@link AbstractTextQcMojo#check} that writes down what reached it, in order, and
 * keeps each result only weakly, so a test can tell whether anything else still holds it.
 */
final class RecordingSink implements AbstractTextQcMojo.ResultSink {
  final List<String> events = new ArrayList<>();
  final List<WeakReference<Result>> results = new ArrayList<>();

  @Override
  public void startFile(String path, boolean cached) {
    events.add("start " + path + (cached ? " (cached)" : ""));
  }

  @Override
  public void result(String path, Result result) {
    events.add("result " + result.document().id());
    results.add(new WeakReference<>(result));
  }

  @Override
  public void endFile(String path) {
    events.add("end " + path);
  }
}
