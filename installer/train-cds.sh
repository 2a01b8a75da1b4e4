#!/bin/sh
# Builds Huyang's application class-data archive (AppCDS) where the program is installed, so that the
# JVM maps the classes of the program and its libraries instead of loading and verifying them at each
# start (a `check` starts about a third sooner). JDK 17 accepts the archive only at the path and with
# the class path it was made with, so it is made in place: by installer/build.sh for the app-image and
# by the .deb's post-install step under /opt/huyang. Never fails the caller: without an archive the
# program starts as before (the launcher's -Xshare:auto ignores a missing or unusable archive).
#
#   <app-image>/lib/train-cds.sh            (e.g. /opt/huyang/lib/train-cds.sh)
#
# The training run sets up a throw-away data folder (init) and runs `check` on it as its administrator;
# -Dhuyang.cdsTraining=true then has it load the window's classes too (cn.huyang.ClassDataTraining).
ROOT=$(cd "$(dirname "$0")/.." && pwd)
APP="$ROOT/lib/app"
JAVA="$ROOT/lib/runtime/bin/java"
CFG=$(ls "$APP"/*.cfg 2>/dev/null | head -1)
[ -x "$JAVA" ] && [ -n "$CFG" ] || { echo "train-cds: no runtime or launcher configuration under $ROOT" >&2; exit 0; }

CP=$(sed -n 's/^app\.classpath=//p' "$CFG" | sed "s#\$APPDIR#$APP#g" | paste -sd: -)
MAIN=$(sed -n 's/^app\.mainclass=//p' "$CFG")
OPTS=$(sed -n 's/^java-options=//p' "$CFG" | grep -v -e SharedArchiveFile -e '^-Xlog' | tr '\n' ' ')
ARCHIVE="$APP/huyang.jsa"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
rm -f "$ARCHIVE"
run() { # shellcheck disable=SC2086
  HOME="$WORK" XDG_DATA_HOME="$WORK" "$JAVA" $OPTS "$@"; }
export HUYANG_PASSWORD="Train-$$-$(date +%s%N)"
if run -cp "$CP" "$MAIN" --data-dir "$WORK/data" init --admin admin --recovery-key-out "$WORK/key.txt" >"$WORK/out.txt" 2>&1 \
   && run -XX:ArchiveClassesAtExit="$ARCHIVE" -Xlog:cds=off,cds+dynamic=off -Dhuyang.cdsTraining=true -cp "$CP" "$MAIN" \
        --data-dir "$WORK/data" --user admin check >>"$WORK/out.txt" 2>&1 \
   && [ -s "$ARCHIVE" ]; then
  chmod 644 "$ARCHIVE"
  echo "train-cds: $ARCHIVE ($(du -h "$ARCHIVE" | cut -f1))"
else
  rm -f "$ARCHIVE"
  echo "train-cds: no archive made; the program starts without it" >&2
  sed 's/^/    /' "$WORK/out.txt" >&2
fi
exit 0
