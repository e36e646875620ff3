package dev.meerkat.internal.session;

import com.mongodb.client.ClientSession;
import com.mongodb.client.MongoCollection;
import dev.meerkat.internal.connection.BufferedCollection;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A driver {@link MongoCollection} whose every operation runs in a session: each call goes to the
 * driver's overload taking a {@link ClientSession} first, when there is one. Built as a dynamic
 * proxy of the driver's own interface (reflecting over the driver, never over user classes), so
 * model code written against the session-less methods joins a transaction unchanged.
 */
public final class SessionCollection implements InvocationHandler {
  private static final Map<Method, Method> OVERLOADS = new ConcurrentHashMap<>();
  private static final Method NONE;

  static {
    try {
      NONE = Object.class.getMethod("hashCode");
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final MongoCollection<?> collection;
  private final ClientSession session;

  private SessionCollection(MongoCollection<?> collection, ClientSession session) {
    this.collection = collection;
    this.session = session;
  }

  /** {@code collection} in {@code session}; itself when the session is null. */
  @SuppressWarnings("unchecked") // the proxy implements MongoCollection of the same document class
  public static <T> MongoCollection<T> of(MongoCollection<T> collection, ClientSession session) {
    if (session == null) {
      return collection;
    }
    return (MongoCollection<T>)
        Proxy.newProxyInstance(
            MongoCollection.class.getClassLoader(),
            new Class<?>[] {MongoCollection.class},
            new SessionCollection(collection, session));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default -> "SessionCollection{" + collection.getNamespace() + "}";
      };
    }
    Method overload = OVERLOADS.computeIfAbsent(method, SessionCollection::sessionOverload);
    if (overload == NONE) {
      Object result = BufferedCollection.invoke(method, collection, args);
      return result instanceof MongoCollection<?> variant
              && method.getReturnType() == MongoCollection.class
          ? of(variant, session)
          : result;
    }
    Object[] withSession = new Object[(args == null ? 0 : args.length) + 1];
    withSession[0] = session;
    if (args != null) {
      System.arraycopy(args, 0, withSession, 1, args.length);
    }
    return BufferedCollection.invoke(overload, collection, withSession);
  }

  private static Method sessionOverload(Method method) {
    Class<?>[] params = method.getParameterTypes();
    Class<?>[] withSession = new Class<?>[params.length + 1];
    withSession[0] = ClientSession.class;
    System.arraycopy(params, 0, withSession, 1, params.length);
    try {
      return MongoCollection.class.getMethod(method.getName(), withSession);
    } catch (NoSuchMethodException e) {
      return NONE;
    }
  }
}
