#!/bin/bash
# Printing benchmark: N appraisal forms (default 100) to a real printer, the time until the spooler
# has accepted the last page (the job is in the printer's CUPS queue), both ways Huyang prints — the
# window's JavaFX printing and the command line's PDF pages through Java 2D — then the batch command
# itself, `forms --year Y --print`, from a fresh JVM on demo data. Prints each round and the medians.
#
# Needs the print stack (sudo .ci/print-stack: CUPS with the cups-pdf printer "PDF") and a build:
#   ./mvnw -o -q package -DskipTests && ./mvnw -o -q test-compile
# Usage: bench/print.sh [FORMS=100] [ROUNDS=3] [PRINTER=PDF]
set -u
N=${1:-100}; ROUNDS=${2:-3}; PRINTER=${3:-PDF}
cd "$(dirname "$0")/.."
[[ -d target/test-classes && -f target/huyang.jar ]] || {
  echo "build first: ./mvnw -o -q package -DskipTests && ./mvnw -o -q test-compile"; exit 2; }
LC_ALL=C lpstat -p "$PRINTER" >/dev/null 2>&1 || { echo "no printer $PRINTER: run sudo .ci/print-stack"; exit 2; }
cp=$(mktemp); trap 'rm -f "$cp"' EXIT
./mvnw -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp" >/dev/null || exit 2

java -Xmx1g -cp "target/test-classes:target/classes:$(cat "$cp")" \
  -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dprism.text=t2k -Djava.awt.headless=true \
  -Dhuyang.logdir=target/benchmark-logs -Dorg.jooq.no-logo=true \
  cn.huyang.bench.PrintBenchmark "$N" "$ROUNDS" "$PRINTER" 2>&1 | grep -v "Unsupported JavaFX configuration\|PlatformImpl startup"

# The batch command end to end: JVM start, data folder, forms laid out, PDF pages to the spooler.
data=$(mktemp -d -t huyang-print-bench.XXXXXX)
java -jar target/huyang.jar --data-dir "$data" demo --counselors $(( N * 5 / 4 )) --seed 1 >/dev/null 2>&1
year=$(( $(date +%Y) - 1 ))   # the demo's last confirmed year: about N forms
times=()
for i in $(seq 1 "$ROUNDS"); do
  s=$(date +%s%N)
  line=$(java -jar target/huyang.jar --data-dir "$data" forms --year "$year" --print --printer "$PRINTER" 2>&1)
  rc=$?
  t=$(( ($(date +%s%N) - s) / 1000000 )); times+=("$t")
  echo "  forms --print (fresh JVM), round $i: ${t} ms, exit $rc: $line"
done
med=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
echo "median forms --print from a fresh JVM: ${med} ms"
rm -rf "$data"
