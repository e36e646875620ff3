package dev.meerkat.it.casting.edge;

import dev.meerkat.Ref;
import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Required;
import dev.meerkat.annotations.Schema;
import dev.meerkat.it.casting.LineItem;
import dev.meerkat.it.casting.Tier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;

/** Fields at the edges of the cast table, read on the fast path (over the reply's bytes). */
@Schema
@Model("Probe")
public record Probe(
    @Id ObjectId id,
    @Required int num,
    @Required long big,
    @Required double dbl,
    @Required float flt,
    BigDecimal dec,
    Decimal128 d128,
    String text,
    Boolean flag,
    Instant at,
    LocalDate day,
    LocalDateTime local,
    OffsetDateTime offset,
    ZonedDateTime zoned,
    UUID uuid,
    Optional<Integer> maybe,
    List<List<Integer>> grid,
    List<Tier> tiers,
    List<BigDecimal> prices,
    List<Float> floats,
    Map<String, List<Integer>> buckets,
    List<LineItem> items,
    Map<Tier, Integer> byTier,
    Map<UUID, String> byUuid,
    Map<ObjectId, Integer> byId,
    Set<Integer> numbers,
    ObjectId other,
    Ref<Probe> parent,
    List<Ref<Probe>> links) {}
