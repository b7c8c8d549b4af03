# Sourced: the Java options each service runs with under ./bakery and in the benchmarks; JAVA_OPTS replaces them,
# BAKERY_JAVA_OPTS adds to them. Measured (docs/benchmarks.md): the four services hold 191-199 MB each after the
# bakery day (250-270 MB with heap limits alone).
# - for the four services: the serial collector and small heaps that give memory back after a collection;
# - the gateway, on every request's path: the parallel collector and a 96 MB heap: room for its two password
#   derivations at once (19 MiB each, PASSWORD_HASHING_CONCURRENCY) beside what it keeps; at 64 MB the bakery day's
#   sign-ins took it down. Measured here with wrk (32 connections, JWT + rate limit + audit), two runs each: a 192 MB
#   heap 8,505-8,911 requests/s and 310-323 MB RSS; 64 MB and trimming (below) 8,416-8,574 and 253-254 MB; the
#   serial collector at 64 MB 7,704-8,950 and 246-248 MB. The JVM's defaults grew to ~870 MB after the checkout
#   benchmark. The rest is not heap: ~100 MB of class metadata (mapped from the class archive, or in metaspace
#   without it), 24 MB of compiled code (NMT);
# - one Netty arena and capped direct memory (Netty otherwise reserves arenas per core);
# - the four services compile with C1 only: a third less memory for code and compiler threads, at some cost in peak
#   speed;
# - glibc's malloc limited to two arenas (it otherwise keeps one per thread, tens of MB each), and what the JIT
#   compilers and Netty free given back to the system every 5 s (without it glibc keeps it: 25 MB of the gateway's
#   RSS after load here);
# - with the service's jar given, class data sharing (see class_archive).
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# TrimNativeHeapInterval is experimental in JDK 17 (from 17.0.9): left out by a java that does not know it
TRIM_NATIVE_HEAP="-XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000"
java $TRIM_NATIVE_HEAP -version >/dev/null 2>&1 || TRIM_NATIVE_HEAP=

java_opts() { # SERVICE [JAR]
  if [ -n "${JAVA_OPTS:-}" ]; then echo "$JAVA_OPTS"; return; fi
  if [ -n "${2:-}" ]; then class_archive "$2"; fi
  if [ "$1" = gateway ]; then
    echo "-XX:+UseParallelGC -Xmx96m $TRIM_NATIVE_HEAP" \
      "-Dio.netty.allocator.numDirectArenas=1 -Dio.netty.allocator.numHeapArenas=1" \
      "-XX:+ExitOnOutOfMemoryError ${BAKERY_JAVA_OPTS:-}"
    return
  fi
  local heap=128m
  [ "$1" = classifier ] && heap=192m # decodes photos of up to MAX_IMAGE_PIXELS and trains models
  echo "-XX:+UseSerialGC -Xms32m -Xmx$heap -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 -Xss512k" \
    "-XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=48m -XX:MaxDirectMemorySize=64m" \
    "-XX:TieredStopAtLevel=1 -Dio.netty.allocator.numDirectArenas=1 -Dio.netty.allocator.numHeapArenas=1" \
    "$TRIM_NATIVE_HEAP -XX:+ExitOnOutOfMemoryError ${BAKERY_JAVA_OPTS:-}"
}

# Class data sharing (AppCDS): the classes a service loaded in its last run are mapped from an archive instead of
# being read and verified again, about a second less from launch to first answer here (3.6 s to 2.6 s for
# inventory, 6.1 s to 5.0 s for the gateway). A run without a current archive writes one when it ends (SIGTERM,
# as ./bakery down stops it); an archive older than any of the service's jars is replaced. BAKERY_CDS=off skips it.
# The jars are packaged as aot-jar (pom.xml), so the application's own classes are in the archive as well.
# The archive holds only what the JDK's own archive lacks, and the JVM ignores it, silently, once that one has
# changed (a JDK update, or java -Xshare:dump): it is made again then too.
class_archive() { # JAR
  local dir archive base
  [ "${BAKERY_CDS:-on}" = off ] && return
  dir=$(dirname "$1")
  archive="$dir/app-cds.jsa"
  base="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")/lib/server/classes.jsa"
  if [ -f "$archive" ] && [ -z "$(find "$dir" -name '*.jar' -newer "$archive" | head -1)" ] && \
    ! [ "$base" -nt "$archive" ]; then
    echo "-XX:SharedArchiveFile=$archive"
  else
    rm -f "$archive"
    echo "-XX:ArchiveClassesAtExit=$archive"
  fi
}
