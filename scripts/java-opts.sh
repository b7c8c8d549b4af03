# Sourced: the Java options each service runs with under ./bakery and in the benchmarks; JAVA_OPTS replaces them,
# BAKERY_JAVA_OPTS adds to them. Measured (docs/benchmarks.md): the four services hold 185-215 MB each after the
# bakery day (250-270 MB with heap limits alone); the gateway, left to the JVM's defaults, grows to ~870 MB after
# the checkout benchmark: a heap for it that keeps its throughput is still to be found.
# - for the four services: the serial collector and small heaps that give memory back after a collection;
# - the gateway, on every request's path, keeps the JVM's defaults: with the serial collector its proxied
#   requests/s fell by a third, and with a small G1 heap by half (docs/benchmarks.md);
# - one Netty arena and capped direct memory (Netty otherwise reserves arenas per core);
# - the four services compile with C1 only: a third less memory for code and compiler threads, at some cost in peak
#   speed;
# - glibc's malloc limited to two arenas (it otherwise keeps one per thread, tens of MB each).
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

java_opts() { # SERVICE
  if [ -n "${JAVA_OPTS:-}" ]; then echo "$JAVA_OPTS"; return; fi
  if [ "$1" = gateway ]; then
    echo "-XX:+ExitOnOutOfMemoryError ${BAKERY_JAVA_OPTS:-}"
    return
  fi
  local heap=128m
  [ "$1" = classifier ] && heap=192m # decodes photos of up to MAX_IMAGE_PIXELS and trains models
  echo "-XX:+UseSerialGC -Xms32m -Xmx$heap -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -Xss512k" \
    "-XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=48m -XX:MaxDirectMemorySize=64m" \
    "-XX:TieredStopAtLevel=1 -Dio.netty.allocator.numDirectArenas=1 -Dio.netty.allocator.numHeapArenas=1" \
    "-XX:+ExitOnOutOfMemoryError ${BAKERY_JAVA_OPTS:-}"
}
