package dev.meerkat.it.readme;

/** Finds the fenced code blocks of README.md that tests build from. */
final class ReadmeSnippets {
  private ReadmeSnippets() {}

  /** The body of the first {@code ```language} block after {@code marker}. */
  static String blockAfter(String readme, String marker, String language) {
    int at = readme.indexOf(marker);
    if (at < 0) {
      throw new AssertionError("README.md has no " + marker + " marker");
    }
    String fence = "```" + language + "\n";
    int start = readme.indexOf(fence, at);
    if (start < 0) {
      throw new AssertionError("README.md has no ```" + language + " block after " + marker);
    }
    start += fence.length();
    int end = readme.indexOf("\n```", start);
    if (end < 0) {
      throw new AssertionError(
          "README.md's ```" + language + " block after " + marker + " is not closed");
    }
    return readme.substring(start, end + 1);
  }
}
