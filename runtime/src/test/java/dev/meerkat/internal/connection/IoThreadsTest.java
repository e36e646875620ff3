package dev.meerkat.internal.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Driver calls run on virtual threads where the JVM has them (Java 21 and later), else on daemon
 * platform threads. The build runs this on its own JDK (17 here); run it on a newer one to see the
 * other side, e.g. {@code JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64}.
 */
class IoThreadsTest {

  private static Thread ioThread() throws Exception {
    return MeerkatThreads.blocking().submit(Thread::currentThread).get(10, TimeUnit.SECONDS);
  }

  /** {@code Thread.isVirtual()}, false on a JVM that has no virtual threads. */
  private static boolean isVirtual(Thread thread) throws Throwable {
    try {
      return (boolean)
          MethodHandles.publicLookup()
              .findVirtual(Thread.class, "isVirtual", MethodType.methodType(boolean.class))
              .invoke(thread);
    } catch (NoSuchMethodException beforeJava19) {
      return false;
    }
  }

  @Test
  void driverCallsRunOnVirtualThreadsWhereTheJvmHasThem() throws Throwable {
    Thread first = ioThread();
    Thread second = ioThread();
    boolean virtualThreads = Runtime.version().feature() >= 21;
    assertEquals(virtualThreads, isVirtual(first), first.toString());
    assertTrue(first.isDaemon(), "a program that forgets to close still exits");
    assertTrue(first.getName().startsWith("meerkat-io-"), first.getName());
    assertNotEquals(Thread.currentThread(), first);
    if (virtualThreads) {
      assertNotEquals(first, second, "a virtual thread per task");
    }
  }
}
