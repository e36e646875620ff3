package dev.meerkat.internal.session;

import com.mongodb.client.ClientSession;
import dev.meerkat.AsyncModel;
import dev.meerkat.Model;
import dev.meerkat.Query;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;

/**
 * {@code model.withSession(session)}: a view of a model (and of its queries and async view) whose
 * every call runs with the session bound, so the operations it issues run in that session. A
 * dynamic proxy of Meerkat's own interfaces; it reflects over no user class.
 */
public final class SessionView implements InvocationHandler {
  private final Object target;
  private final Object owner;
  private final ClientSession session;

  private SessionView(Object target, Object owner, ClientSession session) {
    this.target = target;
    this.owner = owner;
    this.session = session;
  }

  @SuppressWarnings("unchecked") // the proxy implements Model
  public static <T> Model<T> of(Model<T> model, Object owner, ClientSession session) {
    return (Model<T>) proxy(Model.class, model, owner, session);
  }

  private static Object proxy(Class<?> type, Object target, Object owner, ClientSession session) {
    return Proxy.newProxyInstance(
        type.getClassLoader(), new Class<?>[] {type}, new SessionView(target, owner, session));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default -> "withSession(" + target + ")";
      };
    }
    Object result;
    try {
      result = CurrentSession.with(owner, session, () -> call(method, args));
    } catch (Invoked e) {
      throw e.getCause();
    }
    Class<?> returned = method.getReturnType();
    if (returned == Query.class || returned == AsyncModel.class) {
      return proxy(returned, result, owner, session);
    }
    if (returned == Model.class && result != target) {
      return proxy(Model.class, result, owner, session);
    }
    if (returned == Model.class) {
      return proxy;
    }
    if (result instanceof CompletableFuture<?> future) {
      return CurrentSession.carried(owner, session, future);
    }
    return result;
  }

  private Object call(Method method, Object[] args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw new Invoked(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot call " + method, e);
    }
  }

  /** Carries what the model threw through the binding unchanged. */
  private static final class Invoked extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Invoked(Throwable cause) {
      super(null, cause, false, false);
    }
  }
}
