package dev.meerkat.internal.options;

import com.mongodb.MongoCompressor;
import dev.meerkat.ConfigurationException;
import java.util.List;
import java.util.Locale;

/**
 * The wire compressors that need a library the driver does not bring: checked before the client is
 * made, because the driver only loads them on its own threads once connected, where a missing one
 * is a {@code NoClassDefFoundError} that nobody reports. Stateless.
 */
public final class Compressors {
  private Compressors() {}

  /**
   * @throws ConfigurationException naming the Maven dependency to add when a compressor's library
   *     is missing
   */
  public static void requireLibraries(List<MongoCompressor> compressors) {
    for (MongoCompressor compressor : compressors) {
      String name = compressor.getName().toLowerCase(Locale.ROOT);
      switch (name) {
        case "snappy" ->
            require(name, "org.xerial.snappy.Snappy", "org.xerial.snappy", "snappy-java");
        case "zstd" -> require(name, "com.github.luben.zstd.Zstd", "com.github.luben", "zstd-jni");
        default -> {} // zlib is part of the JDK
      }
    }
  }

  private static void require(
      String compressor, String className, String groupId, String artifactId) {
    if (!present(className)) {
      throw new ConfigurationException(
          "compressors="
              + compressor
              + " needs "
              + artifactId
              + " on the class path,"
              + " and it is missing: add the dependency "
              + groupId
              + ":"
              + artifactId
              + " (<dependency><groupId>"
              + groupId
              + "</groupId><artifactId>"
              + artifactId
              + "</artifactId></dependency>), or remove "
              + compressor
              + " from compressors");
    }
  }

  /** Whether the class can be found, without initialising it. */
  private static boolean present(String className) {
    try {
      Class.forName(className, false, Compressors.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
