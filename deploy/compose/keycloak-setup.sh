#!/usr/bin/env bash
# After `docker compose up -d`: creates one sign-in per role of the platform (password = the role name,
# for trying things out only: the realm file itself has no people). The simulated agency systems need
# nothing here: they get short-lived tokens of their clients themselves (client credentials, with the
# secrets of .env that the realm import gave Keycloak).
#   ./keycloak-setup.sh
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
