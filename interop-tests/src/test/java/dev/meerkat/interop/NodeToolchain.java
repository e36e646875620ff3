package dev.meerkat.interop;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds node and npm on the PATH and installs the pinned Mongoose into the module's node_modules
 * with {@code npm ci}, once: a stamp holding package-lock.json's hash skips the install while the
 * lock file is unchanged.
 */
final class NodeToolchain {
  /** Mongoose 9's {@code engines.node}. */
  private static final int[] MINIMUM_NODE = {20, 19};

  private static final Pattern NODE_VERSION = Pattern.compile("v(\\d+)\\.(\\d+)\\.\\d+");
  private static final String STAMP = ".meerkat-installed-lock";

  private NodeToolchain() {}

  static Path moduleDir() {
    return Path.of(System.getProperty("meerkat.interop.moduleDir", "")).toAbsolutePath();
  }

  static Path logDir() {
    return Path.of(System.getProperty("meerkat.interop.logDir", "target")).toAbsolutePath();
  }

  /** Why the suite cannot run here, or empty when node and npm are usable. */
  static Optional<String> missing() {
    Optional<String> node = version("node");
    if (node.isEmpty()) {
      return Optional.of(
          "node is not on the PATH; install Node.js "
              + MINIMUM_NODE[0]
              + "."
              + MINIMUM_NODE[1]
              + "+ and npm (e.g. apt-get install -y nodejs npm) to run the Mongoose interop suite");
    }
    if (!recentEnough(node.get())) {
      return Optional.of(
          "node "
              + node.get()
              + " is older than Mongoose 9 needs ("
              + MINIMUM_NODE[0]
              + "."
              + MINIMUM_NODE[1]
              + "+)");
    }
    if (version("npm").isEmpty()) {
      return Optional.of(
          "npm is not on the PATH (node "
              + node.get()
              + " is); install npm to run the Mongoose"
              + " interop suite");
    }
    return Optional.empty();
  }

  /**
   * Whether {@code node --version}'s output ({@code v20.19.0}) is at least Mongoose 9's minimum.
   */
  static boolean recentEnough(String nodeVersion) {
    Matcher matcher = NODE_VERSION.matcher(nodeVersion);
    if (!matcher.matches()) {
      return false;
    }
    int major = Integer.parseInt(matcher.group(1));
    int minor = Integer.parseInt(matcher.group(2));
    return major != MINIMUM_NODE[0] ? major > MINIMUM_NODE[0] : minor >= MINIMUM_NODE[1];
  }

  private static Optional<String> version(String tool) {
    try {
      Process process = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), UTF_8).trim();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0
          ? Optional.of(out)
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Runs {@code npm ci} unless node_modules already holds what package-lock.json pins. */
  static synchronized void installMongoose() throws IOException, InterruptedException {
    Path dir = moduleDir();
    Path lock = dir.resolve("package-lock.json");
    Path stamp = dir.resolve("node_modules").resolve(STAMP);
    String hash = sha256(lock);
    if (Files.isRegularFile(stamp) && Files.readString(stamp, UTF_8).equals(hash)) {
      return;
    }
    Files.createDirectories(logDir());
    Path log = logDir().resolve("npm-ci.log");
    Process npm =
        new ProcessBuilder(List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund"))
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!npm.waitFor(10, TimeUnit.MINUTES)) {
      npm.destroyForcibly();
      throw new IOException("npm ci in " + dir + " did not finish within 10 minutes; see " + log);
    }
    if (npm.exitValue() != 0) {
      throw new IOException(
          "npm ci in "
              + dir
              + " failed (exit "
              + npm.exitValue()
              + "); is registry.npmjs.org"
              + " reachable? Output:\n"
              + Files.readString(log, UTF_8));
    }
    Files.writeString(stamp, hash, UTF_8);
  }

  private static String sha256(Path file) throws IOException {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
