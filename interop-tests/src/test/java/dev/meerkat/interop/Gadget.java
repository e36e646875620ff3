package dev.meerkat.interop;

import dev.meerkat.annotations.Enum;
import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Match;
import dev.meerkat.annotations.Max;
import dev.meerkat.annotations.MaxLength;
import dev.meerkat.annotations.Min;
import dev.meerkat.annotations.MinLength;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Required;
import dev.meerkat.annotations.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/**
 * Every field type Meerkat maps, with Mongoose's validators, timestamps and the default version
 * key. Its Mongoose twin is {@code Gadget} in src/test/node/schemas.js: the same keys, and for each
 * Java type the Mongoose type that stores the same BSON type (Integer - Int32, Long - BigInt, Short
 * - Int32, Double and Float - Double, BigDecimal and Decimal128 - Decimal128, Instant, Date,
 * LocalDate and LocalDateTime - Date, UUID - UUID, byte[] - Buffer, a Java enum or Character -
 * String, Set - array, Document - Mixed).
 */
@Schema(timestamps = true)
@Model("Gadget")
public record Gadget(
    @Id ObjectId id,
    @Required String name,
    @MinLength(3) @MaxLength(8) @Match("^[A-Z0-9]+$") String code,
    @Enum({"draft", "live", "retired"}) String state,
    @Min(0) @Max(1000) Integer quantity,
    Integer count,
    Long big,
    Double price,
    Double ratio,
    Boolean active,
    Decimal128 amount,
    BigDecimal exact,
    Instant releasedAt,
    LocalDate madeOn,
    ObjectId ownerId,
    UUID token,
    byte[] blob,
    List<String> tags,
    Map<String, Integer> counters,
    Dimensions dims,
    List<Part> parts,
    Tier tier,
    Short small,
    Character letter,
    Float share,
    Date legacy,
    LocalDateTime localTime,
    Set<String> labels,
    Map<String, Dimensions> places,
    Document extra,
    Instant createdAt,
    Instant updatedAt) {

  /** A Java enum, stored by name: a String with {@code enum} in Mongoose. */
  public enum Tier {
    BASIC,
    PRO
  }
}
