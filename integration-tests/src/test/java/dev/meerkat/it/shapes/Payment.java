package dev.meerkat.it.shapes;

import dev.meerkat.annotations.DiscriminatorKey;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Required;
import dev.meerkat.annotations.Schema;

/** A sealed abstract class base with a configured key and a field its subclasses inherit. */
@Schema(collection = "payments")
@Model
@DiscriminatorKey("kind")
public abstract sealed class Payment permits Card, Cash {
  private @Required long cents;

  public long getCents() {
    return cents;
  }

  public void setCents(long cents) {
    this.cents = cents;
  }
}
