package dev.meerkat.internal.model;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.DeleteManyModel;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import dev.meerkat.MeerkatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.bson.BsonDocument;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

/**
 * Prepares the writes of a {@code bulkWrite} as the model prepares single writes: inserted and
 * replacing documents validated and given {@code _id} and timestamps (an insert starts a
 * {@code @Version} at 0), updates touched ({@code updatedAt}), every filter narrowed to a
 * discriminator subtype. All of it runs before anything is sent, so one invalid write means none
 * is. A pipeline update gets its timestamps as a final stage ({@link StampedPipeline}). A
 * replacement keeps the stored {@code _id}, {@code __v} and {@code createdAt} as {@code replaceOne}
 * does: when the bulk runs, it reads them and replaces exactly the document it read.
 */
final class BulkWrites {
  /** What an empty bulk write returns without sending anything, as Mongoose does. */
  static final BulkWriteResult EMPTY_RESULT =
      BulkWriteResult.acknowledged(0, 0, 0, 0, List.of(), List.of());

  private BulkWrites() {}

  /**
   * The action running {@code writes}, each validated and prepared now; null when there are none.
   */
  static <T> Function<MongoCollection<T>, BulkWriteResult> prepare(
      DefaultModel<T> model, List<? extends WriteModel<T>> writes) {
    Objects.requireNonNull(writes, "writes == null");
    List<Function<MongoCollection<BsonDocument>, WriteModel<BsonDocument>>> prepared =
        new ArrayList<>(writes.size());
    for (int i = 0; i < writes.size(); i++) {
      prepared.add(prepareOne(model, writes.get(i), i));
    }
    if (prepared.isEmpty()) {
      return null;
    }
    return c -> {
      MongoCollection<BsonDocument> raw = c.withDocumentClass(BsonDocument.class);
      List<WriteModel<BsonDocument>> models = new ArrayList<>(prepared.size());
      for (Function<MongoCollection<BsonDocument>, WriteModel<BsonDocument>> write : prepared) {
        models.add(write.apply(raw));
      }
      return raw.bulkWrite(models);
    };
  }

  /** Filters and updates hold no document of type {@code T}: the same write serves both types. */
  @SuppressWarnings("unchecked")
  private static Function<MongoCollection<BsonDocument>, WriteModel<BsonDocument>> as(
      WriteModel<?> write) {
    WriteModel<BsonDocument> same = (WriteModel<BsonDocument>) write;
    return raw -> same;
  }

  /**
   * An {@code UpdateOneModel} ({@code many}: {@code UpdateManyModel}) with its filter scoped and
   * its update ({@code update}, or else {@code pipeline}) validated and stamped; a pipeline is
   * rendered when the bulk runs, with the collection's codec registry.
   */
  private static <T>
      Function<MongoCollection<BsonDocument>, WriteModel<BsonDocument>> prepareUpdate(
          DefaultModel<T> model,
          Bson filter,
          Bson update,
          List<? extends Bson> pipeline,
          UpdateOptions options,
          boolean many) {
    Bson scoped = model.scope().scoped(filter);
    if (update == null) {
      Function<CodecRegistry, List<Bson>> stamped =
          model.preparation().prepareBulkPipeline(pipeline, options.isUpsert());
      return raw -> {
        List<Bson> stages = stamped.apply(raw.getCodecRegistry());
        return many
            ? new UpdateManyModel<BsonDocument>(scoped, stages, options)
            : new UpdateOneModel<BsonDocument>(scoped, stages, options);
      };
    }
    Bson touched = model.preparation().prepareBulkUpdate(update, options.isUpsert());
    return as(
        many
            ? new UpdateManyModel<BsonDocument>(scoped, touched, options)
            : new UpdateOneModel<BsonDocument>(scoped, touched, options));
  }

  private static <T> Function<MongoCollection<BsonDocument>, WriteModel<BsonDocument>> prepareOne(
      DefaultModel<T> model, WriteModel<T> write, int index) {
    if (write instanceof InsertOneModel<T> insert) {
      T prepared = model.preparation().prepareCreate(insert.getDocument());
      return as(new InsertOneModel<>(model.writes().encode(prepared)));
    }
    if (write instanceof ReplaceOneModel<T> replace) {
      T replacement = Objects.requireNonNull(replace.getReplacement(), "replacement == null");
      boolean callerId = model.schema().idOf(replacement) != null;
      BsonDocument encoded =
          model.writes().encodeReplacement(replacement, model.preparation()::prepareInsert);
      return model
          .writes()
          .bulkReplace(
              model.scope().scoped(replace.getFilter()),
              encoded,
              callerId,
              replace.getReplaceOptions());
    }
    if (write instanceof UpdateOneModel<T> update) {
      return prepareUpdate(
          model,
          update.getFilter(),
          update.getUpdate(),
          update.getUpdatePipeline(),
          update.getOptions(),
          false);
    }
    if (write instanceof UpdateManyModel<T> update) {
      return prepareUpdate(
          model,
          update.getFilter(),
          update.getUpdate(),
          update.getUpdatePipeline(),
          update.getOptions(),
          true);
    }
    if (write instanceof DeleteOneModel<T> delete) {
      return as(
          new DeleteOneModel<>(model.scope().scoped(delete.getFilter()), delete.getOptions()));
    }
    if (write instanceof DeleteManyModel<T> delete) {
      return as(
          new DeleteManyModel<>(model.scope().scoped(delete.getFilter()), delete.getOptions()));
    }
    throw new MeerkatException(
        "bulkWrite of model "
            + model.modelName()
            + ": write #"
            + index
            + " is "
            + (write == null ? "null" : "a " + write.getClass().getSimpleName())
            + "; pass InsertOneModel, ReplaceOneModel, UpdateOneModel, UpdateManyModel, DeleteOneModel or DeleteManyModel");
  }
}
