package dev.textqc.cli;

import dev.textqc.TextQc;
import dev.textqc.finding.Annotation;
import dev.textqc.finding.Category;
import dev.textqc.pipeline.Result;
import dev.textqc.rule.BoundedCorpusMemory;
import dev.textqc.rule.CorpusMemory;
import dev.textqc.source.Inputs;
import dev.textqc.source.SourceItem;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;

/**
 * Drives inputs through the library with a pool of workers. Documents are decoded, extracted and
 * checked in parallel, but handed to the sink one at a time in input order, as soon as each is
 * done, so results already written survive a later failure and outputs are the same whatever the
 * thread count.
 *
 * <p>At most {@code 4 x threads} documents are in flight, so memory stays flat however large the
 * corpus. An unreadable input, a document the extractor or a rule chokes on, or one that runs
 * longer than the timeout is reported on stderr with its id and skipped; the run goes on and
 * counts it as an error. A timed-out worker cannot be stopped safely, so it is abandoned (and
 * interrupted) and a fresh thread takes its place. All documents of the run share one corpus
 * memory (unless {@code --no-corpus-memory}).
 */
final class Runner {
  private static final int WINDOW_PER_THREAD = 4;

  /**
   * @param threads documents checked at once
   * @param timeout longest time one document may take, or null for no limit
   * @param progress progress bar and end-of-run summary (or a silent one)
   */
  record Settings(int threads, Duration timeout, Progress progress) {
    static Settings sequential() {
      return new Settings(1, null, Progress.silent());
    }
  }

  private final Settings settings;
  /**
   * Shared by all documents of the run, so lines that recur across them (a site's template) are
   * recognised as boilerplate; {@link CorpusMemory#NONE} checks each document on its own. A
   * {@link BoundedCorpusMemory} is read by each document on its turn, in input order
   * ({@link BoundedCorpusMemory#document}), so the findings are the same whatever the thread
   * count.
   */
  CorpusMemory memory = new BoundedCorpusMemory();
  int documents;
  /** Inputs handed to the workers so far (not those that failed before): the next turn. */
  private long checkedInputs;
  int errors;
  long bytes;
  final Map<Category, Long> findings = new EnumMap<>(Category.class);

  Runner() {
    this(Settings.sequential());
  }

  Runner(Settings settings) {
    this.settings = settings;
  }

  /**
   * Turns a checked document into what the sink writes (a JSON line, say). It runs on the worker
   * thread right after the check, so serialising is spread over the workers and the one thread
   * that writes in input order only copies finished output.
   */
  @FunctionalInterface
  interface Renderer<T> {
    T render(SourceItem.Loaded item, Result result);
  }

  /** Takes each checked document, with what the renderer made of it, in input order. */
  @FunctionalInterface
  interface Sink<T> {
    void accept(SourceItem.Loaded item, Result result, T rendered);
  }

  /** What became of one input. */
  private sealed interface Outcome {}

  private record Checked(SourceItem.Loaded item, Result result, Object rendered)
      implements Outcome {}

  private record Skipped(String message) implements Outcome {}

  /** One input in flight. */
  private static final class Task {
    final SourceItem item;
    final long size;
    final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    /**
     * Set once, by whichever comes first: the worker finishing the task (it then takes the next
     * one) or the run abandoning it at its timeout (a fresh worker then takes the stuck one's
     * place, and the stuck one stops when it returns).
     */
    final AtomicBoolean settled = new AtomicBoolean();
    /** The document's turn in the corpus memory: its number among the checked inputs. */
    final long seq;
    volatile long startedNanos;
    volatile Thread worker;
    /** What messages call the input: its id, the document's own once it is loaded. */
    volatile String name;

    Task(SourceItem item, long seq) {
      this.item = item;
      this.seq = seq;
      this.name = item.id();
      this.size = item instanceof SourceItem.Deferred d ? d.size()
          : item instanceof SourceItem.Loaded l ? l.document().text().length() : 0;
    }
  }

  void run(TextQc qc, Inputs inputs, PrintWriter err, BiConsumer<SourceItem.Loaded, Result> sink) {
    run(qc, inputs, err, (item, r) -> null, (item, r, none) -> sink.accept(item, r));
  }

  /**
   * Checks every input; {@code render} runs on the worker that checked the document,
   * {@code sink} on the calling thread, in input order.
   */
  <T> void run(TextQc qc, Inputs inputs, PrintWriter err, Renderer<? extends T> render,
      Sink<? super T> sink) {
    int threads = Math.max(1, settings.threads());
    Progress progress = settings.progress();
    AtomicInteger workerNo = new AtomicInteger();
    ExecutorService pool = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "textqc-worker-" + workerNo.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    BlockingQueue<Task> pending = new LinkedBlockingQueue<>();
    Runnable worker = () -> work(qc, render, pending);
    for (int i = 0; i < threads; i++) {
      pool.execute(worker);
    }
    Deque<Task> window = new ArrayDeque<>();
    progress.start(inputs);
    try {
      while (true) {
        while (window.size() < threads * WINDOW_PER_THREAD && inputs.hasNext()) {
          window.add(submit(inputs.next(), pending));
        }
        Task head = window.poll();
        if (head == null) {
          break;
        }
        Outcome o = await(head, midway(window), () -> pool.execute(worker), progress);
        if (o instanceof Skipped s) {
          errors++;
          progress.clear();
          err.println("textqc: " + s.message());
          err.flush();
        } else if (o instanceof Checked c) {
          documents++;
          bytes += head.size;
          for (var failure : c.result().failures()) {
            errors++;
            progress.clear();
            err.println("textqc: " + failure);
          }
          for (Annotation a : c.result().annotations()) {
            findings.merge(a.category(), 1L, Long::sum);
          }
          @SuppressWarnings("unchecked") // made by render, which returns a T
          T rendered = (T) c.rendered();
          sink.accept(c.item(), c.result(), rendered);
        }
        progress.update(documents, errors);
      }
    } finally {
      pool.shutdownNow();
      progress.finish(this);
      err.flush();
    }
  }

