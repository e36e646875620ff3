package dev.meerkat.it;

import dev.meerkat.annotations.Id;
import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Required;
import dev.meerkat.annotations.Schema;
import dev.meerkat.annotations.Version;
import org.bson.types.ObjectId;

/** A mutable class with optimistic concurrency through an {@code int} version. */
@Schema
@Model
public class Counter {
  @Id ObjectId id;
  String name;
  @Required int count;
  @Version int version;

  /** For decoding. */
  public Counter() {}

  Counter(String name) {
    this.name = name;
  }
}
