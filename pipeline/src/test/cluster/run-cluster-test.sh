#!/usr/bin/env bash
# Runs ingest on a real Spark standalone cluster (a master and two 1-core workers on 127.0.0.1, started from
# the project's own jars) and on local[2] (as many cores as the two workers), and checks with DuckDB that both lakes hold the same rows.
# Called by .ci/run after the Maven tests; cleans up the cluster and its temp folder on exit.
# CLUSTER_INPUT=DIR runs it on another folder than the seeds (docs/performance.md has its figures for the
# default generated corpus: the same job on 2 × 1 core of a cluster against local[2]).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../../.." && pwd)"
cd "$root"
input="${CLUSTER_INPUT:-$root/../shared/corpus/seeds}"
lib="$root/pipeline/target/lib"

./finsambench --version >/dev/null   # builds the classes, the jar and target/lib when needed

work="$(mktemp -d "${TMPDIR:-/tmp}/finsam-cluster.XXXXXX")"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "${KEEP_CLUSTER_LOGS:-}" = 1 ]; then echo "logs kept in $work" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 30000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  echo "no free port found" >&2; return 1
}

wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
  local deadline=$((SECONDS + $1)) what="$2"; shift 2
  until "$@"; do
    if [ "$SECONDS" -ge "$deadline" ]; then echo "timed out waiting for $what" >&2; tail -n 30 "$work"/*.log >&2; return 1; fi
    sleep 1
  done
}

opens="$(sed -n 's:.*<java17.opens>\(.*\)</java17.opens>.*:\1:p' "$root/pom.xml")"
# Workers build executor command lines from SPARK_HOME/jars: point it at the project's dependency folder.
mkdir -p "$work/spark-home"
ln -s "$lib" "$work/spark-home/jars"
export SPARK_HOME="$work/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1

master_port="$(free_port)"
master="spark://127.0.0.1:$master_port"
# shellcheck disable=SC2086
java -Xmx256m $opens -cp "$lib/*" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$master_port" --webui-port "$(free_port)" >"$work/master.log" 2>&1 &
pids+=($!)
wait_for 60 "the Spark master" bash -c "(exec 3<>/dev/tcp/127.0.0.1/$master_port) 2>/dev/null"

for i in 1 2; do
  # shellcheck disable=SC2086
  java -Xmx256m $opens -cp "$lib/*" org.apache.spark.deploy.worker.Worker "$master" --host 127.0.0.1 \
    --port "$(free_port)" --webui-port "$(free_port)" --cores 1 --memory 1g --work-dir "$work/worker$i" \
    >"$work/worker$i.log" 2>&1 &
  pids+=($!)
done
wait_for 60 "two workers to register" bash -c "[ \$(grep -c 'Registering worker' '$work/master.log') -ge 2 ]"
echo "Spark standalone cluster up at $master (2 workers × 1 core)" >&2

start=$SECONDS
JAVA_OPTS=-Xmx1g timeout 600 ./finsambench ingest --input "$input" --lake "$work/lake-cluster" --master "$master"
echo "cluster ingest: $((SECONDS - start)) s" >&2
start=$SECONDS
JAVA_OPTS=-Xmx1g timeout 600 ./finsambench ingest --input "$input" --lake "$work/lake-local" --master 'local[2]'
echo "local[2] ingest: $((SECONDS - start)) s" >&2

grep -q "app-" "$work/master.log" || { echo "the cluster never saw the application" >&2; exit 1; }
java -cp "$lib/*" "$root/pipeline/src/test/cluster/CompareLakes.java" "$work/lake-cluster" "$work/lake-local"
