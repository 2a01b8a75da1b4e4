#!/usr/bin/env bash
# Builds the Linux installers of Huyang with jlink + jpackage (JDK 17+).
#
#   installer/build.sh [app-image|deb|all] [--smoke] [--skip-package]
#
#   app-image       target/installer/Huyang/ — the program with its own trimmed Java runtime
#   deb             target/installer/huyang_<version>_<arch>.deb, built from the app-image
#   all (default)   both
#   --smoke         then run the packaged program's `check` on a fresh data folder (exit non-zero on failure)
#   --skip-package  use target/huyang.jar and target/lib/ as they are (Maven has just built them)
#
# Without jpackage/jlink/jdeps on the PATH (a JRE, or a JDK without jdk.jpackage) it says so and
# exits 0: the installers are optional for a test run. See installer/README.md.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
WHAT=all
SMOKE=false
SKIP_PACKAGE=false
for arg in "$@"; do
  case "$arg" in
    app-image|deb|all) WHAT=$arg ;;
    --smoke) SMOKE=true ;;
    --skip-package) SKIP_PACKAGE=true ;;
    *) echo "unknown argument: $arg" >&2; exit 2 ;;
  esac
done

tool() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$1" ]; then echo "$JAVA_HOME/bin/$1"
  elif command -v "$1" >/dev/null 2>&1; then command -v "$1"
  fi
}
JPACKAGE=$(tool jpackage); JLINK=$(tool jlink); JDEPS=$(tool jdeps)
if [ -z "$JPACKAGE" ] || [ -z "$JLINK" ] || [ -z "$JDEPS" ]; then
  echo "==> installer: SKIPPED — jpackage, jlink or jdeps not found (needs a full JDK 17+; set JAVA_HOME)."
  exit 0
fi

