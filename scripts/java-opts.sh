# Sourced: the Java options each service runs with under ./bakery and in the benchmarks; JAVA_OPTS replaces them,
# BAKERY_JAVA_OPTS adds to them. Measured in docs/benchmarks.md: with these, the five JVMs hold about 1 GB together
# after the bakery day (1.34 GB with the heap limits alone).
# - small heaps that give memory back after a collection (free ratio 10-20 %); the serial collector for the four
#   services, G1 for the gateway (with the serial one its proxied requests/s fell by a third);
# - one Netty arena and capped direct memory (Netty otherwise reserves arenas per core);
# - the four services compile with C1 only: a third less memory for code and compiler threads, at some cost in peak
#   speed; the gateway, on every request's path, keeps the optimising compiler;
# - glibc's malloc limited to two arenas (it otherwise keeps one per thread, tens of MB each).
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

java_opts() { # SERVICE
  if [ -n "${JAVA_OPTS:-}" ]; then echo "$JAVA_OPTS"; return; fi
  local heap=128m opts
  [ "$1" = classifier ] && heap=192m # decodes photos of up to MAX_IMAGE_PIXELS and trains models
  [ "$1" = gateway ] && heap=192m
  opts="-Xms32m -Xmx$heap -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -Xss512k"
  opts+=" -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=48m -XX:MaxDirectMemorySize=64m"
  opts+=" -XX:+ExitOnOutOfMemoryError"
  if [ "$1" != gateway ]; then
    opts+=" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Dio.netty.allocator.numDirectArenas=1 -Dio.netty.allocator.numHeapArenas=1"
  fi
  echo "$opts ${BAKERY_JAVA_OPTS:-}"
}
