#!/usr/bin/env bash
# Benchmarks rolefit (JMH) side by side with Apache Tika, then times cold starts of the CLI.
#
#   scripts/bench.sh [DIR]
#
# DIR: a folder of resumes (.txt, .pdf, .docx, searched recursively); default examples/resumes,
# whose texts are rendered to two-page PDFs and to DOCX at setup. Example:
#   scripts/bench.sh ../shared/datasets/livecareer-sample
#
# Environment (all optional):
#   JMH_OPTS          JMH options for the stage benchmarks (default: -f 1 -wi 2 -i 3 -w 1s -r 1s)
#   COLD_RUNS         runs of each cold-start variant (default 3)
#   BENCH_OUT         where results go (default benchmarks/target/bench-results)
#   BENCH_SKIP_BUILD  1: use the jars already built
#   BENCH_ONLY        a subset of: stages startup cold batch (default: all four)
#
# Prints a table: ms/op per stage, the ratio rolefit-full-analysis / Tika-extraction-only, the
# one-time costs, cold-start wall and CPU times (plain, TieredStopAtLevel=1, AppCDS) and, when the CLI has
# a `batch` command, batch throughput with -Xmx512m. Raw results stay in BENCH_OUT.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DIR=$(cd "${1:-$ROOT/examples/resumes}" && pwd)
OUT=${BENCH_OUT:-$ROOT/benchmarks/target/bench-results}
JMH_OPTS=${JMH_OPTS:--f 1 -wi 2 -i 3 -w 1s -r 1s}
COLD_RUNS=${COLD_RUNS:-3}
ONLY=${BENCH_ONLY:-stages startup cold batch}
BJAR=$ROOT/benchmarks/target/benchmarks.jar
JAVA=${JAVA:-java}

log() { printf '%s\n' "$*" >&2; }
wants() { [[ " $ONLY " == *" $1 "* ]]; }
ms_now() { date +%s%N; }

mkdir -p "$OUT"
cd "$ROOT"

if [[ "${BENCH_SKIP_BUILD:-0}" != 1 ]]; then
  log "building benchmarks and cli (quiet)..."
  # Offline first; online once when a dependency (Tika, JMH) is not downloaded yet.
  mvn -B -o -q package -pl benchmarks,cli -am -DskipTests >"$OUT/build.log" 2>&1 \
    || mvn -B -q package -pl benchmarks,cli -am -DskipTests >"$OUT/build.log" 2>&1 \
    || { cat "$OUT/build.log" >&2; exit 1; }
fi
CLI=$(ls "$ROOT"/cli/target/rolefit-cli-*-all.jar 2>/dev/null | head -n 1 || true)

# Forked JMH VMs inherit these: the input folder, and a font cache that stays out of $HOME.
PROPS=(-Drolefit.bench.dir="$DIR" -Dpdfbox.fontcache="$OUT/pdfbox-cache" -Djava.awt.headless=true)

if wants stages; then
  log "JMH: rolefit stages and Tika ($JMH_OPTS) over $DIR ..."
  # shellcheck disable=SC2086
  "$JAVA" "${PROPS[@]}" -jar "$BJAR" 'dev\.rolefit\.bench\.(RoleFit|Tika)Benchmarks' \
    $JMH_OPTS -rf json -rff "$OUT/stages.json" >"$OUT/stages.log" 2>&1 \
    || { tail -n 40 "$OUT/stages.log" >&2; exit 1; }
fi

if wants startup; then
  log "JMH: one-time costs (single shot, 3 fresh JVMs) ..."
  "$JAVA" "${PROPS[@]}" -jar "$BJAR" 'dev\.rolefit\.bench\.StartupBenchmarks' \
    -bm ss -f 3 -wi 0 -i 3 -rf json -rff "$OUT/startup.json" >"$OUT/startup.log" 2>&1 \
    || { tail -n 40 "$OUT/startup.log" >&2; exit 1; }
fi

