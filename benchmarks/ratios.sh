#!/bin/sh
# Prints each benchmark's score and its ratio to the hand-written codec (encode to
# encodeHandWritten, decode to decodeHandWritten, *OtherOrder to decodeHandWrittenOtherOrder) from a JMH CSV result file.
# Usage: benchmarks/ratios.sh results.csv   (made by: java -jar ... -rf csv -rff results.csv)
# Throughput mode: a ratio above 1 is faster than hand-written.
set -eu
awk -F, '
  NR > 1 && $1 !~ /:/ {
    gsub(/"/, "", $1); n = split($1, part, "."); name = part[n]
    score[name] = $5; order[++count] = name
  }
  END {
    for (i = 1; i <= count; i++) {
      name = order[i]
      base = (name ~ /^encode/) ? score["encodeHandWritten"] \
          : (name ~ /OtherOrder$/) ? score["decodeHandWrittenOtherOrder"] : score["decodeHandWritten"]
      printf "%-28s %12.1f ops/ms  %5.2fx\n", name, score[name], score[name] / base
    }
  }' "$1"
