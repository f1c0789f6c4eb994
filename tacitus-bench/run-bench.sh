#!/usr/bin/env bash
# Builds the bench module and runs the benchmarks of docs/BENCHMARKS.md:
#   1. EndToEndBench: CoreNLP alone vs CoreNLP + coding at 1 and 2 threads, coding alone, peak RSS;
#   2. JMH (JmhMain): the coding stage alone on pre-annotated sentences.
# Settings through the environment (defaults in brackets):
#   ARTICLES [1000]  WARMUP [100]  WARMUP_SECONDS [30]  THREADS [1,2]  ROUNDS [1]  SEED [42]  CODING_SECONDS [10]
#   HEAP [2g]  JMH_ARGS [""] (JMH options, e.g. "-p articles=500 -i 5")  SKIP_BUILD [0]  SKIP_JMH [0]
# Output: standard output, and a copy in tacitus-bench/target/bench-results/.
set -euo pipefail

cd "$(dirname "$0")/.."
ARTICLES=${ARTICLES:-1000}
WARMUP=${WARMUP:-100}
WARMUP_SECONDS=${WARMUP_SECONDS:-30}
THREADS=${THREADS:-1,2}
ROUNDS=${ROUNDS:-1}
SEED=${SEED:-42}
CODING_SECONDS=${CODING_SECONDS:-10}
HEAP=${HEAP:-2g}
JMH_ARGS=${JMH_ARGS:-}

out_dir=tacitus-bench/target/bench-results
stamp=$(date -u +%Y%m%dT%H%M%SZ)

echo "## Machine"
echo "nproc: $(nproc)"
free -g
java -version 2>&1
echo "CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "load average (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine skews the figures)"
echo

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  echo "## Build: mvn -q -DskipTests package -pl tacitus-bench -am"
  mvn -q -DskipTests package -pl tacitus-bench -am
fi
mkdir -p "$out_dir"
CP="tacitus-bench/target/classes:$(cat tacitus-bench/target/classpath.txt)"

echo
echo "## End to end: java -Xmx$HEAP ... EndToEndBench --articles $ARTICLES --seed $SEED --threads $THREADS" \
  "--warmup $WARMUP --warmup-seconds $WARMUP_SECONDS --rounds $ROUNDS --coding-seconds $CODING_SECONDS"
java "-Xmx$HEAP" -cp "$CP" org.tacitus.bench.EndToEndBench --articles "$ARTICLES" --seed "$SEED" \
  --threads "$THREADS" --warmup "$WARMUP" --warmup-seconds "$WARMUP_SECONDS" --rounds "$ROUNDS" \
  --coding-seconds "$CODING_SECONDS" \
  --report "$out_dir/end-to-end-$stamp.md" 2> >(grep -v ' INFO edu\.stanford' >&2)

if [[ "${SKIP_JMH:-0}" != 1 ]]; then
  echo
  echo "## JMH, coding stage alone: java ... JmhMain $JMH_ARGS"
  # shellcheck disable=SC2086 # JMH_ARGS is a list of options
  java -cp "$CP" org.tacitus.bench.JmhMain $JMH_ARGS | grep -v ' INFO edu\.stanford' | tee "$out_dir/jmh-$stamp.txt"
fi
