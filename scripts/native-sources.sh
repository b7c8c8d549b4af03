#!/usr/bin/env bash
# Runs every service's native build as far as it goes without GraalVM/Mandrel: Quarkus' native build steps
# (reflection registration, build-time initialisation checks, resources) and the native-image arguments, into
# <service>/target/native-sources. Where Mandrel is installed, `mvn -Pnative verify` builds and tests the
# executables (the GitHub pipeline does). Overwrites the services' packaged jars: build them again afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

services=$(suite_modules | paste -sd,)
# -am: the shared modules (common, test-support) are built in the same reactor, not looked up in ~/.m2, where
# nothing installs them (a fresh machine's CI failed here)
mvn -B package -pl "$services" -am -Pnative -Dquarkus.native.sources-only=true -DskipTests
for s in ${services//,/ }; do
  [ -f "$s/target/native-sources/native-image.args" ] || die "$s: no native-image.args was written"
done
say "native build steps ran through for every service (target/native-sources)"
