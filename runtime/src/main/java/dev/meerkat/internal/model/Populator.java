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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Mongoose's populate. The paths of one query are merged into a tree by their leading steps, so
 * {@code author.friends} and {@code author.employer} load the authors once. For each step of the
 * tree, the ids every document refers to (nulls skipped, duplicates once) are loaded with one
 * {@code { _id: { $in: ids } }} find on the target's model (registered on the same connection),
 * then every reference is filled in place, so lists keep their order and duplicates; a reference
 * whose target is missing stays unpopulated. The step's children run on the documents just found.
 * The depth is the tree's, so documents that refer to each other in a cycle end when the path does.
 * Stateless.
 */
final class Populator {
  private Populator() {}

  /** Populates every path of {@code documents}. */
  static <T> void populate(Connection connection, List<T> documents, List<PopulatePath<T>> paths) {
    populateLevel(connection, documents, tree(paths));
  }

  /**
   * Populates as {@link #populate} does, with the target models' async finds: each step starts when
   * the one before it has filled its references. Completes with {@code documents}.
   */
  static <T> CompletableFuture<List<T>> populateAsync(
      Connection connection, List<T> documents, List<PopulatePath<T>> paths) {
    return populateLevelAsync(connection, documents, tree(paths)).thenApply(done -> documents);
  }

  private static void populateLevel(Connection connection, List<?> documents, List<Step> steps) {
    for (Step step : steps) {
      Gathered<?> gathered = Gathered.of(documents, step.path());
      if (!gathered.isEmpty()) {
        List<?> found = gathered.find(connection);
        if (!found.isEmpty()) {
          populateLevel(connection, found, step.next());
        }
      }
    }
  }

  private static CompletableFuture<Void> populateLevelAsync(
      Connection connection, List<?> documents, List<Step> steps) {
    CompletableFuture<Void> done = CompletableFuture.completedFuture(null);
    for (Step step : steps) {
      done =
          done.thenCompose(
              previous -> {
                Gathered<?> gathered = Gathered.of(documents, step.path());
                if (gathered.isEmpty()) {
                  return CompletableFuture.completedFuture(null);
                }
                return gathered
                    .findAsync(connection)
                    .thenCompose(
                        found ->
                            found.isEmpty()
                                ? CompletableFuture.completedFuture(null)
                                : populateLevelAsync(connection, found, step.next()));
              });
    }
    return done;
  }

  /**
   * One step of the merged paths.
   *
   * @param path the references to fill
   * @param next the steps to run on the documents found, in the order first asked for
   */
  private record Step(RefPath<?, ?> path, List<Step> next) {}

  /**
   * Merges paths by their leading steps. Steps under one parent apply to one type, so two with the
   * same stored path are the same field.
   */
  private static <T> List<Step> tree(List<PopulatePath<T>> paths) {
    Map<String, Branch> roots = new LinkedHashMap<>();
    for (PopulatePath<T> path : paths) {
      Map<String, Branch> level = roots;
      for (RefPath<?, ?> step : path.steps()) {
        level = level.computeIfAbsent(step.path(), key -> new Branch(step)).next;
      }
    }
    return Branch.steps(roots);
  }

  /** A step of the tree while it is built. */
  private static final class Branch {
    final RefPath<?, ?> path;
    final Map<String, Branch> next = new LinkedHashMap<>();

    Branch(RefPath<?, ?> path) {
      this.path = path;
    }

    static List<Step> steps(Map<String, Branch> branches) {
      List<Step> steps = new ArrayList<>(branches.size());
      for (Branch branch : branches.values()) {
        steps.add(new Step(branch.path, steps(branch.next)));
      }
      return List.copyOf(steps);
    }
  }

  /**
   * The references of one step across all documents, and their distinct ids in first-seen order.
   */
  private record Gathered<R>(RefPath<?, R> path, List<Ref<R>> refs, List<Object> ids) {
    /**
     * Ids per find: 10,000 ObjectIds make a command of about 200 KB, far below 16 MB even for long
     * string ids, and few finds for most populates.
     */
    static final int IDS_PER_FIND = 10_000;

    @SuppressWarnings("unchecked")
    static <S, R> Gathered<R> of(List<?> documents, RefPath<S, R> path) {
      List<Ref<R>> refs = new ArrayList<>();
      for (Object document : documents) {
        refs.addAll(path.refsOf((S) document));
      }
      Map<Object, Object> ids = new LinkedHashMap<>();
      for (Ref<R> ref : refs) {
        // A reference stored as an ObjectId's hex string names that ObjectId, as Mongoose casts it.
        Object id = ModelScope.castId(path.target(), ref.id());
        ids.putIfAbsent(Refs.idKey(id), id);
      }
      return new Gathered<>(path, refs, new ArrayList<>(ids.values()));
    }

    boolean isEmpty() {
      return ids.isEmpty();
    }

    List<R> find(Connection connection) {
      List<R> found = new ArrayList<>();
      for (List<Object> batch : batches()) {
        found.addAll(model(connection).find(filter(batch)).list());
      }
      return fill(found);
    }

    CompletableFuture<List<R>> findAsync(Connection connection) {
      CompletableFuture<List<R>> found = CompletableFuture.completedFuture(new ArrayList<>());
      for (List<Object> batch : batches()) {
        found =
            found.thenCompose(
                soFar ->
                    model(connection)
                        .async()
                        .find(filter(batch))
                        .thenApply(
                            more -> {
                              soFar.addAll(more);
                              return soFar;
                            }));
      }
      return found.thenApply(this::fill);
    }

    /**
     * The distinct ids, {@link #IDS_PER_FIND} to a find, so that no find exceeds the server's 16 MB
     * command limit.
     */
    private List<List<Object>> batches() {
      List<List<Object>> batches = new ArrayList<>();
      for (int from = 0; from < ids.size(); from += IDS_PER_FIND) {
        batches.add(ids.subList(from, Math.min(ids.size(), from + IDS_PER_FIND)));
      }
      return batches;
    }

    private Model<R> model(Connection connection) {
      return connection.model(path.target());
    }

    private Filter<R> filter(List<Object> batch) {
      return Filter.raw(Filters.in("_id", batch));
    }

    /** Fills every reference whose target was found; returns {@code found}. */
    private List<R> fill(List<R> found) {
      Schema<R> target = path.target();
      Map<Object, R> byId = new HashMap<>();
      for (R document : found) {
        byId.put(Refs.idKey(target.idOf(document)), document);
      }
      for (Ref<R> ref : refs) {
        R document = byId.get(Refs.idKey(ModelScope.castId(target, ref.id())));
        if (document != null) {
          Refs.fill(ref, document);
        }
      }
      return found;
    }
  }
}
