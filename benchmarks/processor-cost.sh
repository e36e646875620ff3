#!/usr/bin/env bash
# What the annotation processor costs a build: javac CPU with the processor / without it.
# Usage: benchmarks/processor-cost.sh [schemas=200] [rounds=5] [jvms=3]
# Builds the jars it needs (offline if ~/.m2 has everything), then runs ProcessorCost in `jvms`
# separate JVMs; each prints per-round ratios, its median and range. See RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
schemas=${1:-200}
rounds=${2:-5}
jvms=${3:-3}
# One reactor invocation, so that our own modules resolve without being installed in ~/.m2.
mvn -B -q -o -pl annotations,processor,runtime,testing,benchmarks -am package dependency:build-classpath \
  -DskipTests '-Dmdep.outputFile=${project.build.directory}/classpath.txt' -DincludeScope=runtime >/dev/null
classpath="$(ls annotations/target/meerkat-annotations-*.jar):$(ls runtime/target/meerkat-runtime-*.jar):$(cat runtime/target/classpath.txt)"
processorpath="$(ls processor/target/meerkat-processor-*.jar):$(cat processor/target/classpath.txt)"
for jvm in $(seq 1 "$jvms"); do
  echo "== JVM $jvm"
  java -cp benchmarks/target/classes dev.meerkat.benchmarks.compile.ProcessorCost \
    "$schemas" "$rounds" "$processorpath" "$classpath"
done
