# Builds the per-user Windows installer of Huyang (胡杨): an MSI that needs no administrator rights.
#
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 [-Name 胡杨] [-SkipPackage]
#
# Prerequisites on the Windows build machine (see installer\README.md):
#   * JDK 17 or later (full JDK: jdeps, jlink, jpackage), JAVA_HOME set or on the PATH
#   * WiX Toolset 3.11 or later (candle.exe and light.exe on the PATH) — jpackage calls it for the MSI
# Output: target\installer\<Name>-<version>.msi
param(
    # The product name: Start-menu entry, desktop shortcut, Programs and Features, install folder.
    # If the WiX step fails on the Chinese name on an older JDK, use -Name Huyang.
    [string]$Name = "胡杨",
    [switch]$SkipPackage
)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

# Fixed for ever: lets a new version's MSI replace the installed one (never change it).
$UpgradeUuid = "12939272-ed39-4192-b362-8138b2d9835d"

function Tool($n) {
    if ($env:JAVA_HOME -and (Test-Path "$env:JAVA_HOME\bin\$n.exe")) { return "$env:JAVA_HOME\bin\$n.exe" }
    return (Get-Command $n -ErrorAction Stop).Source
}
$jdeps = Tool jdeps; $jlink = Tool jlink; $jpackage = Tool jpackage

# Version from the pom: 0.1.0-SNAPSHOT -> 0.1.0 (an MSI wants numbers only).
[xml]$pom = Get-Content pom.xml -Encoding UTF8
$pomVersion = $pom.project.version
$appVersion = [regex]::Match($pomVersion, '^\d+(\.\d+){0,2}').Value
Write-Host "==> Huyang $pomVersion (MSI version $appVersion), product name $Name"

if (-not $SkipPackage -or -not (Test-Path target\huyang.jar)) {
    & .\mvnw.cmd -B -q -ntp -DskipTests package
    if ($LASTEXITCODE -ne 0) { throw "mvnw package failed" }
}

$out = "target\installer"
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input\lib" | Out-Null
Copy-Item target\huyang.jar "$out\input\"
Copy-Item target\lib\*.jar "$out\input\lib\"   # on Windows these are the javafx-*-win jars

$modules = (& $jdeps --print-module-deps --ignore-missing-deps --multi-release 17 `
        --class-path "$out\input\lib\*" "$out\input\huyang.jar").Trim()
$modules = "$modules,jdk.localedata,jdk.charsets,jdk.zipfs"
# X25519/Ed25519 come from the SunEC provider (a service jdeps cannot see): jdk.crypto.ec up to JDK 21
$java = Tool java
if ((& $java --list-modules) -match '^jdk\.crypto\.ec@') { $modules = "$modules,jdk.crypto.ec" }
Write-Host "==> jlink $modules"
& $jlink --add-modules $modules --include-locales=en,zh --strip-debug --no-header-files --no-man-pages `
    --compress=2 --generate-cds-archive --output "$out\runtime"
if ($LASTEXITCODE -ne 0) { throw "jlink failed" }

Write-Host "==> jpackage msi"
# -J-Duser.language=zh: jpackage then uses its zh_CN WiX strings and code page 936, which the
# Chinese product name needs (JDK-8232621, fixed in JDK 16).
& $jpackage -J-Duser.language=zh -J-Duser.country=CN `
    --type msi --name $Name --app-version $appVersion --vendor "Huyang" `
    --description "胡杨 · 辅导员队伍管理" --copyright "Apache-2.0" `
    --input "$out\input" --main-jar huyang.jar --main-class cn.huyang.Launcher `
    --runtime-image "$out\runtime" --icon installer\huyang.ico `
    --java-options "-Dfile.encoding=UTF-8 -Xmx1g -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true" `
    --win-per-user-install --win-dir-chooser --win-menu --win-menu-group $Name --win-shortcut `
    --win-upgrade-uuid $UpgradeUuid --license-file LICENSE `
    --add-launcher huyang-cli=installer\windows-cli.properties --dest $out
if ($LASTEXITCODE -ne 0) { throw "jpackage failed" }
Get-ChildItem "$out\*.msi" | Format-Table Name, Length
