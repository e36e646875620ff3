package dev.meerkat.internal.model;

import dev.meerkat.MeerkatException;
import dev.meerkat.Model;
import dev.meerkat.PopulatePath;
import dev.meerkat.internal.generated.ProjectionSchema;
import dev.meerkat.internal.generated.Schemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * What a query needs beyond the find itself: the model it runs on (for populate and projections)
 * and the paths to populate. Immutable.
 *
 * @param model the model queried, or null for queries built without one
 * @param populate the paths to populate, in order
 */
record QueryExtras<T>(Model<T> model, List<PopulatePath<T>> populate) {
  QueryExtras {
    populate = List.copyOf(populate);
  }

  QueryExtras<T> populating(PopulatePath<T> path) {
    Objects.requireNonNull(path, "path == null");
    List<PopulatePath<T>> paths = new ArrayList<>(populate);
    paths.add(path);
    return new QueryExtras<>(requireModel("populate"), paths);
  }

  boolean populates() {
    return !populate.isEmpty();
  }

  /** Populates {@code documents} in place (their references) and returns them. */
  List<T> populated(List<T> documents) {
    if (!populate.isEmpty() && !documents.isEmpty()) {
      Populator.populate(model.connection(), documents, populate);
    }
    return documents;
  }

  /** {@link #populated} with the target models' async finds. */
  CompletableFuture<List<T>> populatedAsync(List<T> documents) {
    if (populate.isEmpty() || documents.isEmpty()) {
      return CompletableFuture.completedFuture(documents);
    }
    return Populator.populateAsync(model.connection(), documents, populate);
  }

  /** The generated projection {@code type}, checked to project this query's schema. */
  <P> ProjectionSchema<T, P> projectionOf(Class<P> type) {
    Objects.requireNonNull(type, "projection == null");
    Model<T> on = requireModel("project");
    ProjectionSchema<?, P> projection = Schemas.projectionOf(type);
    if (projection == null) {
      throw new MeerkatException(
          "project("
              + type.getName()
              + "): it is not a @Projection record, so it has no"
              + " generated projection. Annotate it with @Projection("
              + on.schema().type().getSimpleName()
              + ".class).");
    }
    if (!projection.source().equals(on.schema().type())) {
      throw new MeerkatException(
          "project("
              + type.getSimpleName()
              + "): it projects "
              + projection.source().getSimpleName()
              + ", but this query reads model "
              + on.modelName()
              + " ("
              + on.schema().type().getSimpleName()
              + "). Use a @Projection("
              + on.schema().type().getSimpleName()
              + ".class) record.");
    }
    if (!populate.isEmpty()) {
      // Dropped silently, the references would read as unpopulated, as if their targets were gone.
      throw new UnsupportedOperationException(
          "project("
              + type.getSimpleName()
              + "): populate fills the references of "
              + on.modelName()
              + " documents, and a projection record is not populated. Read the full documents"
              + " to populate them, or project without populate.");
    }
    @SuppressWarnings("unchecked")
    ProjectionSchema<T, P> typed = (ProjectionSchema<T, P>) projection;
    return typed;
  }

  private Model<T> requireModel(String operation) {
    if (model == null) {
      throw new UnsupportedOperationException(operation + " needs a query made by a model");
    }
    return model;
  }
}
