package dev.meerkat.internal.generated;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import dev.meerkat.CrudRepository;
import dev.meerkat.Filter;
import dev.meerkat.Model;
import dev.meerkat.Page;
import dev.meerkat.Pageable;
import dev.meerkat.Query;
import dev.meerkat.Sort;
import dev.meerkat.internal.connection.BlockingCalls;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.bson.conversions.Bson;

/**
 * The base class of generated repositories ({@code UserRepositoryImpl}): the {@link CrudRepository}
 * operations over the model registered on a connection, and the few helpers derived methods call.
 * The derived methods themselves are generated as straight calls on {@link Model} and {@link
 * Query}. May change at any time. Thread-safe: it holds only the model.
 *
 * @param <T> the {@code @Schema} type
 * @param <ID> its id type
 */
public abstract class RepositorySupport<T, ID> implements CrudRepository<T, ID> {
  private final Model<T> model;

  /** Wraps the model registered on a connection. */
  protected RepositorySupport(Model<T> model) {
    this.model = Objects.requireNonNull(model, "model == null");
  }

  /** The model this repository runs on. */
  protected final Model<T> model() {
    return model;
  }

  @Override
  public T save(T document) {
    return model.save(document);
  }

  @Override
  public List<T> saveAll(List<T> documents) {
    List<T> saved = new ArrayList<>(documents.size());
    for (T document : documents) {
      saved.add(model.save(document));
    }
    return saved;
  }

  @Override
  public Optional<T> findById(ID id) {
    return model.findById(id);
  }

  @Override
  public Iterable<T> findAll() {
    return model.find().list();
  }

  @Override
  public boolean existsById(ID id) {
    return model.exists(byId(id));
  }

  @Override
  public long count() {
    return model.countDocuments();
  }

  @Override
  public void deleteById(ID id) {
    model.deleteOne(byId(id));
  }

  @Override
  public void delete(T document) {
    Object id = model.schema().idOf(Objects.requireNonNull(document, "document == null"));
    if (id != null) {
      model.deleteOne(Filter.raw(Filters.eq("_id", id)));
    }
  }

  /** The filter on {@code _id}, the id cast as the model's by-id methods cast it. */
  private Filter<T> byId(ID id) {
    return Filter.raw(Filters.eq("_id", IdCasts.queryId(model.schema(), id)));
  }

  /**
   * Orders {@code query} by each non-null sort in turn: the method's {@code OrderBy}, then a {@code
   * Sort} parameter, then a {@code Pageable}'s sort. Adds nothing when all are null.
   */
  protected static <E> Query<E> ordered(Query<E> query, Sort<?>... sorts) {
    List<Bson> parts = new ArrayList<>(sorts.length);
    for (Sort<?> sort : sorts) {
      if (sort != null) {
        parts.add(sort);
      }
    }
    if (parts.isEmpty()) {
      return query;
    }
    return query.sort(Sort.raw(parts.size() == 1 ? parts.get(0) : Sorts.orderBy(parts)));
  }

  /**
   * Runs {@code query} for one page: counts every match of {@code filter}, then reads the page's
   * documents (none for a page past the end) ordered by {@code order} and then the page's own sort.
   */
  protected final <E> Page<E> page(
      Query<E> query, Filter<T> filter, Pageable pageable, Sort<?>... order) {
    Objects.requireNonNull(pageable, "pageable == null");
    long total = model.countDocuments(filter);
    List<E> content = List.of();
    if (pageable.offset() < total) {
      Sort<?>[] sorts = java.util.Arrays.copyOf(order, order.length + 1);
      sorts[order.length] = pageable.sort().orElse(null);
      content = ordered(query, sorts).skip((int) pageable.offset()).limit(pageable.size()).list();
    }
    return new Page<>(content, total, pageable.page(), pageable.size());
  }

  /** The distinct elements of {@code results}, in order (Spring Data's {@code findDistinctBy}). */
  protected static <E> List<E> distinct(List<E> results) {
    return new ArrayList<>(new LinkedHashSet<>(results));
  }

  /**
   * Runs {@code call} without blocking the caller; the future completes on the connection's
   * executor.
   */
  protected final <R> CompletableFuture<R> async(Supplier<R> call) {
    return BlockingCalls.supply(model.connection(), call);
  }
}
