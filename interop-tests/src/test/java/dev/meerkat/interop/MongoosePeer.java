package dev.meerkat.interop;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * One long-lived {@code node src/test/node/mongoose-peer.js}: real Mongoose, driven one JSON line
 * at a time over stdin/stdout. Documents cross as canonical Extended JSON, so every BSON type
 * arrives as it was. Not thread-safe beyond {@link #call}'s lock: tests drive it one step at a
 * time.
 */
final class MongoosePeer implements AutoCloseable {
  private static final JsonWriterSettings EXTENDED =
      JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();
  private static final long ANSWER_SECONDS = 30;

  private final Process process;
  private final Writer requests;
  private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
  private final Path log;
  private final String mongooseVersion;
  private int nextId;

  private MongoosePeer(Process process, Path log) throws IOException {
    this.process = process;
    this.log = log;
    this.requests = new OutputStreamWriter(process.getOutputStream(), UTF_8);
    Thread reader = new Thread(this::readAnswers, "mongoose-peer-stdout");
    reader.setDaemon(true);
    reader.start();
    this.mongooseVersion =
        BsonDocument.parse(nextAnswer("the start")).getString("ready").getValue();
  }

  /**
   * Starts node with the module's Mongoose (installed by {@link NodeToolchain#installMongoose()}).
   */
  static MongoosePeer start() throws IOException {
    Path dir = NodeToolchain.moduleDir();
    Files.createDirectories(NodeToolchain.logDir());
    Path log = NodeToolchain.logDir().resolve("mongoose-peer.log");
    Process process =
        new ProcessBuilder("node", "src/test/node/mongoose-peer.js")
            .directory(dir.toFile())
            .redirectError(log.toFile())
            .start();
    return new MongoosePeer(process, log);
  }

  String mongooseVersion() {
    return mongooseVersion;
  }

  /** {@code new Model(doc).save()}; returns Mongoose's {@code toObject()} of the saved document. */
  BsonDocument create(String uri, String model, BsonDocument doc) {
    return call(request("create", uri, model).append("doc", doc)).asDocument();
  }

  /**
   * What Mongoose hydrated from the stored document: {@code doc} ({@code toObject()}), {@code
   * modifiedPaths} (what hydrating alone changed) and {@code errors} ({@code validate()}).
   */
  Loaded load(String uri, String model, BsonValue id) {
    BsonDocument answer = call(request("load", uri, model).append("docId", id)).asDocument();
    return new Loaded(
        answer.getDocument("doc"),
        answer.getArray("modifiedPaths").stream().map(v -> v.asString().getValue()).toList(),
        messages(answer.getDocument("errors")));
  }

  /** Loads, sets {@code set}'s paths, pushes {@code push}'s arrays of values, saves. */
  BsonDocument update(String uri, String model, BsonValue id, BsonDocument set, BsonDocument push) {
    return call(request("update", uri, model)
            .append("docId", id)
            .append("set", set)
            .append("push", push))
        .asDocument();
  }

  /** Loads a copy and keeps it under {@code handle} for a later {@link #saveHeld}. */
  void hold(String uri, String model, BsonValue id, String handle) {
    call(request("hold", uri, model).append("docId", id).append("handle", new BsonString(handle)));
  }

  /** Changes the copy held under {@code handle} as {@link #update} does, and saves it. */
  BsonDocument saveHeld(String handle, BsonDocument set, BsonDocument push) {
    return call(new BsonDocument("op", new BsonString("saveHeld"))
            .append("handle", new BsonString(handle))
            .append("set", set)
            .append("push", push))
        .asDocument();
  }

  /** {@code new Model(doc).validate()}: path to message, empty when valid. */
  Map<String, String> validate(String uri, String model, BsonDocument doc) {
    return messages(call(request("validate", uri, model).append("doc", doc)).asDocument());
  }

  /** The collection Mongoose chose for {@code model}. */
  String collectionName(String uri, String model) {
    return call(request("collectionName", uri, model)).asString().getValue();
  }

  private static BsonDocument request(String op, String uri, String model) {
    return new BsonDocument("op", new BsonString(op))
        .append("uri", new BsonString(uri))
        .append("model", new BsonString(model));
  }

  private static Map<String, String> messages(BsonDocument errors) {
    Map<String, String> messages = new LinkedHashMap<>();
    errors.forEach((path, message) -> messages.put(path, message.asString().getValue()));
    return messages;
  }

  private synchronized BsonValue call(BsonDocument request) {
    int id = ++nextId;
    request.put("id", new BsonInt32(id));
    try {
      requests.write(request.toJson(EXTENDED) + "\n");
      requests.flush();
      BsonDocument answer = BsonDocument.parse(nextAnswer(request.getString("op").getValue()));
      if (answer.getInt32("id").getValue() != id) {
        throw new IllegalStateException(
            "the Node side answered request " + answer.get("id") + ", expected " + id);
      }
      if (!answer.getBoolean("ok").getValue()) {
        BsonDocument error = answer.getDocument("error");
        throw new MongooseException(
            error.getString("name").getValue(),
            error.getString("message").getValue(),
            error.getString("stack", new BsonString("")).getValue());
      }
      return answer.get("result");
    } catch (IOException e) {
      throw new IllegalStateException(
          "could not talk to the Node side; its stderr:\n" + stderr(), e);
    }
  }

  private String nextAnswer(String what) throws IOException {
    try {
      String line = answers.poll(ANSWER_SECONDS, TimeUnit.SECONDS);
      if (line == null || line.isEmpty()) {
        throw new IOException(
            "no answer from the Node side to "
                + what
                + " within "
                + ANSWER_SECONDS
                + "s"
                + (process.isAlive() ? "" : " (node exited with " + process.exitValue() + ")")
                + "; its stderr:\n"
                + stderr());
      }
      return line;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while waiting for the Node side", e);
    }
  }

  private void readAnswers() {
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(process.getInputStream(), UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        answers.add(line);
      }
    } catch (IOException e) {
      // The process ended; nextAnswer reports it with node's stderr.
    }
    answers.add("");
  }

  private String stderr() {
    try {
      return Files.readString(log, UTF_8);
    } catch (IOException e) {
      return "(unreadable: " + e + ")";
    }
  }

  /** Closes stdin, so node closes its connections and exits; killed if it does not within 10s. */
  @Override
  public void close() throws IOException {
    requests.close();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** What {@link #load} returns. */
  record Loaded(BsonDocument doc, List<String> modifiedPaths, Map<String, String> errors) {}
}
