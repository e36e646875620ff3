package dev.meerkat.it.types;

import dev.meerkat.annotations.Model;
import dev.meerkat.annotations.Required;
import dev.meerkat.annotations.Schema;
import java.util.Optional;
import org.bson.types.ObjectId;

/** A class with inherited fields and an Optional field without an initialiser. */
@Schema
@Model
public class Invoice extends Timestamped {
  public ObjectId id;
  public @Required long cents;
  public Optional<String> note;
}
