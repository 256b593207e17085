#!/usr/bin/env bash
# Checks the run command's fault paths: an unreachable external MariaDB or Keycloak is reported in
# one clear line, the command exits non-zero and nothing is left running.
set -uo pipefail
cd "$(dirname "$0")/.."
export HH_WAIT_SECONDS=2 HH_APP_PORT=38080 HH_KC_PORT=38180 HH_DB_PORT=33307 HH_SMTP_PORT=32525 HH_MAIL_WEB_PORT=38025
failures=0; checks=0

check() { # name, expected message, env assignments...
  local name=$1 expected=$2; shift 2
  checks=$((checks + 1))
  local out rc
  out=$(env "$@" ./hh start 2>&1); rc=$?
  local leftovers
  leftovers=$(pgrep -f -- "--port=$HH_DB_PORT|--http-port=$HH_KC_PORT|--smtp-port $HH_SMTP_PORT" || true)
  if (exec 3<>"/dev/tcp/127.0.0.1/$HH_APP_PORT") 2>/dev/null; then leftovers="$leftovers app:$HH_APP_PORT"; fi
  if [ $rc -eq 0 ] || ! grep -q "$expected" <<<"$out" || [ -n "$leftovers" ]; then
    echo "FAIL $name (exit $rc, leftovers: ${leftovers:-none})"; echo "$out" | sed 's/^/    /'
    failures=$((failures + 1))
  else
    echo "ok   $name: $(grep "$expected" <<<"$out" | sed 's/\x1b\[[0-9;]*m//g' | head -n 1)"
  fi
}

check "MariaDB unreachable" "MariaDB at 127.0.0.1:1 is not reachable; nothing was started" \
  HH_DB_URL="jdbc:mariadb://127.0.0.1:1/heldenhelfer"
check "Keycloak unreachable" "is not reachable; nothing was started" \
  HH_OIDC_PROVIDER="http://127.0.0.1:1/realms/heldenhelfer"
echo "run-command fault checks: $checks run, $failures failed"
[ $failures -eq 0 ]
