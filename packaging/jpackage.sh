#!/usr/bin/env bash
# Builds Specgraph's app image with jpackage, and an installer of TYPE (deb here; dmg/msi on their OS; none).
# Called by `mvn -Ppackage package` (pom.xml): DIR holds lib/ (the app's jars) and fx/ (JavaFX's modular jars).
# usage: jpackage.sh DIR APP_JAR VERSION MODULES [TYPE]
set -euo pipefail
dir=$1 jar=$2 version=$3 modules=$4 type=${5:-none}
here=$(cd "$(dirname "$0")" && pwd)
# the JDK Maven runs on (pom.xml passes JAVA_BIN), else the PATH's
bin=${JAVA_BIN:-$(dirname "$(command -v jpackage || command -v java)")}
jpackage() { "$bin/jpackage" "$@"; }
cp "$jar" "$dir/lib/specgraph.jar"
rm -rf "$dir/out" "$dir/icons"
# The icon's PNG/.ico/.icns, drawn by the app's own code on JavaFX's headless screen (icons/README.md).
"$bin/java" -cp "$dir/lib/*:$dir/fx/*" io.specgraph.app.IconFiles "$dir/icons"
case "$type" in
  dmg|pkg) icon="$dir/icons/specgraph.icns" ;;
  msi|exe) icon="$dir/icons/specgraph.ico" ;;
  *) icon="$dir/icons/specgraph.png" ;;
esac
# A jlinked runtime with JavaFX on the module path (no "unsupported JavaFX configuration"), only the modules used,
# the JDK's class-data archive, and C1 only (docs/decisions/0010): no JDK needed on the machine.
jpackage --type app-image --name specgraph --app-version "$version" --vendor Specgraph \
  --description "The cross-repo spec graph" --icon "$icon" \
  --input "$dir/lib" --main-jar specgraph.jar --main-class io.specgraph.app.Main \
  --module-path "$dir/fx" --add-modules "$modules" \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --generate-cds-archive" \
  --java-options "-XX:TieredStopAtLevel=1" \
  --dest "$dir/out"
echo "app image: $dir/out/specgraph ($(du -sh "$dir/out/specgraph" | cut -f1))"
case "$type" in
  deb)
    if ! command -v dpkg-deb >/dev/null || ! command -v fakeroot >/dev/null; then
      echo "no dpkg-deb/fakeroot: skipping the .deb" >&2
      exit 0
    fi
    jpackage --type deb --app-image "$dir/out/specgraph" --name specgraph --app-version "$version" \
      --vendor Specgraph --description "The cross-repo spec graph: read, check, draw and edit spec-driven repos" \
      --icon "$icon" --file-associations "$here/workspace.properties" --resource-dir "$here/linux" \
      --linux-shortcut --linux-menu-group Development --linux-app-category devel --linux-package-deps libgtk-3-0 \
      --license-file "$here/../LICENSE" --dest "$dir/out"
    ls -la "$dir"/out/*.deb
    ;;
  dmg|pkg|msi|exe)
    jpackage --type "$type" --app-image "$dir/out/specgraph" --name specgraph --app-version "$version" \
      --vendor Specgraph --icon "$icon" --file-associations "$here/workspace.properties" --license-file "$here/../LICENSE" --dest "$dir/out"
    ;;
  none) ;;
  *) echo "unknown installer type $type" >&2; exit 2 ;;
esac
