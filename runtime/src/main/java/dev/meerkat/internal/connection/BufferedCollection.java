package dev.meerkat.internal.connection;

import com.mongodb.MongoNamespace;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoIterable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * {@code connection.collection(name)}: a driver {@link MongoCollection} whose operations are
 * buffered like models' operations. Built as a dynamic proxy of the driver's own interface, so it
 * follows the driver's API exactly (this reflects over the driver's interfaces, never over user
 * classes):
 *
 * <ul>
 *   <li>every method that talks to the server (insert/update/replace/delete/bulkWrite, findOneAnd*,
 *       count/estimatedDocumentCount, createIndex(es)/dropIndex(es), drop, rename, search-index
 *       methods...) runs as a connection operation: queued until open, in order, bounded by {@code
 *       bufferTimeoutMS}, {@code NotConnectedException} when {@code bufferCommands} is off;
 *   <li>methods returning an iterable ({@code find}, {@code aggregate}, {@code distinct}, {@code
 *       listIndexes}, {@code watch}, ...) return a {@link DeferredIterable}: its configuration
 *       calls are recorded, and its first terminal call ({@code first()}, {@code iterator()},
 *       {@code into()}, {@code forEach()}, ...) runs as a buffered operation named after the method
 *       that made it ({@code users.find()});
 *   <li>{@code with*(...)} variants are recorded and applied to the real collection at run time;
 *       {@code getNamespace()} and {@code getDocumentClass()} answer at once. Any other getter
 *       waits for the connection like an operation.
 * </ul>
 */
public final class BufferedCollection implements InvocationHandler {
  private final DefaultConnection connection;
  private final String name;
  private final List<Call> variants;

  private BufferedCollection(DefaultConnection connection, String name, List<Call> variants) {
    this.connection = connection;
    this.name = name;
    this.variants = variants;
  }

  @SuppressWarnings(
      "unchecked") // the proxy implements MongoCollection; its document class is Document
  static MongoCollection<Document> create(DefaultConnection connection, String name) {
    return (MongoCollection<Document>) proxy(new BufferedCollection(connection, name, List.of()));
  }

  private static Object proxy(BufferedCollection handler) {
    return Proxy.newProxyInstance(
        MongoCollection.class.getClassLoader(), new Class<?>[] {MongoCollection.class}, handler);
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    String methodName = method.getName();
    switch (methodName) {
      case "toString":
        return "BufferedCollection{" + name + "}";
      case "hashCode":
        return System.identityHashCode(proxy);
      case "equals":
        return proxy == args[0];
      case "getNamespace":
        return new MongoNamespace(String.valueOf(connection.name()), name);
      default:
        break;
    }
    Class<?> returned = method.getReturnType();
    if (returned == MongoCollection.class) {
      List<Call> more = new ArrayList<>(variants);
      more.add(new Call(method, args));
      return proxy(new BufferedCollection(connection, name, List.copyOf(more)));
    }
    if (MongoIterable.class.isAssignableFrom(returned) && returned.isInterface()) {
      return DeferredIterable.create(
          returned, connection, name, methodName, live -> invoke(method, collection(live), args));
    }
    return connection
        .operations()
        .runSync(name, methodName, null, null, live -> invoke(method, collection(live), args));
  }

  private Object collection(LiveClient live) {
    Object collection = live.client().getDatabase(connection.name()).getCollection(name);
    for (Call variant : variants) {
      collection = invoke(variant.method, collection, variant.args);
    }
    return collection;
  }

  /** Calls {@code method} on the driver's object, rethrowing what the driver threw. */
  public static Object invoke(Method method, Object target, Object[] args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot call " + method + " on the driver", e);
    }
  }

  /** A recorded call. */
  record Call(Method method, Object[] args) {}
}
