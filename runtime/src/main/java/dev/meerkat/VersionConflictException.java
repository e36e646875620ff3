package dev.meerkat;

import java.util.List;

/**
 * {@code save} of a document with a {@code @Version} field found no stored document with its {@code
 * _id} and version: another writer saved it first (or deleted it). Nothing was written. Mongoose's
 * {@code VersionError}, with its message: {@code No matching document found for id "65f0..."
 * version 1 modifiedPaths "name, balance"}. Load the document again, reapply the change and save
 * again. Immutable once constructed; safe to share between threads.
 */
public final class VersionConflictException extends MeerkatException {
  private static final long serialVersionUID = 1L;
  private final String modelName;
  private final transient Object documentId;
  private final long version;
  private final transient List<String> modifiedPaths;

  /**
   * Creates the exception.
   *
   * @param modelName the model that saved
   * @param documentId the {@code _id} of the document
   * @param version the version the saved copy was loaded at
   * @param modifiedPaths the stored paths the save would have written
   */
  public VersionConflictException(
      String modelName, Object documentId, long version, List<String> modifiedPaths) {
    super(
        "No matching document found for id \""
            + documentId
            + "\" version "
            + version
            + " modifiedPaths \""
            + String.join(", ", modifiedPaths)
            + "\"");
    this.modelName = modelName;
    this.documentId = documentId;
    this.version = version;
    this.modifiedPaths = List.copyOf(modifiedPaths);
  }

  /** The model that saved, {@code "Account"}. */
  public String modelName() {
    return modelName;
  }

  /** The {@code _id} of the document. */
  public Object documentId() {
    return documentId;
  }

  /** The version the saved copy was loaded at. */
  public long version() {
    return version;
  }

  /** The stored paths the save would have written. */
  public List<String> modifiedPaths() {
    return modifiedPaths;
  }
}
