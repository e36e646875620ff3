package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.meerkat.ConnectionEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.types.ObjectId;

/** What {@link ChaosTest}'s callers were told, checked against what the server stored. */
final class ChaosLedger {
  enum Kind {
    CREATE,
    CREATE_OWN_ID,
    CREATE_DECOY_ID,
    PUSH,
    READ
  }

  /**
   * OK: acknowledged. NOT_SENT and REFUSED: the caller was told nothing was written. UNKNOWN: may
   * have been.
   */
  enum Outcome {
    OK,
    NOT_SENT,
    REFUSED,
    UNKNOWN
  }

  /**
   * One operation: {@code name} is written by it (a document's name, or an entry pushed), {@code
   * id} the caller's _id.
   */
  record Op(
      Kind kind, String name, ObjectId id, Outcome outcome, long latencyMs, long issuedNanos) {}

  record Event(ConnectionEvent event, long nanos) {}

  record Figures(
      int operations,
      int acknowledged,
      int notSent,
      int unknown,
      int lost,
      int twice,
      int falseSuccesses,
      int ghosts,
      int stuck,
      long maxLatencyMs) {}

  private final List<Op> ops;
  private final Map<String, List<ObjectId>> stored;
  private final Map<String, Integer> pushed = new HashMap<>();
  private final List<ObjectId> decoys;

  ChaosLedger(
      List<Op> ops,
      Map<String, List<ObjectId>> stored,
      List<String> pushes,
      List<ObjectId> decoys) {
    this.ops = ops;
    this.stored = stored;
    this.decoys = decoys;
    for (String p : pushes) {
      pushed.merge(p, 1, Integer::sum);
    }
  }

  Figures figures(long stuckAfterMs) {
    int acknowledged = 0;
    int notSent = 0;
    int unknown = 0;
    int lost = 0;
    int twice = 0;
    int falseSuccesses = 0;
    int ghosts = 0;
    int stuck = 0;
    long maxLatency = 0;
    for (Op op : ops) {
      maxLatency = Math.max(maxLatency, op.latencyMs());
      if (op.latencyMs() > stuckAfterMs) {
        stuck++;
      }
      if (op.kind() == Kind.READ) {
        continue;
      }
      int copies =
          op.kind() == Kind.PUSH
              ? pushed.getOrDefault(op.name(), 0)
              : stored.getOrDefault(op.name(), List.of()).size();
      twice += copies > 1 ? 1 : 0;
      switch (op.outcome()) {
        case OK -> {
          acknowledged++;
          if (op.kind() == Kind.CREATE_DECOY_ID) {
            falseSuccesses++; // a decoy holds that id: this insert cannot have been applied
          } else if (copies == 0) {
            lost++;
          } else if (op.id() != null && !stored.get(op.name()).contains(op.id())) {
            falseSuccesses++;
          }
        }
        case NOT_SENT, REFUSED -> {
          notSent++;
          ghosts += copies > 0 ? 1 : 0;
        }
        case UNKNOWN -> unknown++;
      }
    }
    for (int i = 0; i < decoys.size(); i++) {
      List<ObjectId> decoy = stored.getOrDefault("decoy-" + i, List.of());
      if (!decoy.equals(List.of(decoys.get(i)))) {
        falseSuccesses++; // the decoy was overwritten or lost
      }
    }
    return new Figures(
        ops.size(),
        acknowledged,
        notSent,
        unknown,
        lost,
        twice,
        falseSuccesses,
        ghosts,
        stuck,
        maxLatency);
  }

  /** DISCONNECTED and RECONNECTED strictly alternate, starting with DISCONNECTED. */
  static void assertAlternating(List<Event> events) {
    for (int i = 0; i < events.size(); i++) {
      ConnectionEvent expected =
          i % 2 == 0 ? ConnectionEvent.DISCONNECTED : ConnectionEvent.RECONNECTED;
      assertEquals(expected, events.get(i).event(), "event " + i + " of " + names(events));
    }
    assertEquals(0, events.size() % 2, "ends reconnected: " + names(events));
  }

  private static List<ConnectionEvent> names(List<Event> events) {
    return events.stream().map(Event::event).toList();
  }

  /** Per restart i: "D/R" counts of the events between stop i and stop i + 1. */
  static List<String> pairs(List<Event> events, long[] stops) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < stops.length; i++) {
      long from = stops[i];
      long to = i + 1 < stops.length ? stops[i + 1] : Long.MAX_VALUE;
      int d = 0;
      int r = 0;
      for (Event e : events) {
        if (e.nanos() - from >= 0 && e.nanos() - to < 0) {
          d += e.event() == ConnectionEvent.DISCONNECTED ? 1 : 0;
          r += e.event() == ConnectionEvent.RECONNECTED ? 1 : 0;
        }
      }
      pairs.add(d + "/" + r);
    }
    return pairs;
  }

  static List<String> onePairEach(int restarts) {
    return Collections.nCopies(restarts, "1/1");
  }

  /** Milliseconds from each start to the first RECONNECTED after it (-1: none). */
  static List<Long> recoveries(List<Event> events, long[] starts) {
    List<Long> out = new ArrayList<>();
    for (long start : starts) {
      long found = -1;
      for (Event e : events) {
        if (e.event() == ConnectionEvent.RECONNECTED && e.nanos() - start >= 0) {
          found = (e.nanos() - start) / 1_000_000;
          break;
        }
      }
      out.add(found);
    }
    return out;
  }
}
