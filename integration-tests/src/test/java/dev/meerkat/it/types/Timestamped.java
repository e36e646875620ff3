package dev.meerkat.it.types;

import java.time.Instant;

/** A plain superclass (no @Schema) whose fields every subclass stores. */
public abstract class Timestamped {
  private Instant createdAt;
  public String createdBy;

  public Instant getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }
}
