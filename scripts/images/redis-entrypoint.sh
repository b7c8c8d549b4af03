#!/bin/sh
# Redis from Debian's packages, started as the official image starts it: arguments that begin with '-' are
# redis-server's (k8s/base/redis.yaml gives only those); anything else is the command itself (compose names it).
set -eu
case "${1:-}" in
  -*) exec redis-server "$@" ;;
  *) exec "$@" ;;
esac
