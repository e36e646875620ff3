package golden;

import dev.meerkat.annotations.Required;
import dev.meerkat.annotations.Schema;

/** A subdocument held in a list of {@link Order}. */
@Schema
public record LineItem(String sku, @Required int quantity) {}
