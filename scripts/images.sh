#!/usr/bin/env bash
# Builds the five JVM container images with Jib and pushes them to a registry, without a Docker engine:
#   1. a local registry (Debian's docker-registry on 127.0.0.1:5000) unless IMAGE_REGISTRY points elsewhere;
#   2. a Debian-based JRE base image made from Debian packages (debootstrap + umoci, pushed with skopeo), and
#      PostgreSQL and Redis images made the same way (bakery/postgres:15, bakery/redis:7: compose, the dev overlay);
#   3. `mvn package` with Jib for every service (names, tags and labels come from the root pom);
#   4. unless RUN_CHECK=false, runs one image (RUN_SERVICE, default inventory-service) with podman against the
#      local PostgreSQL and Redis in the prod profile: refused with a published password, ready with real ones.
# Usage: scripts/images.sh (the registry it starts keeps running; STOP_REGISTRY=true stops it at the end)
#        IMAGE_REGISTRY=host:port scripts/images.sh (push to another registry; it must accept plain HTTP)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

REGISTRY=${IMAGE_REGISTRY:-localhost:5000}
BASE_IMAGE="$REGISTRY/base/jre17:bookworm"
POSTGRES_IMAGE="$REGISTRY/bakery/postgres:15"
REDIS_IMAGE="$REGISTRY/bakery/redis:7"
RUN_SERVICE=${RUN_SERVICE:-inventory-service} # one of inventory, sales, payments, classifier -service
WORK="$PWD/.images"
mapfile -t SERVICES_MODULES < <(suite_modules)
mkdir -p "$WORK"

# What to undo on exit, whatever happens: the container this script runs, the registry if asked to stop it.
# The database role's password and the Redis user a run check changed are put back.
CONTAINER=""
RESTORE_DB=false
REDIS_USER=""
cleanup() {
  [ -z "$CONTAINER" ] || podman --runtime runc rm -f "$CONTAINER" >/dev/null 2>&1 || true
  [ "$RESTORE_DB" = false ] || scripts/provision-db.sh >/dev/null || true
  [ -z "$REDIS_USER" ] || redis-cli ACL DELUSER "$REDIS_USER" >/dev/null 2>&1 || true
  if [ "${STOP_REGISTRY:-false}" = true ] && [ -f "$WORK/registry.pid" ]; then
    kill "$(cat "$WORK/registry.pid")" 2>/dev/null || true
    rm -f "$WORK/registry.pid"
  fi
}
trap cleanup EXIT

ensure_tools() {
  local missing=()
  for tool in docker-registry:docker-registry skopeo:skopeo umoci:umoci debootstrap:debootstrap podman:podman \
    runc:runc; do
    command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
  done
  [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}" || die "could not install ${missing[*]}"
}

ensure_registry() {
  [ "$REGISTRY" = localhost:5000 ] || return 0
  if port_open 127.0.0.1 5000; then say "registry is running on 127.0.0.1:5000"; return; fi
  cat >"$WORK/registry.yml" <<EOF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $WORK/registry
http:
  addr: 127.0.0.1:5000
EOF
  say "starting a local registry on 127.0.0.1:5000 (storage in $WORK/registry)"
  nohup docker-registry serve "$WORK/registry.yml" >"$WORK/registry.log" 2>&1 &
  echo $! >"$WORK/registry.pid"
  for _ in $(seq 1 40); do port_open 127.0.0.1 5000 && return 0; sleep 0.25; done
  die "the registry did not start: $(tail -5 "$WORK/registry.log")"
}

