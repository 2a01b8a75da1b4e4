#!/usr/bin/env bash
# Start-up time of an installed Huyang: launch → window mapped on the X display (wall clock, polled
# with xdotool every 10 ms), N runs, each on a fresh copy of a seed data folder in the default location
# ($XDG_DATA_HOME/huyang, so the no-argument everyday start is measured). Needs DISPLAY and xdotool.
#   DISPLAY=:98 installer/measure-start.sh /opt/huyang/bin/Huyang SEED_DATABASE_FILE [RUNS]
# (e.g. Xvfb :98 -screen 0 1366x768x24 &, and a huyang.mv.db made with `demo --counselors 200`).
set -euo pipefail
: "${DISPLAY:?set DISPLAY}"
L=$1; SEED=$2; N=${3:-5}
results=()
for i in $(seq 1 "$N"); do
  X=$(mktemp -d); mkdir -p "$X/huyang"; cp "$SEED" "$X/huyang/huyang.mv.db"
  t0=$(date +%s%N)
  XDG_DATA_HOME=$X JAVA_TOOL_OPTIONS=-Dhuyang.startupProbe=true "$L" >"$X/out.txt" 2>&1 &
  pid=$!
  deadline=$(( $(date +%s) + 60 ))
  until xdotool search --onlyvisible --name "胡杨" >/dev/null 2>&1; do
    if [ "$(date +%s)" -gt "$deadline" ]; then echo "no window within 60 s" >&2; kill "$pid" 2>/dev/null; exit 1; fi
    sleep 0.01
  done
  t1=$(date +%s%N)
  wait $pid || true
  ms=$(( (t1 - t0) / 1000000 ))
  results+=("$ms")
  echo "run $i: launch→window ${ms} ms; probe: $(grep -o 'window-shown.*' "$X/out.txt")"
  rm -rf "$X"
  sleep 1
done
sorted=$(printf '%s\n' "${results[@]}" | sort -n | tr '\n' ' ')
median=$(printf '%s\n' "${results[@]}" | sort -n | sed -n "$(( (N + 1) / 2 ))p")
echo "launch→window ms: $sorted median $median"
