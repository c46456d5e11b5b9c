#!/usr/bin/env bash
# After `docker compose up -d`: creates one sign-in per role of the platform (password = the role name,
# for trying things out only: the realm file itself has no people), and prints 30-day tokens of the vnaccs
# and quarantine-system clients (each simulated system calls back with its own) for .env:
#   ./keycloak-setup.sh >> .env && docker compose up -d agency-simulator
# The clients (web-console with the code flow and PKCE, the services, the agency systems) come from the
# realm file deploy/kubernetes/base/keycloak/kim-thanh-realm.json. People sign in at http://localhost:8080/.
set -euo pipefail
cd "$(dirname "$0")"
source .env
kcadm() { docker compose exec -T keycloak /opt/keycloak/bin/kcadm.sh "$@"; }

kcadm config credentials --server http://localhost:8180 --realm master --user admin \
  --password "$KEYCLOAK_ADMIN_PASSWORD" >&2

for role in driver trader gate-officer border-guard customs-officer quarantine-officer health-officer \
            fee-officer supervisor; do
  if ! kcadm get users -r kim-thanh -q "username=$role" -q exact=true --fields id | grep -q '"id"'; then
    kcadm create users -r kim-thanh -s "username=$role" -s enabled=true -s emailVerified=true \
      -s "email=$role@kim-thanh.example" -s "firstName=$role" -s lastName=demo >&2
    kcadm set-password -r kim-thanh --username "$role" --new-password "$role" >&2
    kcadm add-roles -r kim-thanh --uusername "$role" --rolename "$role" >&2
  fi
done

token_of() {
  local id secret
  id=$(kcadm get clients -r kim-thanh -q "clientId=$1" --fields id --format csv --noquotes)
  kcadm update "clients/$id" -r kim-thanh -s 'attributes."access.token.lifespan"=2592000' >&2
  secret=$(kcadm get "clients/$id/client-secret" -r kim-thanh --fields value --format csv --noquotes)
  curl -sf -d grant_type=client_credentials -d "client_id=$1" -d "client_secret=$secret" \
    http://localhost:8180/realms/kim-thanh/protocol/openid-connect/token | sed 's/.*"access_token":"\([^"]*\)".*/\1/'
}
echo "SIMULATOR_CALLBACK_TOKEN=$(token_of vnaccs)"
echo "SIMULATOR_QUARANTINE_CALLBACK_TOKEN=$(token_of quarantine-system)"
