#!/usr/bin/env bash
# Benchmark of the classifier's local model, on this machine: trains on two emoji styles and measures on the
# third (each style held out in turn), prints top-1/top-3 accuracy, training time, inference p50/p99 per image
# and the model's size. Needs no database: it runs the model's code directly.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

if [ ! -d classifier-service/target/test-classes/com/bakery/classifier/model ]; then
  say "compiling classifier-service (classes and test classes)"
  mvn -B -q -pl classifier-service -am test-compile -DskipTests
fi
java ${JAVA_OPTS:-} -cp classifier-service/target/classes:classifier-service/target/test-classes \
  com.bakery.classifier.model.ModelBenchmark
