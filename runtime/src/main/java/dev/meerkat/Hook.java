package dev.meerkat;

/**
 * The operations a model's middleware can hook (Mongoose's {@code schema.pre('save', ...)}).
 *
 * <p>Document hooks ({@link #SAVE}, {@link #VALIDATE}, {@link #INSERT_MANY}) are registered with
 * {@link Model#pre(Hook, java.util.function.Consumer)} and {@link Model#post(Hook,
 * java.util.function.Consumer)} and receive each document: a {@code pre} hook the document as
 * given, a {@code post} hook the document as stored. Query hooks ({@link #UPDATE}, {@link #DELETE},
 * {@link #FIND}) are registered with {@link Model#preQuery} and {@link Model#postQuery} and receive
 * the operation's {@link Filter}: Java has no {@code this} to hand a query object through, so the
 * filter is what a query hook sees.
 */
public enum Hook {
  /** {@code create} and {@code save}; runs after {@link #VALIDATE}. */
  SAVE(true),
  /**
   * Validation of a document before any write that stores it (create, save, insertMany, replace).
   */
  VALIDATE(true),
  /** Each document of {@code insertMany}. */
  INSERT_MANY(true),
  /**
   * {@code updateOne}, {@code updateMany}, {@code replaceOne}, {@code findOneAndUpdate/Replace},
   * {@code findByIdAndUpdate}.
   */
  UPDATE(false),
  /** {@code deleteOne}, {@code deleteMany}, {@code findOneAndDelete}, {@code findByIdAndDelete}. */
  DELETE(false),
  /** {@code find(...)} queries (when they run), {@code findOne}, {@code findById}. */
  FIND(false);

  private final boolean document;

  Hook(boolean document) {
    this.document = document;
  }

  /**
   * Whether this hook receives documents ({@code pre}/{@code post}) rather than filters ({@code
   * preQuery}/{@code postQuery}).
   */
  public boolean isDocumentHook() {
    return document;
  }
}
