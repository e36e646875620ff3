package dev.meerkat.internal.generated;

import dev.meerkat.Ref;
import dev.meerkat.Schema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.bson.BsonBinary;
import org.bson.BsonBinarySubType;
import org.bson.BsonReader;
import org.bson.BsonType;
import org.bson.BsonWriter;
import org.bson.UuidRepresentation;
import org.bson.codecs.Codec;
import org.bson.codecs.EncoderContext;
import org.bson.codecs.UuidCodec;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.io.BsonInput;

/**
 * How generated codecs store a {@link Ref} (as the target's {@code _id} only) and how populate
 * fills one. May change at any time. Thread-safe.
 */
public final class Refs {
  private static final CodecRegistry IDS =
      CodecRegistries.fromRegistries(
          CodecRegistries.fromCodecs(new UuidCodec(UuidRepresentation.STANDARD)),
          com.mongodb.MongoClientSettings.getDefaultCodecRegistry());
  private static volatile BiConsumer<Ref<?>, Object> filler;

  private Refs() {}

  /** Called once by {@link Ref}'s initialiser: how populate sets a found document. */
  public static void installFiller(BiConsumer<Ref<?>, Object> fill) {
    filler = fill;
  }

  /** Populates {@code ref} with {@code document}. */
  public static void fill(Ref<?> ref, Object document) {
    filler.accept(ref, Objects.requireNonNull(document, "document == null"));
  }

  /** The {@code _id} of a document given to {@code Ref.of}, read through its generated schema. */
  public static Object idOfDocument(Object document) {
    @SuppressWarnings("unchecked")
    Schema<Object> schema = (Schema<Object>) Schemas.schemaOf(document.getClass());
    if (schema == null) {
      throw new IllegalStateException(
          "Ref.of("
              + document.getClass().getName()
              + "): the type has no generated"
              + " schema; annotate it with @Schema, or use Ref.to(id).");
    }
    Object id = schema.idOf(document);
    if (id == null) {
      throw new IllegalStateException(
          "Ref.of(document): the "
              + schema.modelName()
              + " document has no _id yet;"
              + " save it first (create returns the document with its _id), or use Ref.to(id).");
    }
    return id;
  }

  /** The id of {@code ref}, read through {@code schema} when it was made from a document. */
  public static <T> Object idOf(Ref<T> ref, Schema<T> schema) {
    return ref.isPopulated() ? schema.idOf(ref.value().orElseThrow()) : ref.id();
  }

  /** The key ids are compared by: integral numbers of any width are equal when their values are. */
  public static Object idKey(Object id) {
    if (id instanceof Integer || id instanceof Long || id instanceof Short || id instanceof Byte) {
      return ((Number) id).longValue();
    }
    return id;
  }

  /** Whether two ids name the same document. */
  public static boolean sameId(Object a, Object b) {
    return Objects.equals(idKey(a), idKey(b));
  }

  /** A field holding one reference, as a collection: empty when null. */
  public static <R> List<Ref<R>> single(Ref<R> ref) {
    return ref == null ? List.of() : List.of(ref);
  }

  /** A field holding a list of references: empty when null, without null elements. */
  public static <R> List<Ref<R>> many(Collection<Ref<R>> refs) {
    if (refs == null) {
      return List.of();
    }
    List<Ref<R>> out = new ArrayList<>(refs.size());
    for (Ref<R> ref : refs) {
      if (ref != null) {
        out.add(ref);
      }
    }
    return out;
  }

  /**
   * The references inside one embedded subdocument ({@code post.meta().editor()}): empty when the
   * subdocument is null.
   */
  public static <S, R> List<Ref<R>> inOne(
      S subdocument, Function<? super S, ? extends Collection<Ref<R>>> refs) {
    return subdocument == null ? List.of() : List.copyOf(refs.apply(subdocument));
  }

  /**
   * The references inside a list of embedded subdocuments ({@code post.comments()[].author()}), in
   * order: empty when the list is null; null subdocuments skipped.
   */
  public static <S, R> List<Ref<R>> inEach(
      Collection<S> subdocuments, Function<? super S, ? extends Collection<Ref<R>>> refs) {
    if (subdocuments == null) {
      return List.of();
    }
    List<Ref<R>> out = new ArrayList<>();
    for (S subdocument : subdocuments) {
      if (subdocument != null) {
        out.addAll(refs.apply(subdocument));
      }
    }
    return out;
  }

  /** Writes the id of {@code ref} as the value of the current element. */
  public static <T> void write(
      BsonWriter writer, Ref<T> ref, Schema<T> schema, EncoderContext context) {
    Object id = idOf(ref, schema);
    if (id == null) {
      throw new IllegalStateException(
          "A Ref to a "
              + schema.modelName()
              + " without an _id cannot be stored;"
              + " save the referenced document first.");
    }
    @SuppressWarnings("unchecked")
    Codec<Object> codec = (Codec<Object>) IDS.get(id.getClass());
    context.encodeWithChildContext(codec, writer, id);
  }

  /** Reads a stored id through a reader positioned on it. */
  public static <T> Ref<T> read(BsonReader reader) {
    BsonType type = reader.getCurrentBsonType();
    Object id =
        switch (type) {
          case OBJECT_ID -> reader.readObjectId();
          case STRING -> reader.readString();
          case INT32 -> reader.readInt32();
          case INT64 -> reader.readInt64();
          case BINARY -> uuid(BsonValues.readBsonValue(reader).asBinary());
          default -> throw Casts.mismatch("Ref", BsonValues.readBsonValue(reader));
        };
    return Ref.to(id);
  }

  /** Reads a stored id straight from the input, positioned after the element's name. */
  public static <T> Ref<T> readRaw(BsonInput input, byte type) {
    Object id =
        switch (type) {
          case RawBson.OBJECT_ID -> input.readObjectId();
          case RawBson.STRING -> input.readString();
          case RawBson.INT32 -> input.readInt32();
          case RawBson.INT64 -> input.readInt64();
          case RawBson.BINARY -> uuid(RawBson.readBinary(input, type));
          default -> throw Casts.mismatch("Ref", RawBson.other(input, type));
        };
    return Ref.to(id);
  }

  /**
   * The id a binary holds: a standard (subtype 4) UUID; any other binary is a {@link CastFailure}
   * for the Ref.
   */
  private static UUID uuid(BsonBinary binary) {
    if (binary.getType() != BsonBinarySubType.UUID_STANDARD.getValue()
        || binary.getData().length != 16) {
      throw Casts.mismatch("Ref", binary);
    }
    return binary.asUuid(UuidRepresentation.STANDARD);
  }
}
