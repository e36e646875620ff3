#!/bin/sh
# Meerkat's per-operation cost against the raw driver, on one embedded server in one JVM.
# Usage, from the repository root:  benchmarks/overhead.sh [jvms] [rounds] [opsPerRound]
# Builds the benchmarks jar (offline), then runs OdmOverhead in `jvms` fresh JVMs (default 3),
# each with `rounds` measured rounds (default 21) of `opsPerRound` operations per side
# (default 300), and the repository cross-check once. Each line: median cost ratio Meerkat/raw and
# its range over the rounds, for wall time, calling-thread CPU and bytes allocated, and bytes/op.
# Check the machine is idle first (uptime): the time ratios need it, the allocation ones do not.
set -eu
jvms=${1:-3}
rounds=${2:-21}
ops=${3:-300}
mvn -o -q -B -pl benchmarks -am package -DskipTests
jar=benchmarks/target/benchmarks.jar
echo "load: $(uptime)"
i=1
while [ "$i" -le "$jvms" ]; do
  echo "== OdmOverhead, JVM $i of $jvms"
  java -cp "$jar" dev.meerkat.benchmarks.OdmOverhead "$rounds" "$ops" 2>&1 | grep -v '^SLF4J'
  i=$((i + 1))
done
echo "== InterleavedRepositoryRatio (repository vs hand-written and vs model)"
java -cp "$jar" dev.meerkat.benchmarks.InterleavedRepositoryRatio 2>&1 \
  | grep -v '^SLF4J'
echo "load: $(uptime)"
