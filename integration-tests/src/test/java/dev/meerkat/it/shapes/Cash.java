package dev.meerkat.it.shapes;

import dev.meerkat.annotations.DiscriminatorValue;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Schema;
import org.bson.types.ObjectId;

/** A payment subclass, stored as {@code kind: "cash"}. */
@Schema
@Model
@DiscriminatorValue("cash")
public final class Cash extends Payment {
  public ObjectId id;
  public String currency;
}
