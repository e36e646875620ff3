package dev.meerkat.benchmarks.compile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code n} {@code @Schema} records of the kind an application declares: mixed scalar types,
 * an enum, lists, a map, an embedded subdocument (one per ten schemas), unique and compound
 * indexes, validators, and {@code @Model} on every other one. The output is the same for the same
 * {@code n}.
 */
public final class SchemaSources {
  static final String PACKAGE = "bench.app";

  private SchemaSources() {}

  /** Writes the sources under {@code root} and returns their paths. */
  public static List<Path> write(Path root, int n) throws IOException {
    Path dir = root.resolve(PACKAGE.replace('.', '/'));
    Files.createDirectories(dir);
    List<Path> out = new ArrayList<>();
    out.add(
        write(
            dir,
            "Status",
            "package " + PACKAGE + ";\n\npublic enum Status { NEW, ACTIVE, SUSPENDED, CLOSED }\n"));
    for (int i = 0; i < n; i += 10) {
      out.add(write(dir, "Address" + i, address(i)));
    }
    for (int i = 0; i < n; i++) {
      out.add(write(dir, "Entity" + i, entity(i)));
    }
    return out;
  }

  private static Path write(Path dir, String name, String source) throws IOException {
    Path file = dir.resolve(name + ".java");
    Files.writeString(file, source);
    return file;
  }

  private static String address(int i) {
    return "package "
        + PACKAGE
        + ";\n\n"
        + "import dev.meerkat.annotations.*;\n\n"
        + "@Schema\n"
        + "public record Address"
        + i
        + "(@Required String street, String city, @MaxLength(10) String zip,\n"
        + "    double lat, double lng) {}\n";
  }

  private static String entity(int i) {
    int group = (i / 10) * 10;
    StringBuilder s = new StringBuilder();
    s.append("package ")
        .append(PACKAGE)
        .append(";\n\n")
        .append("import dev.meerkat.annotations.*;\n")
        .append("import java.math.BigDecimal;\n")
        .append("import java.time.Instant;\n")
        .append("import java.util.List;\n")
        .append("import java.util.Map;\n")
        .append("import org.bson.types.ObjectId;\n\n")
        .append("@Schema(timestamps = ")
        .append(i % 3 == 0)
        .append(")\n")
        .append("@Index(keys = {\"name:1\", \"createdOn:-1\"})\n");
    if (i % 2 == 0) {
      s.append("@Model\n");
    }
    s.append("public record Entity")
        .append(i)
        .append("(\n")
        .append("    @Id ObjectId id,\n")
        .append("    @Required @MinLength(2) String name,\n")
        .append("    @Indexed(unique = true) String email")
        .append(",\n")
        .append("    @Min(0) @Max(150) int age,\n")
        .append("    long total,\n")
        .append("    double score,\n")
        .append("    boolean active,\n")
        .append("    Instant createdOn,\n")
        .append(i % 3 == 0 ? "    Instant createdAt,\n    Instant updatedAt,\n" : "")
        .append("    BigDecimal price,\n")
        .append("    Status status,\n")
        .append("    List<String> tags,\n")
        .append("    Map<String, Integer> counters,\n")
        .append("    @Field(\"ref\") ObjectId owner,\n")
        .append("    Address")
        .append(group)
        .append(" address) {}\n");
    return s.toString();
  }
}
