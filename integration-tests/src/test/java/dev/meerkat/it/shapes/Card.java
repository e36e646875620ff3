package dev.meerkat.it.shapes;

import dev.meerkat.annotations.DiscriminatorValue;
import dev.meerkat.annotations.Schema;
import org.bson.types.ObjectId;

/** A payment subclass, stored as {@code kind: "card"}. */
@Schema
@DiscriminatorValue("card")
public final class Card extends Payment {
  public ObjectId id;
  public String last4;
}
