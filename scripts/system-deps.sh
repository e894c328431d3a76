#!/usr/bin/env bash
# System packages the test suite needs beyond pip: Debian's chromium (browser tests of the web
# app) and a Java runtime (Spark local mode). Installed only when missing; without root or apt
# the affected tests skip and say why.
set -u
need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jre-headless)
[ ${#need[@]} -eq 0 ] && exit 0
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: missing ${need[*]} and cannot apt-get install here; those tests will skip" >&2
  exit 0
fi
echo "system-deps: installing ${need[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null && apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null \
  || { echo "system-deps: apt-get install failed" >&2; [ "${CI:-}" = "true" ] && exit 1; exit 0; }
