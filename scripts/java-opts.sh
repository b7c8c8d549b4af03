# Sourced: the Java options each service runs with under ./bakery and in the benchmarks; JAVA_OPTS replaces them.
# The serial collector and small, fixed limits keep a service's JVM near 200 MB (the five together near 1 GB) on
# machines with few cores; figures in docs/benchmarks.md.
java_opts() { # SERVICE
  if [ -n "${JAVA_OPTS:-}" ]; then echo "$JAVA_OPTS"; return; fi
  local heap=128m
  [ "$1" = classifier ] && heap=192m # decodes photos of up to MAX_IMAGE_PIXELS and trains models
  echo "-XX:+UseSerialGC -Xms32m -Xmx$heap -Xss512k -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=48m" \
    "-XX:+ExitOnOutOfMemoryError ${BAKERY_JAVA_OPTS:-}"
}
