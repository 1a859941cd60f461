#!/usr/bin/env bash
# A/B ingest timing: two builds of the repository (A = baseline, B = new) ingest the same corpus back to back,
# alternating A/B, with local[2] and local[1], ROUNDS times; each run in its own JVM with the bench's heap (-Xmx1g,
# C1 JIT as the launcher runs it), no extraction cache. Prints one line per run with the job's per-stage wall time
# and CPU time from the run manifest (stage_millis, stage_cpu_millis; CPU time is the process's, all threads, and
# is much less disturbed by other programs than wall time), the wall time of the whole run (wall - job is JVM and
# Spark start-up and stop), the driver's peak heap and the machine's load, and leaves each side's last
# lake in OUT/lake-A, OUT/lake-B, and compares them table by table (LakeComparison; exit code 1 when they differ).
#
#   pipeline/src/test/bench/ingest-ab.sh BASE_REPO NEW_REPO CORPUS OUT [ROUNDS]
#
# BASE_REPO and NEW_REPO are checkouts with the launcher built (e.g. `git archive main | tar -x -C /tmp/base`, then
# `/tmp/base/finsambench --help` builds it). The machine may be shared: compare A with B of the same round.
set -euo pipefail
base="$1"; new="$2"; corpus="$3"; out="$4"; rounds="${5:-2}"
mkdir -p "$out"
printf '%-5s %-8s %-4s %8s %8s %s\n' round master side wall_s job_s "stage=wall/CPU s | peak heap MB | load"
for round in $(seq 1 "$rounds"); do
  for master in 'local[2]' 'local[1]'; do
    for side in A B; do
      repo="$base"; [ "$side" = B ] && repo="$new"
      lake="$out/lake-$side"
      rm -rf "$lake"
      t0="$(date +%s.%N)"
      JAVA_OPTS="-Xmx1g -XX:TieredStopAtLevel=1" "$repo/finsambench" ingest --input "$corpus" --lake "$lake" \
        --master "$master" --no-cache >"$out/run-$round-$master-$side.log" 2>&1
      wall="$(echo "$(date +%s.%N) - $t0" | bc)"
      manifest="$(ls "$lake"/_runs/*.json | head -1)"
      cp "$manifest" "$out/manifest-$round-$master-$side.json"
      stages="$(jq -r '[.stage_millis, .stage_cpu_millis] as [$w, $c] | $w | keys_unsorted
        | map("\(.)=\($w[.]/1000)/\($c[.]/1000)") | join(" ")' "$manifest")"
      job="$(jq -r '[.stage_millis[]] | add / 1000' "$manifest")"
      heap="$(jq -r '.driver_peak_heap_bytes / 1048576 | floor' "$manifest")"
      printf '%-5s %-8s %-4s %8.1f %8s %s | %s | %s\n' "$round" "$master" "$side" "$wall" "$job" "$stages" "$heap" \
        "$(cut -d' ' -f1 /proc/loadavg)"
    done
  done
done
# The last lakes of A and B, every table row by row.
java -cp "$new/pipeline/target/classes:$new/pipeline/target/lib/*" "$new/pipeline/src/test/bench/CompareLakeTables.java" \
  "$out/lake-A" "$out/lake-B"
