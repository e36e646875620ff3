package dev.meerkat.internal.model;

import com.mongodb.client.model.Filters;
import dev.meerkat.Connection;
import dev.meerkat.Filter;
import dev.meerkat.Model;
import dev.meerkat.PopulatePath;
import dev.meerkat.Ref;
import dev.meerkat.RefPath;
import dev.meerkat.Schema;
import dev.meerkat.internal.generated.Refs;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mongoose's populate: for each path, collects the ids every document refers to and loads them with
 * one {@code { _id: { $in: ids } }} find on the target's model (registered on the same connection),
 * then fills the references. A chained path repeats this on the documents just found. Stateless.
 */
final class Populator {
  private Populator() {}

  /** Populates every path of {@code documents}, in order. */
  static <T> void populate(Connection connection, List<T> documents, List<PopulatePath<T>> paths) {
    for (PopulatePath<T> path : paths) {
      List<?> current = documents;
      for (RefPath<?, ?> step : path.steps()) {
        if (current.isEmpty()) {
          break;
        }
        current = populateStep(connection, current, step);
      }
    }
  }

  /** Populates one step; returns the documents found, for the next step of a chain. */
  @SuppressWarnings("unchecked")
  private static <S, R> List<R> populateStep(
      Connection connection, List<?> documents, RefPath<S, R> step) {
    List<Ref<R>> refs = new ArrayList<>();
    for (Object document : documents) {
      Collection<Ref<R>> held = step.refsOf((S) document);
      refs.addAll(held);
    }
    Map<Object, Object> ids = new LinkedHashMap<>();
    for (Ref<R> ref : refs) {
      ids.putIfAbsent(Refs.idKey(ref.id()), ref.id());
    }
    if (ids.isEmpty()) {
      return List.of();
    }
    Schema<R> target = step.target();
    Model<R> model = connection.model(target);
    List<R> found = model.find(Filter.raw(Filters.in("_id", new ArrayList<>(ids.values())))).list();
    Map<Object, R> byId = new HashMap<>();
    for (R document : found) {
      byId.put(Refs.idKey(target.idOf(document)), document);
    }
    for (Ref<R> ref : refs) {
      R document = byId.get(Refs.idKey(ref.id()));
      if (document != null) {
        Refs.fill(ref, document);
      }
    }
    return found;
  }
}
