package dev.meerkat.internal.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.BufferTimeoutException;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.Model;
import dev.meerkat.NotConnectedException;
import dev.meerkat.ObservedOperation;
import dev.meerkat.OperationObserver;
import dev.meerkat.internal.connection.Await;
import dev.meerkat.internal.connection.DefaultConnection;
import dev.meerkat.internal.connection.Person;
import dev.meerkat.internal.connection.PersonSchema;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What an {@link OperationObserver} sees of operations run at once, buffered, timed out and
 * refused.
 */
@MongoTest
class OperationObserverTest {
  private static final Duration WAIT = Duration.ofSeconds(10);
  private final MongoServer server;
  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final Recorder recorder = new Recorder();

  OperationObserverTest(MongoServer server) {
    this.server = server;
  }

  @AfterEach
  void closeAll() throws Exception {
    meerkat.disconnect().get(10, TimeUnit.SECONDS);
  }

  @Test
  void operationOnAnOpenConnectionIsReportedOnceWithItsModelAndNoBufferWait() throws Exception {
    DefaultConnection conn =
        (DefaultConnection) meerkat.connect(server.uri()).get(10, TimeUnit.SECONDS);
    Model<Person> people = conn.model(PersonSchema.INSTANCE);
    people.findById(new ObjectId()); // runs the model's init first, unobserved
    conn.addOperationObserver(recorder);

    Person ada = people.create(new Person(null, "Ada", 36));
    assertEquals(Optional.of("Ada"), people.findById(ada.id()).map(Person::name));

    assertEquals(
        List.of("completed Person/people.insertOne ok", "completed Person/people.findOne ok"),
        recorder.lines);
    assertTrue(
        recorder.took.stream().allMatch(d -> d.toNanos() > 0 && d.compareTo(WAIT) < 0),
        recorder.took::toString);
  }

  @Test
  void bufferedOperationReportsItsWaitFromIssueToOpen() throws Exception {
    DefaultConnection conn = (DefaultConnection) meerkat.createConnection();
    conn.addOperationObserver(recorder);
    long issued = System.nanoTime();
    CompletableFuture<Long> count =
        CompletableFuture.supplyAsync(() -> conn.collection("things").countDocuments());
    Await.until("the count to be queued", () -> conn.queuedOperations() == 1, WAIT);
    // The operation was issued between `issued` and now (its thread starts later than `issued`), so
    // its wait is at least the time from here to the open, and at most the time from `issued`.
    long queued = System.nanoTime();
    Thread.sleep(100);
    long beforeOpen = System.nanoTime() - queued;

    conn.openUri(server.uri(), ConnectionOptions.builder().serverSelectionTimeoutMS(5000).build())
        .get(10, TimeUnit.SECONDS);
    assertEquals(0L, count.get(10, TimeUnit.SECONDS));
    long total = System.nanoTime() - issued;

    Await.until("completion to be reported", () -> recorder.lines.size() == 3, WAIT);
    assertEquals(
        List.of(
            "buffered null/things.countDocuments",
            "leftBuffer null/things.countDocuments",
            "completed null/things.countDocuments ok"),
        recorder.lines);
    long waited = recorder.waited.get(0).toNanos();
    assertTrue(
        waited >= beforeOpen && waited <= total,
        waited + " not in [" + beforeOpen + ", " + total + "]");
  }

  @Test
  void bufferTimeoutLeavesTheBufferAtTheTimeoutAndCompletesWithTheTimeoutError() throws Exception {
    DefaultConnection conn = (DefaultConnection) meerkat.createConnection();
    conn.addOperationObserver(recorder);
    Model<Person> people = conn.model(PersonSchema.INSTANCE);
    meerkat.set(dev.meerkat.Setting.BUFFER_TIMEOUT_MS, 200L);

    assertThrows(BufferTimeoutException.class, () -> people.findById(new ObjectId()));

    Await.until("completion to be reported", () -> recorder.lines.size() == 3, WAIT);
    assertEquals(
        List.of(
            "buffered Person/people.findOne",
            "leftBuffer Person/people.findOne",
            "completed Person/people.findOne BufferTimeoutException"),
        recorder.lines);
    Duration waited = recorder.waited.get(0);
    assertTrue(waited.toMillis() >= 200 && waited.toMillis() < 5000, waited::toString);
    assertInstanceOf(BufferTimeoutException.class, recorder.failures.get(0));
  }

  @Test
  void refusedOperationIsReportedAsFailedWithoutBuffering() {
    DefaultConnection conn = (DefaultConnection) meerkat.createConnection();
    conn.addOperationObserver(recorder);
    Model<Person> people = conn.model(PersonSchema.INSTANCE);
    meerkat.set(dev.meerkat.Setting.BUFFER_COMMANDS, false);

    assertThrows(NotConnectedException.class, () -> people.findById(new ObjectId()));

    assertEquals(List.of("completed Person/people.findOne NotConnectedException"), recorder.lines);
  }

  @Test
  void throwingObserverBreaksNothingAndRemovedObserverHearsNothing() throws Exception {
    DefaultConnection conn =
        (DefaultConnection) meerkat.connect(server.uri()).get(10, TimeUnit.SECONDS);
    OperationObserver throwing =
        new OperationObserver() {
          @Override
          public void completed(ObservedOperation operation, Duration took, Throwable failure) {
            throw new IllegalStateException("observer bug");
          }
        };
    conn.addOperationObserver(throwing).addOperationObserver(recorder);

    assertEquals(0L, conn.collection("things").countDocuments());
    conn.removeOperationObserver(recorder);
    assertEquals(0L, conn.collection("things").countDocuments());

    assertEquals(List.of("completed null/things.countDocuments ok"), recorder.lines);
  }

  /** Records what it is told, one line per callback. */
  private static final class Recorder implements OperationObserver {
    final List<String> lines = new CopyOnWriteArrayList<>();
    final List<Duration> waited = new CopyOnWriteArrayList<>();
    final List<Duration> took = new CopyOnWriteArrayList<>();
    final List<Throwable> failures = new CopyOnWriteArrayList<>();

    @Override
    public void buffered(ObservedOperation op) {
      lines.add("buffered " + name(op));
    }

    @Override
    public void leftBuffer(ObservedOperation op, Duration waited) {
      this.waited.add(waited);
      lines.add("leftBuffer " + name(op));
    }

    @Override
    public void completed(ObservedOperation op, Duration took, Throwable failure) {
      this.took.add(took);
      if (failure != null) {
        failures.add(failure);
      }
      lines.add(
          "completed "
              + name(op)
              + " "
              + (failure == null ? "ok" : failure.getClass().getSimpleName()));
    }

    private static String name(ObservedOperation op) {
      return op.model() + "/" + op.collection() + "." + op.operation();
    }
  }
}
