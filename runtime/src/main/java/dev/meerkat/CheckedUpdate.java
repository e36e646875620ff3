package dev.meerkat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.bson.BsonDocument;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

/** A typed update with the checks of the values it writes, run by {@link Update#validate()}. */
final class CheckedUpdate<T> implements Update<T> {
  private final Bson bson;
  private final List<Consumer<List<ValidationError>>> checks;

  CheckedUpdate(Bson bson, Consumer<List<ValidationError>> check) {
    this(bson, List.of(check));
  }

  CheckedUpdate(Bson bson, List<Consumer<List<ValidationError>>> checks) {
    this.bson = bson;
    this.checks = List.copyOf(checks);
  }

  @Override
  public List<ValidationError> validate() {
    List<ValidationError> errors = new ArrayList<>();
    for (Consumer<List<ValidationError>> check : checks) {
      check.accept(errors);
    }
    return List.copyOf(errors);
  }

  @Override
  public <D> BsonDocument toBsonDocument(Class<D> documentClass, CodecRegistry codecRegistry) {
    return bson.toBsonDocument(documentClass, codecRegistry);
  }

  @Override
  public String toString() {
    return bson.toString();
  }
}