SAMPLE=$(find "$DIR" -type f -name '*.txt' | sort | head -n 1)
[[ -n "$SAMPLE" ]] || SAMPLE=$(find "$DIR" -type f -name '*.pdf' | sort | head -n 1)
: >"$OUT/coldstart.tsv"
if wants cold && [[ -n "$CLI" && -n "$SAMPLE" ]]; then
  log "cold starts: rolefit analyze $(basename "$SAMPLE"), $COLD_RUNS runs per variant ..."
  JSA="$OUT/rolefit-cli.jsa"
  rm -f "$JSA"
  # A dynamic AppCDS archive of the classes one analysis loads (Java 13+).
  "$JAVA" -XX:ArchiveClassesAtExit="$JSA" -jar "$CLI" analyze "$SAMPLE" >/dev/null 2>"$OUT/cds-dump.log" || true
  variants=(
    "default (JDK CDS archive)|"
    "-Xshare:off|-Xshare:off"
    "-XX:TieredStopAtLevel=1|-XX:TieredStopAtLevel=1"
    "AppCDS|-XX:SharedArchiveFile=$JSA"
    "AppCDS -XX:TieredStopAtLevel=1|-XX:SharedArchiveFile=$JSA -XX:TieredStopAtLevel=1"
    "AppCDS C1 -XX:+UseSerialGC|-XX:SharedArchiveFile=$JSA -XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
  )
  for v in "${variants[@]}"; do
    label=${v%%|*}
    read -r -a flags <<<"${v#*|}"
    for ((i = 0; i < COLD_RUNS; i++)); do
      s=$(ms_now)
      /usr/bin/time -f '%U %S' -o "$OUT/cold.cpu" \
        "$JAVA" "${flags[@]}" -jar "$CLI" analyze "$SAMPLE" >/dev/null 2>>"$OUT/cold.err" || true
      wall=$((($(ms_now) - s) / 1000000))
      cpu=$(awk '{ printf "%d", ($1 + $2) * 1000 }' "$OUT/cold.cpu")
      printf '%s\t%d\t%d\n' "$label" "$wall" "$cpu" >>"$OUT/coldstart.tsv"
    done
  done
  # Where a cold start's time goes, stage by stage.
  # (The archive's class path, the CLI jar, is a prefix of this one, so AppCDS applies.)
  "$JAVA" -Dbench.t0="$(date +%s%3N)" -cp "$CLI:$ROOT/benchmarks/target/classes" \
    dev.rolefit.bench.ColdStartPhases "$SAMPLE" >"$OUT/phases.tsv" 2>/dev/null || true
  "$JAVA" -XX:SharedArchiveFile="$JSA" -XX:TieredStopAtLevel=1 -Dbench.t0="$(date +%s%3N)" \
    -cp "$CLI:$ROOT/benchmarks/target/classes" \
    dev.rolefit.bench.ColdStartPhases "$SAMPLE" >"$OUT/phases-cds.tsv" 2>/dev/null || true
fi

: >"$OUT/batch.tsv"
if wants batch && [[ -n "$CLI" ]] && "$JAVA" -jar "$CLI" --help 2>&1 | grep -qw batch; then
  n=$(find "$DIR" -type f \( -iname '*.pdf' -o -iname '*.docx' -o -iname '*.doc' -o -iname '*.txt' \) | wc -l)
  log "batch: rolefit batch over $n files with -Xmx512m ..."
  s=$(ms_now)
  /usr/bin/time -f '%M' -o "$OUT/batch.rss" "$JAVA" -Xmx512m -jar "$CLI" batch "$DIR" \
    >"$OUT/batch.out" 2>"$OUT/batch.err" || true
  printf '%d\t%d\n' "$n" $((($(ms_now) - s) / 1000000)) >"$OUT/batch.tsv"
fi

echo "rolefit benchmarks  $(date -u +%Y-%m-%dT%H:%MZ)  $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
"$JAVA" -cp "$BJAR" dev.rolefit.bench.Report --dir "$DIR" --stages "$OUT/stages.json" \
  --startup "$OUT/startup.json" --coldstart "$OUT/coldstart.tsv" --batch "$OUT/batch.tsv"
if [[ -s "$OUT/phases.tsv" ]]; then
  echo
  echo "Cold start by stage (ms, one fresh JVM each, $(basename "$SAMPLE")):"
  [[ -s "$OUT/phases-cds.tsv" ]] || cp "$OUT/phases.tsv" "$OUT/phases-cds.tsv"
  printf '  %-62s %8s %12s\n' stage default "AppCDS+C1"
  paste "$OUT/phases.tsv" "$OUT/phases-cds.tsv" | awk -F'\t' '
    { printf "  %-62s %8d %12d\n", $1, $2, $4; t += $2; c += $4 }
    END { printf "  %-62s %8d %12d\n", "total", t, c }'
fi
if [[ -s "$OUT/batch.rss" ]]; then
  echo "  batch peak RSS: $(( $(tail -n 1 "$OUT/batch.rss") / 1024 )) MB"
fi
echo
echo "Raw results: $OUT"
