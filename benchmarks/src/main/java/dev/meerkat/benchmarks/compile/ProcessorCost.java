package dev.meerkat.benchmarks.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * What the annotation processor costs a user's build: the CPU time (user + system, of a fresh
 * {@code javac} process, as a build tool's forked compiler or a cold build pays it) of compiling
 * {@code n} generated-style schemas with the processor, divided by the CPU time of compiling the
 * same sources with {@code -proc:none}. The variants run interleaved, in short rounds, so a noisy
 * neighbour slows both alike; the median ratio and its range are printed, with the size of what the
 * processor wrote. Run it through {@code benchmarks/processor-cost.sh}, which builds the jars and
 * passes the class paths.
 *
 * <p>Arguments: {@code schemas rounds processorPath classPath}.
 */
public final class ProcessorCost {

  private ProcessorCost() {}

  /** Runs the measurement; see the class comment for the arguments. */
  public static void main(String[] args) throws Exception {
    int schemas = Integer.parseInt(args[0]);
    int rounds = Integer.parseInt(args[1]);
    String processorPath = args[2];
    String classPath = args[3];
    Path work = Files.createTempDirectory("meerkat-processor-cost");
    List<Path> sources = SchemaSources.write(work.resolve("src"), schemas);
    List<Double> withRatios = new ArrayList<>();
    List<Double> onlyRatios = new ArrayList<>();
    Output generated = null;
    for (int round = 0; round <= rounds; round++) {
      // Alternate which variant goes first so a trend in the machine's load cancels out.
      boolean plainFirst = round % 2 == 0;
      double plain = 0;
      double with;
      double only;
      if (plainFirst) {
        plain = compile(work, "plain", sources, classPath, List.of("-proc:none"));
      }
      with = compile(work, "with", sources, classPath, List.of("-processorpath", processorPath));
      only =
          compile(
              work,
              "only",
              sources,
              classPath,
              List.of("-processorpath", processorPath, "-proc:only"));
      if (!plainFirst) {
        plain = compile(work, "plain", sources, classPath, List.of("-proc:none"));
      }
      if (round == 0) {
        generated = Output.of(work.resolve("with-gen"), sources);
        continue; // warm-up round: file-system caches, JIT of nothing (fresh processes), but disk
      }
      withRatios.add(with / plain);
      onlyRatios.add(only / plain);
      System.out.printf(
          Locale.ROOT,
          "round %d: plain %.2fs, with processor %.2fs (%.2fx), -proc:only %.2fs (%.2fx)%n",
          round,
          plain,
          with,
          with / plain,
          only,
          only / plain);
    }
    System.out.printf(Locale.ROOT, "schemas=%d rounds=%d%n", schemas, rounds);
    System.out.printf(
        Locale.ROOT,
        "with processor / without: median %.2fx (range %.2f-%.2f)%n",
        median(withRatios),
        min(withRatios),
        max(withRatios));
    System.out.printf(
        Locale.ROOT,
        "-proc:only / without:     median %.2fx (range %.2f-%.2f)%n",
        median(onlyRatios),
        min(onlyRatios),
        max(onlyRatios));
    System.out.println(generated);
  }

  /**
   * Compiles into a fresh output folder in a new javac process; returns its user + system CPU
   * seconds.
   */
  private static double compile(
      Path work, String variant, List<Path> sources, String classPath, List<String> extra)
      throws IOException, InterruptedException {
    Path out = work.resolve(variant + "-out");
    Path gen = work.resolve(variant + "-gen");
    delete(out);
    delete(gen);
    Files.createDirectories(out);
    Files.createDirectories(gen);
    Path argFile = work.resolve(variant + ".args");
    List<String> args =
        new ArrayList<>(
            List.of(
                "--release",
                "17",
                "-nowarn",
                "-cp",
                classPath,
                "-d",
                out.toString(),
                "-s",
                gen.toString()));
    args.addAll(extra);
    for (Path source : sources) {
      args.add(source.toString());
    }
    Files.write(argFile, args, StandardCharsets.UTF_8);
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    // bash's `times` prints the CPU time of the shell's finished children: javac and its threads.
    ProcessBuilder pb =
        new ProcessBuilder(
            "bash",
            "-c",
            "\"$0\" @\"$1\" >/dev/null 2>&1 || exit 3; times",
            javac.toString(),
            argFile.toString());
    Process p = pb.start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException(
          "javac failed for variant " + variant + "; run it by hand: javac @" + argFile);
    }
    String[] lines = text.strip().split("\n");
    String[] children = lines[lines.length - 1].trim().split("\\s+");
    return seconds(children[0]) + seconds(children[1]);
  }

  /** Parses bash's {@code 1m2.345s}. */
  static double seconds(String time) {
    int m = time.indexOf('m');
    return Integer.parseInt(time.substring(0, m)) * 60
        + Double.parseDouble(time.substring(m + 1, time.length() - 1));
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  private static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  /** The size of what the processor wrote, beside the size of its input. */
  record Output(int files, long lines, long bytes, long inputLines, long longLines) {
    static Output of(Path gen, List<Path> sources) throws IOException {
      List<Path> files;
      try (Stream<Path> walk = Files.walk(gen)) {
        files = walk.filter(Files::isRegularFile).toList();
      }
      long lines = 0;
      long bytes = 0;
      long longLines = 0;
      for (Path f : files) {
        List<String> all = Files.readAllLines(f);
        lines += all.size();
        longLines += all.stream().filter(l -> l.length() > 120).count();
        bytes += Files.size(f);
      }
      long input = 0;
      for (Path s : sources) {
        input += Files.readAllLines(s).size();
      }
      return new Output(files.size(), lines, bytes, input, longLines);
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "generated: %d files, %d lines (%d bytes; %d lines over 120 columns) from %d input lines",
          files,
          lines,
          bytes,
          longLines,
          inputLines);
    }
  }
}
