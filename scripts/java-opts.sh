# Sourced: the Java options each service runs with under ./bakery and in the benchmarks; JAVA_OPTS replaces them,
# BAKERY_JAVA_OPTS adds to them. Measured (docs/benchmarks.md): the four services hold 194-201 MB each after the
# bakery day on JDK 25 (191-199 MB on JDK 17, whose class archive maps ~20 MB less; 250-270 MB with heap limits
# alone).
# - the serial collector, heaps that start small and give memory back after a collection (Min/MaxHeapFreeRatio);
# - the gateway: a heap of up to 96 MB, room for its two password derivations at once (19 MiB each,
#   PASSWORD_HASHING_CONCURRENCY) beside what it keeps; at 64 MB the bakery day's sign-ins took it down. With the
#   parallel collector the whole 96 MB stayed resident (282 MB RSS after the day on JDK 25); with this one 51 MB (256
#   MB) at the same requests/s (9,853 vs 10,023 with wrk, 32 connections, JWT + rate limit + audit). Without Hibernate
#   ORM (plain JDBC, agent-gateway's db/Database) it loads 12,600 classes instead of 18,300: 189-213 MB after the day
#   (three runs).
#   The JVM's defaults grew to ~870 MB after the checkout benchmark. The rest is not heap: class metadata (the AOT
#   cache: 82 MB for the gateway, ~120 MB for a service), compiled code, glibc's malloc;
# - the four services: heaps of up to 128 MB (the classifier 192 MB), a young generation of 8 MB;
# - one Netty arena and capped direct memory (Netty otherwise reserves arenas per core);
# - the four services compile with C1 only: a third less memory for code and compiler threads, at some cost in peak
#   speed;
# - glibc's malloc limited to two arenas (it otherwise keeps one per thread, tens of MB each), and what the JIT
#   compilers and Netty free given back to the system every 5 s (without it glibc keeps it: 25 MB of the gateway's
#   RSS after load here);
# - with the service's jar given, class data sharing (see class_archive).
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}

# The JDK the services run on: BAKERY_JAVA_HOME, else the newest JDK 25 or newer under /usr/lib/jvm (its AOT cache
# starts a service in a little over half the time of JDK 17's class archive, see class_archive), else java on the PATH.
jdk_version() { # JAVA_HOME: prints the feature and update numbers of its release file, e.g. "25 3"
  sed -n 's/^JAVA_VERSION="\([0-9]*\)\.*[0-9]*\.*\([0-9]*\).*/\1 \2/p' "$1/release" 2>/dev/null
}
service_java_home() {
  local home best= best_version=24 version
  if [ -n "${BAKERY_JAVA_HOME:-}" ]; then echo "$BAKERY_JAVA_HOME"; return; fi
  for home in /usr/lib/jvm/*/; do
    home=${home%/}
    [ -x "$home/bin/java" ] && [ ! -L "$home" ] || continue
    read -r version _ <<<"$(jdk_version "$home")"
    if [ "${version:-0}" -gt "$best_version" ]; then best=$home best_version=$version; fi
  done
  if [ -n "$best" ]; then echo "$best"; return; fi
  if command -v java >/dev/null; then dirname "$(dirname "$(readlink -f "$(command -v java)")")"; fi
}
SERVICE_JAVA_HOME=$(service_java_home)
SERVICE_JAVA="$SERVICE_JAVA_HOME/bin/java"
read -r SERVICE_JAVA_FEATURE SERVICE_JAVA_UPDATE <<<"$(jdk_version "$SERVICE_JAVA_HOME")"
SERVICE_JAVA_FEATURE=${SERVICE_JAVA_FEATURE:-0} SERVICE_JAVA_UPDATE=${SERVICE_JAVA_UPDATE:-0}
# TrimNativeHeapInterval: experimental in JDK 17 from 17.0.9, a product option from 22 (unlocking it is harmless)
TRIM_NATIVE_HEAP="-XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=5000"
if [ "$SERVICE_JAVA_FEATURE" -lt 17 ] || { [ "$SERVICE_JAVA_FEATURE" -eq 17 ] && [ "$SERVICE_JAVA_UPDATE" -lt 9 ]; }
then TRIM_NATIVE_HEAP=; fi

java_opts() { # SERVICE [JAR]
  if [ -n "${JAVA_OPTS:-}" ]; then echo "$JAVA_OPTS"; return; fi
  if [ -n "${2:-}" ]; then class_archive "$2"; fi
  local common="-XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20 $TRIM_NATIVE_HEAP"
  common+=" -Dio.netty.allocator.numDirectArenas=1 -Dio.netty.allocator.numHeapArenas=1 -XX:+ExitOnOutOfMemoryError"
  if [ "$1" = gateway ]; then
    echo "-Xms16m -Xmx96m $common ${BAKERY_JAVA_OPTS:-}"
    return
  fi
  # a young generation of 8 MB (a third of the heap by default): a few MB less resident, a collection more often
  local heap="-Xmx128m -Xmn8m"
  [ "$1" = classifier ] && heap=-Xmx192m # decodes photos of up to MAX_IMAGE_PIXELS and trains models
  echo "-Xms32m $heap -Xss512k -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=48m -XX:MaxDirectMemorySize=64m" \
    "-XX:TieredStopAtLevel=1 $common ${BAKERY_JAVA_OPTS:-}"
}

# Class data sharing: the classes a service loaded in its last run are mapped from an archive instead of being read
# and verified again. A run without a current archive writes one when it ends (SIGTERM, as ./bakery down stops it;
# that takes 10-20 s per service, once); an archive older than any of the service's jars is replaced.
# - On JDK 25 or newer, the AOT cache (JEP 483, 514, 515): classes loaded and linked ahead, with the method profiles
#   of the last run. Inventory's first answer here: 4.3 s with JDK 17's class archive, 2.4-3.0 s with it.
# - On JDK 17, AppCDS (3.6 s to 2.6 s for inventory on an earlier machine, 7.0 s to 4.3 s on this one).
# The jars are packaged as aot-jar (pom.xml), so the application's own classes are in the archive as well.
# The archive holds only what the JDK's own archive lacks, and the JVM ignores it, silently, once that one has
# changed (a JDK update, or java -Xshare:dump): it is made again then too. BAKERY_CDS=off skips it.
# writes_archive TEXT: whether these Java options (or a process's command line) write a class archive at exit
writes_archive() { [[ "$1" =~ -XX:(AOTCacheOutput|ArchiveClassesAtExit)= ]]; }

class_archive() { # JAR
  local dir archive base use write
  [ "${BAKERY_CDS:-on}" = off ] && return
  dir=$(dirname "$1")
  base="$SERVICE_JAVA_HOME/lib/server/classes.jsa"
  if [ "$SERVICE_JAVA_FEATURE" -ge 25 ]; then archive="$dir/app.aot" use=AOTCache write=AOTCacheOutput
  else archive="$dir/app-cds.jsa" use=SharedArchiveFile write=ArchiveClassesAtExit; fi
  if [ -f "$archive" ] && [ -z "$(find "$dir" -name '*.jar' -newer "$archive" | head -1)" ] && \
    ! [ "$base" -nt "$archive" ]; then
    echo "-XX:$use=$archive"
  else
    rm -f "$archive"
    echo "-XX:$write=$archive"
  fi
}
