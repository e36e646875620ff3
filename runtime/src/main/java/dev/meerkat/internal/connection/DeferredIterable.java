package dev.meerkat.internal.connection;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * An iterable of a {@link BufferedCollection} ({@code find()}, {@code aggregate(...)}, ...):
 * records its configuration ({@code filter}, {@code sort}, {@code limit}, ...) and runs its first
 * terminal call as a buffered operation on the real iterable, configured the same way. A dynamic
 * proxy of the driver's iterable interface. Not thread-safe, like the driver's iterables.
 */
final class DeferredIterable implements InvocationHandler {
  private final Class<?> type;
  private final DefaultConnection connection;
  private final String collection;
  private final String operation;
  private final Function<LiveClient, Object> source;
  private final List<BufferedCollection.Call> configuration = new ArrayList<>();

  private DeferredIterable(
      Class<?> type,
      DefaultConnection connection,
      String collection,
      String operation,
      Function<LiveClient, Object> source) {
    this.type = type;
    this.connection = connection;
    this.collection = collection;
    this.operation = operation;
    this.source = source;
  }

  static Object create(
      Class<?> type,
      DefaultConnection connection,
      String collection,
      String operation,
      Function<LiveClient, Object> source) {
    return Proxy.newProxyInstance(
        type.getClassLoader(),
        new Class<?>[] {type},
        new DeferredIterable(type, connection, collection, operation, source));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) {
    switch (method.getName()) {
      case "toString":
        return "DeferredIterable{" + collection + "." + operation + "()}";
      case "hashCode":
        return System.identityHashCode(proxy);
      case "equals":
        return proxy == args[0];
      default:
        break;
    }
    // map(...) returns a MongoIterable of another type: a terminal call, run when the connection is
    // open.
    if (!method.getName().equals("map")
        && method.getReturnType() != Object.class
        && method.getReturnType().isAssignableFrom(type)) {
      configuration.add(new BufferedCollection.Call(method, args));
      return proxy;
    }
    List<BufferedCollection.Call> calls = List.copyOf(configuration);
    return connection
        .operations()
        .runSync(
            collection,
            operation,
            null,
            null,
            live -> {
              Object iterable = source.apply(live);
              for (BufferedCollection.Call call : calls) {
                iterable = BufferedCollection.invoke(call.method(), iterable, call.args());
              }
              return BufferedCollection.invoke(method, iterable, args);
            });
  }
}