# The version comes from the pom (0.1.0-SNAPSHOT → 0.1.0: installers want numbers only).
POM_VERSION=${HUYANG_VERSION:-$(sed -n '0,/<artifactId>huyang<\/artifactId>/d; s:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)}
APP_VERSION=$(echo "$POM_VERSION" | sed -E 's/^([0-9]+(\.[0-9]+){0,2}).*/\1/')
NAME=Huyang
OUT=target/installer
echo "==> installer: Huyang $POM_VERSION (package version $APP_VERSION)"

if [ "$SKIP_PACKAGE" != true ] || [ ! -f target/huyang.jar ]; then
  ./mvnw -B -q -ntp -DskipTests package
fi

rm -rf "$OUT"
mkdir -p "$OUT/input/lib"
cp target/huyang.jar "$OUT/input/"
cp target/lib/*.jar "$OUT/input/lib/"

# The runtime: the JDK modules the jars use (jdeps), plus Chinese locale data and the Windows
# console charsets; the program itself stays on the class path, so Flyway lists db/migration in the jar.
# --generate-cds-archive: the class-data sharing archive a jlinked runtime otherwise lacks (it runs the
# runtime's bin/java, so no --strip-native-commands); the window shows about a third sooner.
echo "==> jdeps"
MODULES=$("$JDEPS" --print-module-deps --ignore-missing-deps --multi-release 17 \
  --class-path "$OUT/input/lib/*" "$OUT/input/huyang.jar")
MODULES="$MODULES,jdk.localedata,jdk.charsets,jdk.zipfs"
# X25519 and Ed25519 (the office's data key, signatures) come from the SunEC provider, which jdeps
# cannot see: it is a service. Up to JDK 21 it lives in jdk.crypto.ec; later JDKs moved it into java.base.
if "$(tool java)" --list-modules | grep -q '^jdk.crypto.ec@'; then MODULES="$MODULES,jdk.crypto.ec"; fi
echo "    $MODULES"
echo "==> jlink"
"$JLINK" --add-modules "$MODULES" --include-locales=en,zh --strip-debug --no-header-files --no-man-pages \
  --compress=2 --generate-cds-archive --output "$OUT/runtime"

COMMON=(--name "$NAME" --app-version "$APP_VERSION" --vendor "Huyang" \
  --description "胡杨 · 辅导员队伍管理 (Counselor team management)" \
  --copyright "Apache-2.0")

echo "==> jpackage app-image"
"$JPACKAGE" --type app-image "${COMMON[@]}" --dest "$OUT" \
  --input "$OUT/input" --main-jar huyang.jar --main-class cn.huyang.Launcher \
  --runtime-image "$OUT/runtime" --icon installer/huyang.png \
  --java-options "-Dfile.encoding=UTF-8 -Xmx1g -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true" \
  --java-options '-XX:SharedArchiveFile=$APPDIR/huyang.jsa -Xlog:cds=off,cds+dynamic=off'
# The application class-data archive (AppCDS) the launcher names: made in place by lib/train-cds.sh,
# here for the app-image after the .deb is built from it, and by the .deb's post-install step under
# /opt/huyang (installer/deb/postinst). Missing or unusable, the JVM starts without it, silently.
cp installer/train-cds.sh "$OUT/$NAME/lib/"
chmod 755 "$OUT/$NAME/lib/train-cds.sh"
echo "    $OUT/$NAME ($(du -sh "$OUT/$NAME" | cut -f1))"

if [ "$WHAT" = deb ] || [ "$WHAT" = all ]; then
  if command -v dpkg-deb >/dev/null 2>&1 && command -v fakeroot >/dev/null 2>&1; then
    echo "==> jpackage deb"
    "$JPACKAGE" --type deb "${COMMON[@]}" --dest "$OUT" --app-image "$OUT/$NAME" \
      --linux-package-name huyang --linux-package-deps libgtk-3-0 --linux-deb-maintainer "huyang@localhost" \
      --linux-menu-group "Office;Education" --linux-app-category office --linux-shortcut \
      --icon installer/huyang.png --license-file LICENSE --resource-dir installer/deb
    ls -la "$OUT"/*.deb
  else
    echo "==> deb: SKIPPED — dpkg-deb and fakeroot are needed (apt-get install dpkg-dev fakeroot)."
  fi
fi

echo "==> class-data archive for the app-image"
"$OUT/$NAME/lib/train-cds.sh"

if [ "$SMOKE" = true ]; then
  echo "==> smoke test: the packaged program sets up a fresh data folder (init) and runs 'check' as its administrator"
  DATA=$(mktemp -d)
  trap 'rm -rf "$DATA"' EXIT
  LOG="$OUT/smoke.txt"
  export HUYANG_PASSWORD="Smoke-Test-$$-pw"
  if ! "$OUT/$NAME/bin/$NAME" --data-dir "$DATA/数据" init --admin admin --recovery-key-out "$DATA/key.txt" >"$LOG" 2>&1 \
     || ! "$OUT/$NAME/bin/$NAME" --data-dir "$DATA/数据" --user admin check >>"$LOG" 2>&1; then
    cat "$LOG"; echo "==> smoke test FAILED" >&2; exit 1
  fi
  unset HUYANG_PASSWORD
  cat "$LOG"
  grep -q "条合规提示" "$LOG" || { echo "==> smoke test FAILED: no summary line" >&2; exit 1; }
  test -f "$DATA/数据/huyang.mv.db" || { echo "==> smoke test FAILED: no database created" >&2; exit 1; }
  test -f "$DATA/数据/keyring.json" || { echo "==> smoke test FAILED: no key ring created" >&2; exit 1; }
  test -s "$OUT/$NAME/lib/app/huyang.jsa" || { echo "==> smoke test FAILED: no class-data archive (lib/train-cds.sh)" >&2; exit 1; }
  JAVA_TOOL_OPTIONS=-Xlog:class+load=info "$OUT/$NAME/bin/$NAME" --version 2>&1 \
    | grep -q "cn.huyang.Launcher source: shared objects file (top)" \
    || { echo "==> smoke test FAILED: the launcher does not use the class-data archive" >&2; exit 1; }
  "$OUT/$NAME/bin/$NAME" --version
  echo "==> smoke test passed"
fi
