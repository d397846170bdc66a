#!/usr/bin/env bash
# Runs news-intel locally: a real Kafka and a real Elasticsearch (no Docker), then the three services.
#   ./run.sh                 poll the default feeds (UNN and public cyber-security news)
#   ./run.sh --demo          serve bundled sample feeds on loopback and poll those (no internet needed)
#   ./run.sh --feeds FILE    poll the feed URLs listed in FILE (one per line, # comments)
#   ./run.sh bench [--quick]   end-to-end benchmark (throughput, latency, baseline, tagging, matching, polling)
#   ./run.sh faults [--quick|--ci]  fault-injection suite (kill -9, broker restart, Elasticsearch outage, poison)
# Ctrl-C or SIGTERM stops everything it started.
set -euo pipefail
cd "$(dirname "$0")"

say() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

# A JDK 17+ is the one thing a newcomer must bring.
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  JAVA="$JAVA_HOME/bin/java"
elif command -v java >/dev/null 2>&1; then
  JAVA="$(command -v java)"
else
  fail "no Java found: install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk) or set JAVA_HOME"
fi
java_major=$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p' | cut -d. -f1)
if [ -z "$java_major" ] || [ "$java_major" -lt 17 ]; then
  fail "Java ${java_major:-unknown} at $JAVA is too old: news-intel needs a JDK 17 or newer"
fi
if ! "$JAVA" -XshowSettings:properties -version 2>&1 | grep -q 'java.home'; then
  fail "$JAVA does not look like a JDK"
fi

jars=(local-infra/target/local-infra.jar ingest-service/target/ingest-service.jar
      enrich-service/target/enrich-service.jar search-service/target/search-service.jar
      benchmarks/target/benchmarks.jar)
stamp=local-infra/target/run-sh-build.stamp
needs_build() {
  for jar in "${jars[@]}"; do [ -f "$jar" ] || return 0; done
  [ -d local-infra/target/infra/kafka-libs ] || return 0
  [ -f "$stamp" ] || return 0
  # Rebuild when a source or pom changed since the last build. (Jar times cannot tell: the build is
  # reproducible, so every jar carries the same fixed timestamp.)
  [ -n "$(find . -path ./.git -prune -o -path '*/target' -prune -o \( -name '*.java' -o -name 'pom.xml' -o -path '*/src/main/resources/*' \) -newer "$stamp" -print -quit)" ]
}

if needs_build; then
  say "Building news-intel (the first build downloads Maven, the dependencies, Kafka and Elasticsearch: a few minutes) ..."
  mkdir -p local-infra/target && touch "$stamp.new"  # before the build: a change made during it counts
  # Maven's own output is long; show the module being built and a running count of downloads.
  if ! ./mvnw -B package -DskipTests -Dspotless.check.skip=true 2>&1 | awk '
      /Downloaded from/ { n++; if (n % 100 == 0) { printf "[build] %d files downloaded ...\n", n; fflush() } next }
      /Downloading from/ { next }
      /\[INFO\] Building [^ ]+ [0-9.]+-SNAPSHOT/ { sub(/^\[INFO\] /, ""); print "[build] " $0; fflush(); next }
      /BUILD SUCCESS|BUILD FAILURE|\[ERROR\]/ { print "[build] " $0; fflush() }'; then
    fail "the build failed (see the [build] lines above; ./mvnw package -DskipTests shows everything)"
  fi
  mv "$stamp.new" "$stamp"
  say "Build done."
fi

main=io.newsintel.infra.stack.RunCommand
case "${1:-}" in
  bench) main=io.newsintel.infra.bench.BenchCommand; shift ;;     # ./run.sh bench [--quick]
  faults) main=io.newsintel.infra.faults.FaultsCommand; shift ;;  # ./run.sh faults [--quick|--ci]
esac
exec "$JAVA" -cp "local-infra/target/local-infra.jar:local-infra/target/infra/kafka-libs/*" "$main" "$@"