  /** Queues the item for the workers (or settles it at once if it could not be read). */
  private Task submit(SourceItem submitted, Queue<Task> pending) {
    Task submittedTask = new Task(submitted,
        submitted instanceof SourceItem.Failed ? -1 : checkedInputs++);
    if (submitted instanceof SourceItem.Failed f) {
      submittedTask.outcome.complete(new Skipped(f.message()));
    } else {
      pending.add(submittedTask);
    }
    return submittedTask;
  }

  /**
   * One worker: takes the oldest pending task until the run ends. Tasks therefore start in input
   * order, and with one thread the corpus memory sees them in that order. The worker loops
   * rather than handing each task to a thread of its own: a hand-off between threads per
   * document left the core idle for the wake-up, about 50 us per document, a fifth of the time
   * on short news records.
   */
  private void work(TextQc qc, Renderer<?> render, BlockingQueue<Task> pending) {
    while (true) {
      Task task;
      try {
        task = pending.take();
      } catch (InterruptedException e) {
        return; // the run is over
      }
      check(qc, task, render);
      if (!task.settled.compareAndSet(false, true)) {
        return; // the task timed out and another worker took this one's place
      }
      Thread.interrupted(); // a late interrupt must not leak into the next task
    }
  }

  private void check(TextQc qc, Task task, Renderer<?> render) {
    SourceItem item = task.item;
    task.worker = Thread.currentThread();
    task.startedNanos = System.nanoTime();
    CorpusMemory documentMemory = memory instanceof BoundedCorpusMemory bounded
        ? bounded.document(task.seq) : memory;
    try {
      if (item instanceof SourceItem.Deferred d) {
        item = d.loadOrFail();
      }
      if (item instanceof SourceItem.Failed f) {
        task.outcome.complete(new Skipped(f.message()));
        return;
      }
      SourceItem.Loaded loaded = (SourceItem.Loaded) item;
      // a JSONL record is known by its file and line until it is read, then by its id
      task.name = loaded.id();
      Result r = qc.check(loaded.document(), documentMemory);
      task.outcome.complete(new Checked(loaded, r, render.render(loaded, r)));
    } catch (RuntimeException | Error e) {
      // whatever it was, the document is reported and skipped: an outcome left unset would
      // keep the run waiting for it forever
      task.outcome.complete(new Skipped(task.name + ": could not be processed: " + e));
    } finally {
      // a document that failed, or never reached the page layout rule, gives up its turn
      documentMemory.observed();
    }
  }

  /**
   * The document halfway along the window behind the head: what this thread waits for first when
   * the head is not done ({@link #await}).
   */
  private static Task midway(Deque<Task> window) {
    int k = window.size() / 2;
    for (Task t : window) {
      if (k-- == 0) {
        return t;
      }
    }
    return null;
  }

  /**
   * The task's outcome, once it is done or timed out (the timeout counted from the moment the
   * task started). When it is not done yet, this thread first waits for {@code later}, a document
   * further along (up to the task's next timeout check), so that it wakes once for the several
   * documents finished by then rather than once each: every wake costs the worker that completes
   * the document a system call, and this thread a context switch. Reading news JSONL on two
   * threads, those wakes were about half of the run's system time.
   */
  private Outcome await(Task task, Task later, Runnable replaceWorker, Progress progress) {
    Duration timeout = settings.timeout();
    while (true) {
      long waitMs = 200;
      long started = task.startedNanos;
      if (timeout != null && started != 0) {
        long left = timeout.toNanos() - (System.nanoTime() - started);
        waitMs = Math.max(1, Math.min(waitMs, TimeUnit.NANOSECONDS.toMillis(left) + 1));
      }
      try {
        if (later != null && !task.outcome.isDone()) {
          try {
            later.outcome.get(waitMs, TimeUnit.MILLISECONDS);
          } catch (TimeoutException | ExecutionException e) {
            // the task's own wait below tells what became of it
          }
          later = null;
          waitMs = 0;
        }
        return task.outcome.get(waitMs, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        started = task.startedNanos;
        if (timeout != null && started != 0
            && System.nanoTime() - started >= timeout.toNanos()) {
          String msg = task.name + ": timed out after " + format(timeout)
              + " (--timeout); skipped";
          if (task.outcome.complete(new Skipped(msg))) {
            // later documents must not wait for its turn in the corpus memory
            if (memory instanceof BoundedCorpusMemory bounded && task.seq >= 0) {
              bounded.release(task.seq);
            }
            // A timed-out worker cannot be stopped safely: it is interrupted and left to stop
            // when it returns, and a fresh one takes its place. Had it finished meanwhile, it
            // has moved on to its next task and must not be interrupted there.
            if (task.settled.compareAndSet(false, true)) {
              replaceWorker.run();
              Thread w = task.worker;
              if (w != null) {
                w.interrupt();
              }
            }
          }
        }
        progress.tick();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Skipped(task.name + ": interrupted");
      } catch (ExecutionException e) {
        return new Skipped(task.name + ": could not be processed: " + e.getCause());
      }
    }
  }

  private static String format(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
