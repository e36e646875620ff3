package dev.meerkat.internal.generated;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.bson.BsonString;
import org.bson.types.ObjectId;

/**
 * The keys of maps keyed by enums, UUIDs and ObjectIds, read back from the stored subdocument's
 * names. A name that is not a key of the map's type is a {@link CastFailure} for that type (the
 * map's reader adds the name to the path), never an {@code IllegalArgumentException} and never a
 * different key: {@code UUID.fromString} alone would read {@code "1-2-3-4-5"} as a UUID. Nor does
 * one key silently replace another: two names of one UUID or ObjectId are a failure too. The
 * generated code calls these rather than the key types' own factories, so that a field whose path
 * constant shadows a type name ({@code UUID} for a field {@code uuid}) does not hide them. May
 * change at any time. Stateless and thread-safe.
 */
public final class MapKeys {
  private MapKeys() {}

  /** Any 8-4-4-4-12 hex text: every UUID Meerkat writes as a key, the nil UUID included. */
  private static final Pattern UUID_TEXT =
      Pattern.compile(
          "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", Pattern.CASE_INSENSITIVE);

  /**
   * The UUID a key names in its text form, in either case. A key that names the same UUID as an
   * earlier key of {@code into} (the same text in another case) is a {@link CastFailure}: the map
   * would keep one value of the two.
   */
  public static UUID uuid(String name, Map<UUID, ?> into) {
    if (!UUID_TEXT.matcher(name).matches()) {
      throw new CastFailure("UUID", new BsonString(name));
    }
    return distinct(UUID.fromString(name.toLowerCase(Locale.ROOT)), name, "UUID", into);
  }

  /** The ObjectId a key names in 24 hex digits, in either case; as {@link #uuid}. */
  public static ObjectId objectId(String name, Map<ObjectId, ?> into) {
    if (!ObjectId.isValid(name)) {
      throw new CastFailure("ObjectId", new BsonString(name));
    }
    return distinct(new ObjectId(name), name, "ObjectId", into);
  }

  private static <K> K distinct(K key, String name, String type, Map<K, ?> into) {
    if (into.containsKey(key)) {
      throw new CastFailure(type + " key" + CastFailure.DISTINCT, new BsonString(name));
    }
    return key;
  }

  /**
   * The constant of enum {@code type} (its simple name) that {@code valueOf} (the enum's own) finds
   * for the key {@code name}.
   */
  public static <E extends Enum<E>> E constant(
      String name, Function<String, E> valueOf, String type) {
    try {
      return valueOf.apply(name);
    } catch (IllegalArgumentException unknown) {
      throw new CastFailure(type, new BsonString(name));
    }
  }
}
