package dev.meerkat;

import org.bson.BsonDocument;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

/** A driver {@link Bson} carrying the schema type of the filter, update or sort it is. */
final class SchemaBson<T> implements Filter<T>, Update<T>, Sort<T> {
  private final Bson bson;

  SchemaBson(Bson bson) {
    this.bson = bson;
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
