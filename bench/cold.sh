#!/bin/bash
# Cold speed (issue 21): what an office user waits for, measured as whole processes from launch, each
# alternating with its floor in the same run, N rounds; prints every round, then medians and ratios.
#
#   window   launch → main window visible (10,000 counselors), started as a double-click starts it (no
#            arguments, the folder in its default place)   vs  a bare JavaFX window (bench/floor/Bare.java);
#            also launch → the first tab (概览) loaded, and the JavaFX thread's longest wait until then
#   check    `check` on an existing, empty folder               vs  a JVM opening an H2 file, one query (H2Floor)
#   check10k `check` on 10,000 counselors                       vs  the same H2 floor
#   import   `import roster` of a 10,000-row xlsx, fresh folder vs  LibreOffice headless converting it to CSV
#   demo     `demo --counselors 10000` (one run: no floor)
#   image    `check` on the empty folder by the app-image (with its class-data archive) vs `java -jar` and
#            the H2 floor (build it first: installer/build.sh app-image --skip-package)
#
# Needs a build (./mvnw -o -q package -DskipTests -Dinstaller.smoke.skip=true), Xvfb and xdotool for the
# window (Debian: xvfb xdotool libgtk-3-0 fonts-wqy-microhei), LibreOffice for the import's floor (installed
# here with apt-get when missing: libreoffice-calc-nogui). Timed runs are never part of `verify`.
# Usage: bench/cold.sh [ROUNDS=5] [PARTS="window check check10k import demo"] (image: name it)
set -u
N=${1:-5}
PARTS=${2:-"window check check10k import demo"}
cd "$(dirname "$0")/.."
[[ -f target/huyang.jar ]] || { echo "build first: ./mvnw -o -q package -DskipTests -Dinstaller.smoke.skip=true"; exit 2; }
JAR=target/huyang.jar
export HUYANG_USER=admin HUYANG_PASSWORD='Bench-2026!cold'
OFFICE_PW='Bench-2026!office'   # the 学工部 user's (an administrator may not import or export data)
as_office() { HUYANG_PASSWORD=$OFFICE_PW java -jar $JAR --data-dir "$1" --user xuegongbu "${@:2}"; }
office_ready() { # $1 folder: its 学工部 account xuegongbu (the demo's, or added) with its first password changed
  HUYANG_NEW_PASSWORD=$HUYANG_PASSWORD java -jar $JAR --data-dir "$1" --user admin users add xuegongbu --role 学工部 >/dev/null 2>&1
  HUYANG_NEW_PASSWORD=$OFFICE_PW java -jar $JAR --data-dir "$1" --user xuegongbu passwd >/dev/null 2>&1
}
work=$(mktemp -d -t huyang-cold.XXXXXX); trap 'rm -rf "$work"; [[ -n ${xv:-} ]] && kill $xv 2>/dev/null' EXIT
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
med() { printf '%s\n' "$@" | grep -E '^[0-9]+$' | sort -n | awk '{a[NR]=$1} END{if(NR) print a[int((NR+1)/2)]; else print "NA"}'; }
ratio() { [[ $1 =~ ^[0-9]+$ && $2 =~ ^[0-9]+$ && $2 -gt 0 ]] && awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2f", a/b}' || echo NA; }
declare -A RESULT
report() { RESULT[$1]="$2"; echo "== $1: $2"; }

H2=$(ls target/lib/h2-*.jar | head -1)
javac -cp "$H2" -d "$work/cls" bench/floor/H2Floor.java || exit 2
h2floor() { java -cp "$H2:$work/cls" floor.H2Floor "$work" >/dev/null 2>&1; }

demo_folder() { # $1 folder, $2 counselors: a demo folder with its administrator, the day's first start done
  java -jar $JAR --data-dir "$1" --user admin demo --counselors "$2" --seed 1 >/dev/null 2>&1 || { echo "demo failed"; exit 3; }
  java -jar $JAR --data-dir "$1" --user admin check >/dev/null 2>&1
  office_ready "$1"
}

check_vs_floor() { # $1 label, $2 folder
  local f=() a=() s
  h2floor
  for i in $(seq 1 "$N"); do
    s=$(date +%s%N); h2floor; f+=($(ms_since $s))
    s=$(date +%s%N); java -jar $JAR --data-dir "$2" --user admin check >/dev/null 2>&1; a+=($(ms_since $s))
    echo "  round $i: floor=${f[-1]}ms $1=${a[-1]}ms"
  done
  local mf ma; mf=$(med "${f[@]}"); ma=$(med "${a[@]}")
  report "$1" "floor ${mf} ms, huyang ${ma} ms, ratio $(ratio "$ma" "$mf")"
}

for part in $PARTS; do
  case $part in
  check)
    mkdir -p "$work/empty"
    java -jar $JAR --data-dir "$work/empty" init --admin admin >/dev/null 2>&1 || { echo "init failed"; exit 3; }
    java -jar $JAR --data-dir "$work/empty" --user admin check >/dev/null 2>&1
    check_vs_floor check "$work/empty" ;;
  image)
    IMG=target/installer/Huyang/bin/Huyang
    [[ -x $IMG ]] || { echo "no app-image: image skipped (installer/build.sh app-image --skip-package)"; continue; }
    [[ -f target/installer/Huyang/lib/app/huyang.jsa ]] || echo "  (the app-image has no class-data archive)"
    mkdir -p "$work/empty-img"
    java -jar $JAR --data-dir "$work/empty-img" init --admin admin >/dev/null 2>&1 || { echo "init failed"; exit 3; }
    $IMG --data-dir "$work/empty-img" --user admin check >/dev/null 2>&1
    f=(); j=(); a=()
    for i in $(seq 1 "$N"); do
      s=$(date +%s%N); h2floor; f+=($(ms_since $s))
      s=$(date +%s%N); java -jar $JAR --data-dir "$work/empty-img" --user admin check >/dev/null 2>&1; j+=($(ms_since $s))
      s=$(date +%s%N); $IMG --data-dir "$work/empty-img" --user admin check >/dev/null 2>&1; a+=($(ms_since $s))
      echo "  round $i: floor=${f[-1]}ms jar=${j[-1]}ms image=${a[-1]}ms"
    done
    mf=$(med "${f[@]}"); mj=$(med "${j[@]}"); ma=$(med "${a[@]}")
    report image "floor ${mf} ms, java -jar ${mj} ms, app-image ${ma} ms: ratio $(ratio "$ma" "$mf"), $(ratio "$ma" "$mj") of java -jar" ;;
  check10k)
    [[ -d $work/d10k ]] || demo_folder "$work/d10k" 10000
    check_vs_floor check10k "$work/d10k" ;;
  demo)
    s=$(date +%s%N); java -jar $JAR --data-dir "$work/demo-timed" --user admin demo --counselors 10000 --seed 1 >/dev/null 2>&1
    report demo "$(ms_since $s) ms (target 30,000 ms)"; rm -rf "$work/demo-timed" ;;
  import)
    command -v soffice >/dev/null || { echo "installing LibreOffice (libreoffice-calc-nogui) for the floor";
      apt-get install -y -q libreoffice-calc-nogui >/dev/null 2>&1 || sudo apt-get install -y -q libreoffice-calc-nogui >/dev/null 2>&1; }
    command -v soffice >/dev/null || { echo "no LibreOffice: import skipped"; continue; }
    [[ -d $work/d10k ]] || demo_folder "$work/d10k" 10000
    as_office "$work/d10k" export roster "$work/roster.xlsx" --full-id >/dev/null 2>&1 \
      || { echo "export failed"; exit 3; }
    soffice --headless --convert-to csv --outdir "$work/csv" "$work/roster.xlsx" >/dev/null 2>&1   # its first start
    f=(); a=()
    for i in $(seq 1 "$N"); do
      rm -rf "$work/csv"; s=$(date +%s%N)
      soffice --headless --convert-to csv --outdir "$work/csv" "$work/roster.xlsx" >/dev/null 2>&1; f+=($(ms_since $s))
      rm -rf "$work/imp"; java -jar $JAR --data-dir "$work/imp" init --admin admin >/dev/null 2>&1; office_ready "$work/imp"
      s=$(date +%s%N); as_office "$work/imp" import roster "$work/roster.xlsx" --create-departments >/dev/null 2>&1
      a+=($(ms_since $s))
      echo "  round $i: libreoffice=${f[-1]}ms import=${a[-1]}ms"
    done
    mf=$(med "${f[@]}"); ma=$(med "${a[@]}")
    report import "libreoffice ${mf} ms, huyang ${ma} ms, ratio $(ratio "$ma" "$mf")" ;;
  window)
    FX=$(ls target/lib/javafx-*-linux.jar 2>/dev/null | tr '\n' ':')
    [[ -n $FX ]] || { echo "no JavaFX jars in target/lib: window skipped"; continue; }
    command -v Xvfb >/dev/null && command -v xdotool >/dev/null || { echo "no Xvfb/xdotool: window skipped"; continue; }
    javac --module-path "$FX" --add-modules javafx.controls -d "$work/fx" bench/floor/Bare.java || exit 2
    [[ -d $work/d10k ]] || demo_folder "$work/d10k" 10000
    mkdir -p "$work/xdg"; ln -sfn "$work/d10k" "$work/xdg/huyang"
    disp=:$((90 + RANDOM % 9)); Xvfb $disp -screen 0 1366x768x24 >/dev/null 2>&1 & xv=$!; sleep 1
    wait_window() { # $1 pid, $2 window name, $3 start: ms until a visible window of that name exists
      for _ in $(seq 1 3000); do
        DISPLAY=$disp xdotool search --onlyvisible --name "$2" >/dev/null 2>&1 && { ms_since "$3"; return 0; }
        kill -0 "$1" 2>/dev/null || { echo exited; return 1; }
        sleep 0.01
      done; echo timeout; return 1; }
    # the program's own start-up probe (JAVA_TOOL_OPTIONS, as a double-click cannot give options) prints when
    # the first tab (概览) has loaded and the JavaFX thread's longest wait meanwhile, then quits
    probe_line() { local l; while IFS= read -r l; do [[ $l == *roster-loaded-ms=* ]] && { echo "$l"; return 0; }; done < "$1"; return 1; }
    wait_loaded() { # $1 pid, $2 probe output, $3 start: "ms-until-loaded stall-ms" (read without a process: a
      local l                                        # poller that forks every 10 ms slows a 2-core machine)
      for _ in $(seq 1 1500); do
        l=$(probe_line "$2") && { local t; t=$(ms_since "$3"); l=${l##*fx-longest-stall-ms=}; echo "$t ${l%% *}"; return 0; }
        kill -0 "$1" 2>/dev/null || { echo "exited NA"; return 1; }
        sleep 0.04
      done; echo "timeout NA"; return 1; }
    launch() { # $1 label, then the command: "window-ms loaded-ms stall-ms"
      local s w l p out="$work/probe-$1.txt"; rm -f "$out"
      s=$(date +%s%N); XDG_DATA_HOME="$work/xdg" DISPLAY=$disp JAVA_TOOL_OPTIONS=-Dhuyang.startupProbe=true "${@:2}" >"$out" 2>&1 & p=$!
      w=$(wait_window $p "胡杨" $s); l=$(wait_loaded $p "$out" $s); kill $p 2>/dev/null; wait $p 2>/dev/null
      echo "$w $l"; }
    b=(); a=(); c=(); al=(); cl=(); as=(); cs=(); IMG=target/installer/Huyang/bin/Huyang
    for i in $(seq 1 "$N"); do
      s=$(date +%s%N); DISPLAY=$disp java --module-path "$FX" --add-modules javafx.controls -cp "$work/fx" floor.Bare >/dev/null 2>&1 & p=$!
      b+=($(wait_window $p floor $s)); kill $p 2>/dev/null; wait $p 2>/dev/null
      # as a double-click starts it: no arguments, the folder where the program looks by itself
      read -r w l st < <(launch jar java -jar $JAR); a+=("$w"); al+=("$l"); as+=("$st")
      if [[ -x $IMG ]]; then # the installed program's launcher, with its class-data archive
        read -r w l st < <(launch image $IMG); c+=("$w"); cl+=("$l"); cs+=("$st")
      fi
      echo "  round $i: bare=${b[-1]}ms window=${a[-1]}ms loaded=${al[-1]}ms stall=${as[-1]}ms${c:+ app-image=${c[-1]}ms loaded=${cl[-1]}ms stall=${cs[-1]}ms}"
    done
    kill $xv 2>/dev/null; xv=
    mb=$(med "${b[@]}"); ma=$(med "${a[@]}")
    report window "bare JavaFX ${mb} ms, huyang ${ma} ms, ratio $(ratio "$ma" "$mb")"
    ml=$(med "${al[@]}"); report loaded "bare JavaFX ${mb} ms, first tab loaded ${ml} ms, ratio $(ratio "$ml" "$mb"); JavaFX thread's longest wait $(med "${as[@]}") ms (median)"
    if [[ ${#c[@]} -gt 0 ]]; then mc=$(med "${c[@]}"); report window-image "bare JavaFX ${mb} ms, app-image ${mc} ms, ratio $(ratio "$mc" "$mb")"
      ml=$(med "${cl[@]}"); report loaded-image "bare JavaFX ${mb} ms, first tab loaded ${ml} ms, ratio $(ratio "$ml" "$mb"); JavaFX thread's longest wait $(med "${cs[@]}") ms (median)"; fi ;;
  *) echo "unknown part $part" ;;
  esac
done
echo; echo "medians of $N rounds, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg):"
for k in "${!RESULT[@]}"; do printf '  %-9s %s\n' "$k" "${RESULT[$k]}"; done
