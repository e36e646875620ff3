package dev.meerkat.internal.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.meerkat.ConfigurationException;
import dev.meerkat.Connection;
import dev.meerkat.ConnectionEvent;
import dev.meerkat.ConnectionOptions;
import dev.meerkat.Meerkat;
import dev.meerkat.MeerkatInstance;
import dev.meerkat.ServerSelectionException;
import dev.meerkat.testing.MongoServer;
import dev.meerkat.testing.MongoTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * 10,000 fuzzed URIs and 10,000 fuzzed option maps, each holding a marker password, through the
 * public API (fixed seed). Every case must end as a {@link ConfigurationException} (at once, or as
 * the failed {@code asFuture()}) or as an {@code asFuture()} that completed or failed with the
 * server's answer, within a bound (no hang); and the marker must appear in no exception (message,
 * cause chain or stack trace, which is what the DEBUG "failed to open" log prints), no event, and
 * nothing logged (the SLF4J output, which slf4j-simple writes to {@code System.err}, is captured
 * while the fuzz runs, and not shown: deprecation warnings by the thousand).
 *
 * <p>Most cases fail before any I/O. Of those the settings accept (checked first with {@link
 * ClientSettingsFactory#resolve}, which does no I/O), one in {@link #CONNECT_ONE_IN} is opened for
 * real, with a short {@code serverSelectionTimeoutMS}, on the embedded server or a closed port:
 * making a driver client takes milliseconds, and thousands of them would make the test slow without
 * finding more (the options that reach the driver are already checked for the marker).
 */
@MongoTest
class SecretFuzzTest {
  private static final String MARKER = "Mk7Qz9Secret";
  private static final long SEED = 20261130L;
  private static final int CASES = Integer.getInteger("meerkat.fuzz.cases", 10_000);
  private static final int CONNECT_ONE_IN = 10;
  private static final ConnectionOptions SHORT =
      ConnectionOptions.builder().serverSelectionTimeoutMS(300).connectTimeoutMS(300).build();

  private final MeerkatInstance meerkat = Meerkat.newInstance();
  private final ConcurrentLinkedQueue<String> texts = new ConcurrentLinkedQueue<>();
  private volatile String current = "";
  private final Map<Connection, String> inputs = new java.util.IdentityHashMap<>();
  private final List<String> unexpected = new ArrayList<>();
  private int preIo;
  private int accepted;
  private int completed;
  private int failedByServer;

  @AfterEach
  void close() {
    meerkat.disconnect().join();
  }

  @Test
  void fuzzedUrisAndOptionMapsNeverLeakTheMarkerOrHang(MongoServer server) throws Exception {
    ByteArrayOutputStream logged = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
    long start = System.nanoTime();
    int hangs;
    String phases;
    try {
      Random random = new Random(SEED);
      String embedded = server.host() + ":" + server.port();
      List<Connection> connections = new ArrayList<>();
      for (int i = 0; i < CASES; i++) {
        current = uri(random, embedded);
        open(current, SHORT, connections);
      }
      long urisMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      for (int i = 0; i < CASES; i++) {
        Map<String, Object> map = optionMap(random);
        current = String.valueOf(map);
        ConnectionOptions options;
        try {
          options = ConnectionOptions.fromMap(map);
        } catch (RuntimeException e) {
          classifyImmediate(e);
          continue;
        }
        texts.add(options.toString());
        String uri = random.nextBoolean() ? server.uri() : "mongodb://127.0.0.1:1/db";
        open(uri, options.withOverrides(SHORT), connections);
      }
      long mapsMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      hangs = settle(connections);
      phases =
          "uris "
              + urisMs
              + " ms, maps until "
              + mapsMs
              + " ms, "
              + connections.size()
              + " connections";
    } finally {
      System.setErr(originalErr);
    }
    long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    String log = logged.toString(StandardCharsets.UTF_8);
    List<String> leaks = new ArrayList<>();
    for (String text : texts) {
      if (text.contains(MARKER) && leaks.size() < 5) {
        leaks.add(text);
      }
    }
    long leakCount = texts.stream().filter(t -> t.contains(MARKER)).count();
    System.out.printf(
        "SecretFuzzTest: %d cases in %d ms: %d ConfigurationExceptions before I/O, %d opened, %d failed"
            + " by the server, %d accepted by the settings, %d hung, %d unexpected, %d texts checked, %d with the marker, %d log chars (%s)%n",
        2 * CASES,
        ms,
        preIo,
        completed,
        failedByServer,
        accepted,
        hangs,
        unexpected.size(),
        texts.size(),
        leakCount,
        log.length(),
        phases);
    assertEquals(0, hangs, "cases whose asFuture() never completed");
    assertEquals(
        List.of(),
        unexpected.subList(0, Math.min(5, unexpected.size())),
        unexpected.size() + " unexpected");
    assertEquals(List.of(), leaks, leakCount + " texts hold the marker");
    assertTrue(!log.contains(MARKER), "the log holds the marker");
    assertTrue(preIo > CASES, "most cases fail before any I/O: " + preIo);
  }

  /**
   * Opens a connection and records everything it says (all that fail before I/O, a sample of the
   * rest).
   */
  private void open(String uri, ConnectionOptions options, List<Connection> connections) {
    try {
      ResolvedSettings resolved = ClientSettingsFactory.resolve(uri, options);
      texts.add(resolved.toString() + resolved.settings().build());
      if (++accepted % CONNECT_ONE_IN != 0) {
        return;
      }
    } catch (RuntimeException e) {
      // the public path below reports it through asFuture(), events and the log
    }
    Connection conn;
    try {
      conn = meerkat.createConnection();
      for (ConnectionEvent event : ConnectionEvent.values()) {
        String input = current;
        conn.on(
            event,
            e -> {
              record(e.cause(), input);
              texts.add(String.valueOf(e.detail()));
            });
      }
      conn.openUri(uri, options);
    } catch (RuntimeException e) {
      classifyImmediate(e);
      return;
    }
    connections.add(conn);
    inputs.put(conn, current);
  }

  /** Waits for every opening (10 s each at most, in all far less), classifies it, and closes it. */
  private int settle(List<Connection> connections) throws Exception {
    int hangs = 0;
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    for (Connection conn : connections) {
      CompletableFuture<Connection> future = conn.asFuture();
      try {
        future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        completed++;
      } catch (java.util.concurrent.TimeoutException e) {
        hangs++;
      } catch (java.util.concurrent.ExecutionException e) {
        Throwable cause = e.getCause();
        record(cause, inputs.get(conn));
        if (cause instanceof ConfigurationException) {
          preIo++;
        } else if (cause instanceof ServerSelectionException
            || cause instanceof com.mongodb.MongoException) {
          failedByServer++;
        } else {
          unexpected.add("asFuture() failed with " + cause);
        }
      }
      conn.close().get(20, TimeUnit.SECONDS);
    }
    return hangs;
  }

  private void classifyImmediate(RuntimeException e) {
    record(e);
    if (e instanceof ConfigurationException) {
      preIo++;
    } else {
      unexpected.add("threw " + e);
    }
  }

  private void record(Throwable t) {
    record(t, current);
  }

  /**
   * Everything a stack trace of {@code t} would print that is data rather than code locations: the
   * {@code toString()} of it, its causes and suppressed exceptions.
   */
  private void record(Throwable t, String input) {
    if (t == null) {
      return;
    }
    StringBuilder all = new StringBuilder();
    java.util.ArrayDeque<Throwable> pending = new java.util.ArrayDeque<>(List.of(t));
    java.util.Set<Throwable> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    while (!pending.isEmpty()) {
      Throwable next = pending.pop();
      if (seen.add(next)) {
        all.append(next).append('\n');
        if (next.getCause() != null) {
          pending.push(next.getCause());
        }
        pending.addAll(List.of(next.getSuppressed()));
      }
    }
    texts.add("input " + input.replace(MARKER, "<MARKER>") + " gave " + all);
  }

  // ---- generators ------------------------------------------------------------------------------

  private static final String[] SCHEMES = {
    "mongodb://",
    "mongodb://",
    "mongodb://",
    "mongodb://",
    "MONGODB://",
    "mongodb+srv://",
    "mongo://",
    "",
    "mongodb:/"
  };
  private static final String[] NOISE = {
    "", "", "", "@", ":", "/", "?", "#", "%", "%4", "%40", "&", "=", ";", ",", "p", "@@", "a b",
    "%zz", "??", "&&"
  };
  private static final String[] SECRET_KEYS = {
    "password",
    "pass",
    "proxyPassword",
    "tlsCertificateKeyFilePassword",
    "sslPEMKeyPassword",
    "pasword",
    "proxyPasword",
    "PROXYPASSWORD",
    "authMechanismProperties=AWS_SESSION_TOKEN:",
    "secret",
    "token"
  };
  private static final String[] PLAIN = {
    "maxPoolSize=5",
    "appName=fuzz",
    "serverSelectionTimeoutMS=100",
    "w=majority",
    "retryWrites=true",
    "compressors=snappy",
    "compressors=zstd",
    "compressors=zlib",
    "readPreference=nearest",
    "readPreference=sideways",
    "maxPoolSize=-1",
    "minPoolSize=9&maxPoolSize=2",
    "appName=" + "a".repeat(130),
    "uuidRepresentation=javaLegacy",
    "authMechanism=SCRAM-SHA-256",
    "authMechanism=NOPE",
    "authSource=admin",
    "foo=bar",
    "bogus",
    "=x",
    "poolSize=3",
    "keepAlive=true",
    "bufferCommands=false",
    "maxPoolSize",
    "heartbeatFrequencyMS=0",
    "wtimeoutMS=soon",
    "directConnection=true&replicaSet=rs"
  };

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String password(Random random) {
    return pick(random, NOISE) + MARKER + pick(random, NOISE);
  }

  private static String uri(Random random, String embedded) {
    StringBuilder s = new StringBuilder(pick(random, SCHEMES));
    boolean srv = s.toString().contains("srv");
    switch (random.nextInt(6)) {
      case 0 -> {}
      case 1 -> s.append(":").append(password(random)).append('@');
      case 2 -> s.append("u%40x:").append(password(random)).append('@');
      case 3 -> s.append("user:").append(password(random)).append("@extra@");
      default -> s.append("user:").append(password(random)).append('@');
    }
    String[] hosts = {
      embedded,
      embedded,
      embedded,
      "127.0.0.1:1",
      "[::1]:1",
      "127.0.0.1:99999",
      "127.0.0.1:x",
      "",
      "127.0.0.1:1," + embedded
    };
    s.append(srv ? "h.example.com:27017" : pick(random, hosts));
    s.append(pick(random, new String[] {"", "/", "/db", "/db", "/a.b", "/admin", "/%zz", "/db/x"}));
    if (random.nextInt(4) > 0) {
      s.append(random.nextInt(8) == 0 ? "??" : "?");
      int options = 1 + random.nextInt(3);
      for (int i = 0; i < options; i++) {
        if (i > 0) {
          s.append(pick(random, new String[] {"&", "&", ";", "&&"}));
        }
        if (random.nextInt(3) == 0) {
          String key = pick(random, SECRET_KEYS);
          s.append(key).append(key.endsWith(":") ? "" : "=").append(password(random));
        } else {
          s.append(pick(random, PLAIN));
        }
      }
    }
    return s.toString();
  }

  private static Map<String, Object> optionMap(Random random) {
    Map<String, Object> map = new HashMap<>();
    int entries = 1 + random.nextInt(4);
    for (int i = 0; i < entries; i++) {
      switch (random.nextInt(16)) {
        case 0 -> {
          map.put("user", "alice");
          map.put("pass", password(random));
        }
        case 1 -> map.put("pass", random.nextBoolean() ? password(random) : 42);
        case 2 -> map.put("auth", Map.of("username", "alice", "password", password(random)));
        case 3 -> map.put("auth", "alice:" + password(random));
        case 4 -> map.put("auth", Map.of("username", "alice", "pw", password(random)));
        case 5 -> map.put("auth", Map.of("user", "alice", "password", List.of(password(random))));
        case 6 -> map.put(null, password(random));
        case 7 -> map.put("maxPoolSize", pick(random, new String[] {"10", "ten", "-1", "10.5"}));
        case 8 -> map.put("bufferCommands", random.nextBoolean() ? "yes" : "false");
        case 9 -> map.put("readPreference", random.nextBoolean() ? "sideways" : "nearest");
        case 10 -> map.put("dbName", random.nextBoolean() ? "db" : "a.b");
        case 11 -> map.put("passwrod", password(random));
        case 12 -> map.put("poolSize", 5);
        case 13 -> map.put("family", random.nextBoolean() ? 4 : 5);
        case 14 -> map.put("serverSelectionTimeoutMS", random.nextBoolean() ? "abc" : 200);
        default -> map.put("authSource", random.nextBoolean() ? "a.b" : "admin");
      }
    }
    return map;
  }
}
