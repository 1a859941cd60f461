#!/usr/bin/env bash
# A/B of the JSON API (docs/performance.md, "API after the dashboards"): the old tree's server (A) and the new tree's (B),
# each on a lake its own code made, the same paths for both, wrk runs alternating A/B/A/B so machine load falls on
# both alike. Prints one line per run: requests/s, p50/p95/p99 (ms), errors, and the server's CPU time per request
# (from /proc, so other programs' load does not count).
# usage: api-ab.sh OLD_TREE OLD_LAKE NEW_TREE NEW_LAKE [ROUNDS] [SECONDS] [CONNECTIONS]   (LISTS="compare profile")
# e.g.:  git worktree add /tmp/base f5cf152 && (cd /tmp/base && mvn -q -o -DskipTests package)
#        (cd /tmp/base && ./finsambench ingest --input CORPUS/reports --lake /tmp/lake-old), the same with this tree
set -euo pipefail
old_tree=$1 old_lake=$2 new_tree=$3 new_lake=$4 rounds=${5:-5} secs=${6:-10} conns=${7:-16}
work=$(mktemp -d ${TMPDIR:-/tmp}/api-ab.XXXX)
pa=7781 pb=7782
export WEB_JAVA_OPTS="-Xms1g -Xmx1g"
lists=${LISTS:-compare profile}
(cd "$old_tree" && exec ./finsambench serve --lake "$old_lake" --port $pa --queries "$work/a.duckdb") > "$work/a.log" 2>&1 &
a=$!
(cd "$new_tree" && exec ./finsambench serve --lake "$new_lake" --port $pb --queries "$work/b.duckdb") > "$work/b.log" 2>&1 &
b=$!
trap 'kill $a $b 2>/dev/null || true' EXIT
for p in $pa $pb; do for i in $(seq 120); do curl -sf "http://127.0.0.1:$p/api/jamforelse" >/dev/null && break; sleep 1; done; done
# The same paths for both: every indicator x year the old page offers, and every association profile.
curl -s "http://127.0.0.1:$pa/api/jamforelse" | python3 -c '
import json,sys,urllib.parse as u
d=json.load(sys.stdin)
for i in d["indicators"]:
  for y in d["years"]:
    print("/api/jamforelse?indikator=%s&ar=%d" % (u.quote(i["id"]), y))' > "$work/compare.txt"
curl -s "http://127.0.0.1:$pa/api/forbund" | python3 -c '
import json,sys,urllib.parse as u
for a in json.load(sys.stdin)["rows"]: print("/api/forbund/%s" % u.quote(a["id"]))' > "$work/profile.txt"
for list in $lists; do
  for p in $pa $pb; do
    while read -r path; do
      code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$p$path")
      [ "$code" = 200 ] || { echo "port $p $path -> $code" >&2; exit 1; }
    done < "$work/$list.txt"
  done
  { echo 'local paths = {'; sed 's/.*/  "&",/' "$work/$list.txt"; cat <<'LUA'
}
local started = 0
function setup(thread) thread:set("offset", started * 7919); started = started + 1 end
local n = 0
function init(args) n = offset or 0 end
function request() n = n + 1; return wrk.format("GET", paths[(n % #paths) + 1]) end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT rps=%.0f p50=%.3f p95=%.3f p99=%.3f errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, e.connect + e.read + e.write + e.status + e.timeout))
end
LUA
  } > "$work/$list.lua"
  # warm up both
  for p in $pa $pb; do wrk -t2 -c16 -d3s -s "$work/$list.lua" "http://127.0.0.1:$p" >/dev/null; done
  for r in $(seq "$rounds"); do
    for side in A B; do
      p=$pa; pid=$a; [ $side = B ] && p=$pb && pid=$b
      jpid=$(pgrep -P $pid java || echo $pid)
      t0=$(awk '{print $14+$15}' /proc/$jpid/stat)
      line=$(wrk -t2 -c"$conns" -d"${secs}s" --timeout 10s -s "$work/$list.lua" "http://127.0.0.1:$p" | grep RESULT)
      t1=$(awk '{print $14+$15}' /proc/$jpid/stat)
      reqs=$(echo "$line" | sed 's/.*rps=\([0-9]*\).*/\1/')
      cpu=$(python3 -c "print('%.1f' % (($t1-$t0)*10.0*1000/($reqs*$secs)))")
      echo "$list $side round=$r load=$(cut -d' ' -f1 /proc/loadavg) $line cpu_us_per_req=$cpu"
    done
  done
done
