package dev.meerkat.testing.internal;

import de.bwaldvogel.mongo.MongoVersion;
import java.util.List;

/**
 * The version the embedded server reports in its handshake and {@code buildInfo}. mongo-java-server
 * 1.47 reports wire version 8 at most (its {@code MONGO_5_0} claims 8, which is MongoDB 4.2's); the
 * Node.js driver 7 (Mongoose 9) and PyMongo 4.18 refuse a server below wire version 9 (MongoDB
 * 4.4), so the embedded server says it is MongoDB 4.4: the lowest version current Node, Python and
 * Java drivers all accept. The version only changes the handshake and {@code buildInfo}; the
 * emulator's behaviour stays as it is.
 */
enum EmbeddedServerVersion implements MongoVersion {
  MONGODB_4_4("4.4.0", List.of(4, 4, 0, 0), 9);

  private final String version;
  private final List<Integer> versionArray;
  private final int wireVersion;

  EmbeddedServerVersion(String version, List<Integer> versionArray, int wireVersion) {
    this.version = version;
    this.versionArray = versionArray;
    this.wireVersion = wireVersion;
  }

  /** As a real server writes it: three parts, while {@code versionArray} has four. */
  @Override
  public String toVersionString() {
    return version;
  }

  @Override
  public List<Integer> getVersionArray() {
    return versionArray;
  }

  @Override
  public int getWireVersion() {
    return wireVersion;
  }
}
