#!/bin/sh
# Renders docker/keycloak/heldenhelfer-realm.json (template with @APP_URL@ and
# @WEB_CLIENT_SECRET@) into docker/keycloak/import/heldenhelfer-realm.json,
# which compose.yaml mounts into Keycloak's import directory.
#
# Values come from the environment, else from docker/.env, else from
# docker/.env.example:
#   HH_APP_URL             -> @APP_URL@            (no trailing slash)
#   HH_OIDC_CLIENT_SECRET  -> @WEB_CLIENT_SECRET@
#
# Usage: docker/render-realm.sh [ENV_FILE]
set -eu
dir=$(cd "$(dirname "$0")" && pwd)
env_file=${1:-}
if [ -z "$env_file" ]; then
  if [ -f "$dir/.env" ]; then env_file="$dir/.env"; else env_file="$dir/.env.example"; fi
fi

# read KEY=VALUE from the env file without executing it
from_file() {
  sed -n "s/^[[:space:]]*$1=//p" "$env_file" | tail -n 1 | sed -e 's/^"\(.*\)"$/\1/' -e "s/^'\(.*\)'$/\1/"
}

app_url=${HH_APP_URL:-$(from_file HH_APP_URL)}
secret=${HH_OIDC_CLIENT_SECRET:-$(from_file HH_OIDC_CLIENT_SECRET)}
app_url=${app_url%/}

if [ -z "$app_url" ] || [ -z "$secret" ]; then
  echo "render-realm.sh: HH_APP_URL and HH_OIDC_CLIENT_SECRET must be set (env or $env_file)" >&2
  exit 1
fi
case "$app_url$secret" in
  *'#'*|*'&'*|*'\'*|*'"'*) echo "render-realm.sh: values must not contain # & \\ or \"" >&2; exit 1 ;;
esac

mkdir -p "$dir/keycloak/import"
sed -e "s#@APP_URL@#$app_url#g" -e "s#@WEB_CLIENT_SECRET@#$secret#g" \
  "$dir/keycloak/heldenhelfer-realm.json" > "$dir/keycloak/import/heldenhelfer-realm.json"
echo "wrote $dir/keycloak/import/heldenhelfer-realm.json (APP_URL=$app_url)"
