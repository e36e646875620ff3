package jakarta.inject;

/** The part of Jakarta Inject the generated provider uses (the jar is not on this test path). */
public interface Provider<T> {
  T get();
}