# A JRE on Debian bookworm, trimmed: no apt lists, docs, man pages or locales; user 1001 owns /work.
ensure_base_image() {
  if skopeo inspect --tls-verify=false "docker://$BASE_IMAGE" >/dev/null 2>&1; then
    say "base image $BASE_IMAGE is in the registry"
    return
  fi
  local rootfs="$WORK/rootfs"
  if [ ! -x "$rootfs/usr/lib/jvm/java-17-openjdk-amd64/bin/java" ]; then
    say "debootstrap: Debian bookworm with openjdk-17-jre-headless (about a minute)"
    rm -rf "$rootfs"
    as_root debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates-java \
      bookworm "$rootfs" http://deb.debian.org/debian >"$WORK/debootstrap.log" 2>&1 ||
      die "debootstrap failed: $(tail -5 "$WORK/debootstrap.log")"
    as_root rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/* "$rootfs"/usr/share/doc/* \
      "$rootfs"/usr/share/man/* "$rootfs"/usr/share/locale/* "$rootfs"/var/log/*
    as_root chroot "$rootfs" sh -c 'groupadd -g 1001 app && useradd -u 1001 -g 1001 -d /work -M -s /usr/sbin/nologin app &&
      mkdir -p /work && chown 1001:1001 /work'
  fi
  pack_image "$rootfs" "$BASE_IMAGE" --config.user 1001 --config.workingdir /work \
    --config.env JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 \
    --config.env PATH=/usr/lib/jvm/java-17-openjdk-amd64/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --config.env LANG=C.UTF-8 \
    --config.label org.opencontainers.image.base.name=debian:bookworm
  say "pushed $BASE_IMAGE"
}

# pack_image ROOTFS IMAGE [umoci config options...]: an OCI image of the root filesystem, pushed to the registry.
pack_image() {
  local rootfs=$1 image=$2 oci="$WORK/oci"
  shift 2
  say "packing $image with umoci"
  rm -rf "$oci" "$WORK/bundle"
  umoci init --layout "$oci"
  umoci new --image "$oci:image"
  # as root, so the layer keeps each file's owner (the datastores' directories belong to their user 999)
  as_root umoci unpack --image "$oci:image" "$WORK/bundle" >/dev/null
  as_root rm -rf "$WORK/bundle/rootfs"
  as_root cp -a "$rootfs" "$WORK/bundle/rootfs"
  as_root umoci repack --image "$oci:image" "$WORK/bundle" >/dev/null
  as_root umoci config --image "$oci:image" "$@"
  as_root rm -rf "$WORK/bundle"
  # as the caller, whose registry login (a pipeline's) skopeo finds
  skopeo copy --dest-tls-verify=false "oci:$oci:image" "docker://$image" >/dev/null
  as_root rm -rf "$oci"
}

# PostgreSQL 15 and Redis 7 from Debian bookworm's packages, for compose and the dev overlay where public images
# cannot be pulled (and where one would rather not): started as the official images are (POSTGRES_PASSWORD,
# POSTGRES_DB, PGDATA; redis-server's arguments), as user 999 like them.
ensure_datastore_images() {
  if skopeo inspect --tls-verify=false "docker://$POSTGRES_IMAGE" >/dev/null 2>&1 &&
    skopeo inspect --tls-verify=false "docker://$REDIS_IMAGE" >/dev/null 2>&1; then
    say "$POSTGRES_IMAGE and $REDIS_IMAGE are in the registry"
    return
  fi
  local rootfs="$WORK/datastores-rootfs"
  if [ ! -x "$rootfs/usr/lib/postgresql/15/bin/postgres" ] || [ ! -x "$rootfs/usr/bin/redis-server" ]; then
    say "debootstrap: Debian bookworm with postgresql-15 and redis-server (about two minutes)"
    as_root rm -rf "$rootfs"
    as_root debootstrap --variant=minbase --include=postgresql-15,redis-server bookworm "$rootfs" \
      http://deb.debian.org/debian >"$WORK/debootstrap-datastores.log" 2>&1 ||
      die "debootstrap failed: $(tail -5 "$WORK/debootstrap-datastores.log")"
    # no cluster of the package's own; the images' user is 999, as in the official images
    as_root chroot "$rootfs" sh -c 'rm -rf /etc/postgresql/15 /var/lib/postgresql/15 &&
      usermod -u 999 postgres && groupmod -g 999 postgres &&
      mkdir -p /var/lib/postgresql/data /var/run/postgresql &&
      chown -R 999:999 /var/lib/postgresql /var/run/postgresql && chmod 700 /var/lib/postgresql/data'
    as_root rm -rf "$rootfs"/var/lib/apt/lists/* "$rootfs"/var/cache/apt/* "$rootfs"/usr/share/doc/* \
      "$rootfs"/usr/share/man/* "$rootfs"/usr/share/locale/* "$rootfs"/var/log/*
  fi
  as_root install -m 755 scripts/images/postgres-entrypoint.sh "$rootfs/usr/local/bin/postgres-entrypoint"
  as_root install -m 755 scripts/images/redis-entrypoint.sh "$rootfs/usr/local/bin/redis-entrypoint"
  pack_image "$rootfs" "$POSTGRES_IMAGE" --config.user 999 --config.workingdir /var/lib/postgresql \
    --config.entrypoint /usr/local/bin/postgres-entrypoint --config.exposedports 5432/tcp \
    --config.env PATH=/usr/lib/postgresql/15/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    --config.env PGDATA=/var/lib/postgresql/data --config.env LANG=C.UTF-8 \
    --config.label org.opencontainers.image.base.name=debian:bookworm
  pack_image "$rootfs" "$REDIS_IMAGE" --config.user 999 --config.workingdir /tmp \
    --config.entrypoint /usr/local/bin/redis-entrypoint --config.cmd redis-server --config.exposedports 6379/tcp \
    --config.env LANG=C.UTF-8 --config.label org.opencontainers.image.base.name=debian:bookworm
  say "pushed $POSTGRES_IMAGE and $REDIS_IMAGE"
}

build_images() {
  say "building and pushing the five JVM images with Jib"
  local modules
  modules=$(IFS=,; echo "${SERVICES_MODULES[*]}")
  mvn -B -q package -DskipTests -pl "$modules" -am \
    -Dquarkus.container-image.build=true -Dquarkus.container-image.push=true \
    -Dquarkus.container-image.registry="$REGISTRY" -Dquarkus.container-image.insecure=true \
    -Dquarkus.container-image.additional-tags=latest \
    -Dquarkus.jib.base-jvm-image="$BASE_IMAGE" >"$WORK/build.log" 2>&1 ||
    die "image build failed: $(grep -m5 ERROR "$WORK/build.log")"
  local tag module
  tag=$(image_tag)
  for module in "${SERVICES_MODULES[@]}"; do
    skopeo inspect --tls-verify=false "docker://$REGISTRY/bakery/$module:$tag" >/dev/null ||
      die "$REGISTRY/bakery/$module:$tag is not in the registry"
    echo "  $REGISTRY/bakery/$module:$tag"
  done
}

# The running service and the image's labels both name the commit the tag names.
check_identity() { # IMAGE VERSION_JSON
  local sha labels
  sha=$(git rev-parse --short=7 HEAD)
  labels=$(podman --runtime runc image inspect "$1" --format '{{json .Labels}}')
  echo "  /version: $2"
  echo "  labels:   $labels"
  grep -q "\"gitSha\":\"$sha\"" <<<"$2" || die "/version does not report commit $sha"
  grep -q "\"org.opencontainers.image.revision\":\"$(git rev-parse HEAD)\"" <<<"$labels" ||
    die "the image is not labelled with commit $(git rev-parse HEAD)"
}

# Runs one image with podman (runc, host network and explicit rlimits: what works on these machines), as operators
# do: the prod profile. First with the published dev password, which it must refuse; then with a password made for
# this run (the role's password is set to it and put back afterwards) and a Redis user of its own, until ready.
run_check() {
  local image port management_port short var secret out
  image="$REGISTRY/bakery/$RUN_SERVICE:$(image_tag)"
  port=$(free_port)
  management_port=$(free_port)
  short=${RUN_SERVICE%-service}
  var="$(echo "$short" | tr a-z- A-Z_)_DATABASE_PASSWORD"
  scripts/ensure-infra.sh >/dev/null && scripts/provision-db.sh >/dev/null
  podman --runtime runc pull -q --tls-verify=false "$image" >/dev/null

  say "$RUN_SERVICE in its image, prod profile, published dev password: must refuse to start"
  out=$(timeout 120 podman --runtime runc run --rm --network=host --ulimit nofile=4096:4096 --ulimit nproc=4096:4096 \
    -e PORT="$port" -e MANAGEMENT_PORT="$management_port" -e DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/bakery \
    -e DATABASE_USER="bakery_$short" -e DATABASE_PASSWORD="bakery_${short}_dev" -e REDIS_URL=redis://127.0.0.1:6379 -e REDIS_PASSWORD=unused \
    "$image" 2>&1) && die "$RUN_SERVICE started with a published password"
  grep -q "Refusing to start in the prod profile:.*quarkus.datasource.password holds a development default" <<<"$out" ||
    die "$RUN_SERVICE did not say why it stopped: $(tail -5 <<<"$out")"

  secret=$(random_secret)
  RESTORE_DB=true
  env "$var=$secret" scripts/provision-db.sh >/dev/null
  REDIS_USER="bakery-image-check-$$"
  redis-cli ACL SETUSER "$REDIS_USER" on ">$secret" '~*' '&*' '+@all' >/dev/null
  say "running $image with podman on port $port, with passwords made for this run"
  CONTAINER="bakery-image-check-$$"
  podman --runtime runc run -d --name "$CONTAINER" --network=host \
    --ulimit nofile=4096:4096 --ulimit nproc=4096:4096 \
    -e PORT="$port" -e MANAGEMENT_PORT="$management_port" -e DATABASE_URL=jdbc:postgresql://127.0.0.1:5432/bakery \
    -e DATABASE_USER="bakery_$short" -e DATABASE_PASSWORD="$secret" \
    -e REDIS_URL="redis://$REDIS_USER:$secret@127.0.0.1:6379" -e REDIS_PASSWORD="$secret" "$image" >/dev/null
  for _ in $(seq 1 120); do
    if out=$(curl -fsS --max-time 2 "http://127.0.0.1:$management_port/q/health/ready" 2>/dev/null); then
      say "$RUN_SERVICE in its image is ready ($(podman --runtime runc logs "$CONTAINER" 2>&1 | grep -o 'started in [0-9.]*s'))"
      check_identity "$image" "$(curl -fsS "http://127.0.0.1:$port/version")"
      return 0
    fi
    [ "$(podman --runtime runc inspect -f '{{.State.Running}}' "$CONTAINER" 2>/dev/null)" = true ] || break
    sleep 0.5
  done
  podman --runtime runc logs "$CONTAINER" 2>&1 | tail -30 >&2 || true
  die "$RUN_SERVICE did not turn ready in its image"
}

ensure_tools
ensure_registry
ensure_base_image
ensure_datastore_images
build_images
[ "${RUN_CHECK:-true}" = false ] || run_check
say "images ready in $REGISTRY"
