package dev.meerkat.internal.model;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.DeleteManyModel;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import dev.meerkat.MeerkatException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Prepares the writes of a {@code bulkWrite} as the model prepares single writes: inserted and
 * replacing documents validated and given {@code _id} and timestamps, updates touched ({@code
 * updatedAt}), every filter narrowed to a discriminator subtype. All of it runs before anything is
 * sent, so one invalid write means none is.
 */
final class BulkWrites {
  /** What an empty bulk write returns without sending anything, as Mongoose does. */
  static final BulkWriteResult EMPTY_RESULT =
      BulkWriteResult.acknowledged(0, 0, 0, 0, List.of(), List.of());

  private BulkWrites() {}

  static <T> List<WriteModel<T>> prepare(
      DefaultModel<T> model, List<? extends WriteModel<T>> writes) {
    Objects.requireNonNull(writes, "writes == null");
    List<WriteModel<T>> prepared = new ArrayList<>(writes.size());
    for (int i = 0; i < writes.size(); i++) {
      prepared.add(prepareOne(model, writes.get(i), i));
    }
    return prepared;
  }

  private static <T> WriteModel<T> prepareOne(
      DefaultModel<T> model, WriteModel<T> write, int index) {
    if (write instanceof InsertOneModel<T> insert) {
      return new InsertOneModel<>(model.preparation().prepareInsert(insert.getDocument()));
    }
    if (write instanceof ReplaceOneModel<T> replace) {
      return new ReplaceOneModel<>(
          model.scope().scoped(replace.getFilter()),
          model.preparation().prepareInsert(replace.getReplacement()),
          replace.getReplaceOptions());
    }
    if (write instanceof UpdateOneModel<T> update) {
      return update.getUpdate() == null
          ? new UpdateOneModel<>(
              model.scope().scoped(update.getFilter()),
              update.getUpdatePipeline(),
              update.getOptions())
          : new UpdateOneModel<>(
              model.scope().scoped(update.getFilter()),
              model
                  .preparation()
                  .prepareBulkUpdate(update.getUpdate(), update.getOptions().isUpsert()),
              update.getOptions());
    }
    if (write instanceof UpdateManyModel<T> update) {
      return update.getUpdate() == null
          ? new UpdateManyModel<>(
              model.scope().scoped(update.getFilter()),
              update.getUpdatePipeline(),
              update.getOptions())
          : new UpdateManyModel<>(
              model.scope().scoped(update.getFilter()),
              model
                  .preparation()
                  .prepareBulkUpdate(update.getUpdate(), update.getOptions().isUpsert()),
              update.getOptions());
    }
    if (write instanceof DeleteOneModel<T> delete) {
      return new DeleteOneModel<>(model.scope().scoped(delete.getFilter()), delete.getOptions());
    }
    if (write instanceof DeleteManyModel<T> delete) {
      return new DeleteManyModel<>(model.scope().scoped(delete.getFilter()), delete.getOptions());
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
