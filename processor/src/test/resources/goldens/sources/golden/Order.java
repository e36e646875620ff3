package golden;

import dev.meerkat.annotations.Field;
import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Index;
import dev.meerkat.annotations.Indexed;
import dev.meerkat.annotations.Min;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Required;
import dev.meerkat.annotations.Schema;
import dev.meerkat.annotations.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.types.ObjectId;

/** The representative schema of the golden files: one field of each common kind. */
@Schema(timestamps = true)
@Model
@Index(keys = {"shipTo.city", "placedAt:-1"})
public record Order(
    @Id ObjectId id,
    @Indexed(unique = true) @Required String number,
    Status status,
    Address shipTo,
    List<LineItem> items,
    List<String> tags,
    Map<String, Integer> counts,
    Optional<String> note,
    @Field("total") @Min(0) BigDecimal amount,
    @Required boolean paid,
    Instant placedAt,
    Instant createdAt,
    Instant updatedAt,
    @Version long version) {}
