package dev.meerkat.it.casting;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Required;
import dev.meerkat.annotations.Schema;
import dev.meerkat.it.Address;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/** One field per cast-table row: documents other tools wrote are read into it. */
@Schema
@Model("Reading")
public record Reading(
    @Id ObjectId id,
    Integer count,
    Long total,
    Double ratio,
    Float weight,
    BigDecimal price,
    Decimal128 amount,
    String label,
    Character initial,
    Boolean flag,
    ObjectId ref,
    Instant at,
    Date date,
    LocalDate day,
    UUID uuid,
    Tier tier,
    Short small,
    Byte tiny,
    byte[] bytes,
    Address address,
    List<Integer> scores,
    Set<String> tags,
    Map<String, Integer> counters,
    @Required int qty) {}
