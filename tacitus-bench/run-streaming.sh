#!/usr/bin/env bash
# The streaming run of docs/BENCHMARKS.md: `tacitus code` over a generated corpus (CorpusGenerator, JSON Lines),
# with the resident set size (VmRSS, VmHWM from /proc/PID/status) and the heap (jstat -gc) of the coding JVM
# sampled every SAMPLE seconds while it runs, to show that memory stays flat as the corpus goes by.
# Settings through the environment (defaults in brackets):
#   ARTICLES [100000]  SEED [42]  THREADS [2]  HEAP [2g]  SAMPLE [30]  OUT_DIR [tacitus-bench/target/streaming]
#   TACITUS_CP [built here: the app jar and its classpath]  SKIP_BUILD [0]
# Output: OUT_DIR/memory.tsv (the samples), OUT_DIR/stderr.txt (progress lines and the summary),
# OUT_DIR/events.jsonl (the events), OUT_DIR/corpus.jsonl (the input).
set -euo pipefail

cd "$(dirname "$0")/.."
ARTICLES=${ARTICLES:-100000}
SEED=${SEED:-42}
THREADS=${THREADS:-2}
HEAP=${HEAP:-2g}
SAMPLE=${SAMPLE:-30}
OUT_DIR=${OUT_DIR:-tacitus-bench/target/streaming}
mkdir -p "$OUT_DIR"

echo "nproc: $(nproc); CPU: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "load average at start (1, 5, 15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
java -version 2>&1 | head -n 1

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  mvn -q -B -DskipTests package -pl tacitus-app,tacitus-bench -am
fi
BENCH_CP="tacitus-bench/target/classes:$(cat tacitus-bench/target/classpath.txt)"
if [[ -z "${TACITUS_CP:-}" ]]; then
  TACITUS_CP="$(ls tacitus-app/target/tacitus-app-*.jar | grep -v -e '-sources' -e '-tests' | head -n 1)"
  TACITUS_CP="$TACITUS_CP:$(cat tacitus-app/target/classpath.txt)"
fi

corpus="$OUT_DIR/corpus.jsonl"
if [[ ! -s "$corpus" ]]; then
  java -cp "$BENCH_CP" org.tacitus.bench.CorpusGenerator --articles "$ARTICLES" --seed "$SEED" --out "$corpus"
fi

start=$(date +%s)
java "-Xmx$HEAP" -cp "$TACITUS_CP" org.tacitus.app.Main code --threads "$THREADS" --progress lines \
  --progress-every "$SAMPLE" --out "$OUT_DIR/events.jsonl" "$corpus" \
  2> >(grep --line-buffered -v ' INFO edu\.stanford' > "$OUT_DIR/stderr.txt") &
pid=$!
echo "tacitus code: pid $pid, started $(date -u +%FT%TZ)"

printf 'seconds\trss_mib\tpeak_rss_mib\theap_used_mib\told_gen_used_mib\tevent_lines\tload1\n' > "$OUT_DIR/memory.tsv"
while kill -0 "$pid" 2>/dev/null; do
  sleep "$SAMPLE"
  status=/proc/$pid/status
  [[ -r $status ]] || break
  rss=$(awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "$status" 2>/dev/null || echo "")
  hwm=$(awk '/^VmHWM:/ {printf "%.0f", $2 / 1024}' "$status" 2>/dev/null || echo "")
  # jstat -gc columns: S0C S1C S0U S1U EC EU OC OU ...; used heap = S0U + S1U + EU + OU (KiB)
  gc=$(jstat -gc "$pid" 2>/dev/null | tail -n 1 || true)
  heap=$(awk '{printf "%.0f", ($3 + $4 + $6 + $8) / 1024}' <<< "$gc")
  old=$(awk '{printf "%.0f", $8 / 1024}' <<< "$gc")
  lines=$(wc -l < "$OUT_DIR/events.jsonl" 2>/dev/null || echo 0)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(( $(date +%s) - start ))" "$rss" "$hwm" "$heap" "$old" "$lines" \
    "$(cut -d' ' -f1 /proc/loadavg)" >> "$OUT_DIR/memory.tsv"
done
wait "$pid" || true
echo "finished after $(( $(date +%s) - start )) s"
tail -n 3 "$OUT_DIR/stderr.txt"
column -t "$OUT_DIR/memory.tsv" | tail -n 40
