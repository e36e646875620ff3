package dev.meerkat.benchmarks;

/**
 * A second small schema for {@link MixedSchemasBenchmark}, so that an application with several
 * schemas can be imitated. Mutable bean; not thread-safe.
 */
@dev.meerkat.annotations.Schema(versionKey = false)
public class Label {
  private String text;
  @dev.meerkat.annotations.Required private int weight;

  /** An empty label. */
  public Label() {}

  /** A label with every field set. */
  public Label(String text, int weight) {
    this.text = text;
    this.weight = weight;
  }

  /** The text. */
  public String getText() {
    return text;
  }

  /** Sets the text. */
  public void setText(String text) {
    this.text = text;
  }

  /** The weight. */
  public int getWeight() {
    return weight;
  }

  /** Sets the weight. */
  public void setWeight(int weight) {
    this.weight = weight;
  }
}
