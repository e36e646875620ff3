package dev.meerkat.internal.generated;

import dev.meerkat.Schema;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the generated companion of a class ({@code UserSchema} for {@code User}, {@code
 * UserNameProjection} for a projection record) without reflecting over the user's class: each
 * generated companion registers itself when its class initialises, and a lookup that misses
 * initialises the companion by its generated name first. May change at any time. Thread-safe.
 */
public final class Schemas {
  private static final Map<Class<?>, Schema<?>> SCHEMAS = new ConcurrentHashMap<>();
  private static final Map<Class<?>, ProjectionSchema<?, ?>> PROJECTIONS =
      new ConcurrentHashMap<>();

  private Schemas() {}

  /** Called by each generated schema's static initialiser. */
  public static void register(Schema<?> schema) {
    SCHEMAS.putIfAbsent(schema.type(), schema);
  }

  /** Called by each generated projection's static initialiser. */
  public static void register(ProjectionSchema<?, ?> projection) {
    PROJECTIONS.putIfAbsent(projection.type(), projection);
  }

  /** The generated schema of {@code type}, or null when it has none. */
  @SuppressWarnings("unchecked")
  public static <T> Schema<T> schemaOf(Class<T> type) {
    Schema<?> schema = SCHEMAS.get(type);
    if (schema == null && initialise(type, "Schema")) {
      schema = SCHEMAS.get(type);
    }
    return (Schema<T>) schema;
  }

  /** The generated projection of {@code type}, or null when it has none. */
  @SuppressWarnings("unchecked")
  public static <P> ProjectionSchema<?, P> projectionOf(Class<P> type) {
    ProjectionSchema<?, ?> projection = PROJECTIONS.get(type);
    if (projection == null && initialise(type, "Projection")) {
      projection = PROJECTIONS.get(type);
    }
    return (ProjectionSchema<?, P>) projection;
  }

  /**
   * Initialises {@code a.Outer_InnerSuffix} for {@code a.Outer.Inner}, as the processor names it.
   */
  private static boolean initialise(Class<?> type, String suffix) {
    StringBuilder flat = new StringBuilder(type.getSimpleName());
    for (Class<?> outer = type.getEnclosingClass();
        outer != null;
        outer = outer.getEnclosingClass()) {
      flat.insert(0, outer.getSimpleName() + "_");
    }
    String packageName = type.getPackageName();
    String name = (packageName.isEmpty() ? "" : packageName + ".") + flat + suffix;
    try {
      Class.forName(name, true, type.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
