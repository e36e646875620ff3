package dev.meerkat.internal.monitoring;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

/**
 * One command as a debug line: {@code collection.command(arguments) options}, with credentials and
 * sensitive values redacted. Immutable and thread-safe.
 */
final class CommandSummary {
  static final String REDACTED = "<redacted>";
  private static final int MAX_ARGUMENTS = 1000;
  private static final int MAX_OPTIONS = 500;
  private static final JsonWriterSettings JSON =
      JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

  /** Commands that carry credentials: logged by name only. Lower-case. */
  private static final Set<String> CREDENTIAL_COMMANDS =
      Set.of(
          "authenticate",
          "saslstart",
          "saslcontinue",
          "getnonce",
          "createuser",
          "updateuser",
          "copydbnonce",
          "copydbgetnonce",
          "copydbsaslstart",
          "copydb");

  /**
   * The field holding each command's main argument (filter, documents, pipeline...). Lower-case
   * keys.
   */
  private static final Map<String, String> ARGUMENT_FIELD =
      Map.of(
          "find",
          "filter",
          "insert",
          "documents",
          "update",
          "updates",
          "delete",
          "deletes",
          "aggregate",
          "pipeline",
          "count",
          "query",
          "distinct",
          "query",
          "findandmodify",
          "query",
          "createindexes",
          "indexes");

  /** Fields the driver adds to every command; noise in a debug line. */
  private static final Set<String> ENVELOPE =
      Set.of(
          "$db",
          "lsid",
          "$clusterTime",
          "txnNumber",
          "autocommit",
          "startTransaction",
          "$readPreference",
          "apiVersion",
          "apiStrict",
          "apiDeprecationErrors",
          "$query");

  private final Set<String> sensitiveKeys;

  CommandSummary(Set<String> lowerCaseSensitiveKeys) {
    this.sensitiveKeys = lowerCaseSensitiveKeys;
  }

  String describe(String database, String commandName, BsonDocument command) {
    String lowerName = commandName.toLowerCase(Locale.ROOT);
    if (CREDENTIAL_COMMANDS.contains(lowerName) || command.containsKey("speculativeAuthenticate")) {
      return database + "." + commandName + "() (credentials not logged)";
    }
    BsonValue target =
        lowerName.equals("getmore") ? command.get("collection") : command.get(commandName);
    String namespace =
        target != null && target.isString() ? target.asString().getValue() : database;
    String argumentField = ARGUMENT_FIELD.get(lowerName);
    BsonValue argument =
        lowerName.equals("getmore")
            ? command.get(commandName)
            : argumentField == null ? null : command.get(argumentField);
    BsonDocument options = new BsonDocument();
    for (Map.Entry<String, BsonValue> field : command.entrySet()) {
      String key = field.getKey();
      if (!key.equals(commandName)
          && !key.equals(argumentField)
          && !ENVELOPE.contains(key)
          && !(lowerName.equals("getmore") && key.equals("collection"))) {
        options.put(key, field.getValue());
      }
    }
    StringBuilder line = new StringBuilder(namespace).append('.').append(commandName).append('(');
    if (argument != null) {
      line.append(truncate(json(redact(argument)), MAX_ARGUMENTS));
    }
    line.append(')');
    if (!options.isEmpty()) {
      line.append(' ').append(truncate(json(redact(options)), MAX_OPTIONS));
    }
    return line.toString();
  }

  private BsonValue redact(BsonValue value) {
    if (value.isDocument()) {
      BsonDocument copy = new BsonDocument();
      for (Map.Entry<String, BsonValue> field : value.asDocument().entrySet()) {
        copy.put(
            field.getKey(),
            isSensitive(field.getKey()) ? new BsonString(REDACTED) : redact(field.getValue()));
      }
      return copy;
    }
    if (value.isArray()) {
      BsonArray copy = new BsonArray();
      for (BsonValue element : value.asArray()) {
        copy.add(redact(element));
      }
      return copy;
    }
    return value;
  }

  /**
   * Also matches the last segment of a dotted path, as in {@code {$set: {"profile.password":
   * ...}}}.
   */
  private boolean isSensitive(String key) {
    String lower = key.toLowerCase(Locale.ROOT);
    return sensitiveKeys.contains(lower)
        || sensitiveKeys.contains(lower.substring(lower.lastIndexOf('.') + 1));
  }

  private static String json(BsonValue value) {
    if (value.isDocument()) {
      return value.asDocument().toJson(JSON);
    }
    String wrapped = new BsonDocument("v", value).toJson(JSON);
    return wrapped.substring("{\"v\": ".length(), wrapped.length() - 1);
  }

  private static String truncate(String text, int max) {
    return text.length() <= max
        ? text
        : text.substring(0, max) + "...(" + (text.length() - max) + " more chars)";
  }
}
