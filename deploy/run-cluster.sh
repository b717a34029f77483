#!/usr/bin/env bash
# Runs KakakAsuh.Actors on this machine as a cluster: Azurite (its data on disk in .azurite/ of the checkout), the
# development identity provider with the demo accounts on http://127.0.0.1:5090 (its keys in .dev-identity/), N silos
# (default 2) and the client API on http://127.0.0.1:5080, all on loopback, one cluster in one Azurite.
# On first start the seeder (client-api/KakakAsuh.Seeder, a client of the cluster that exits when done) seeds the programme
# as published; a later start keeps the data. Installs what it needs on a fresh machine. Ctrl-C stops the seeder if it
# still runs, the API, the silos, the provider, then Azurite.
#
#   deploy/run-cluster.sh [N]       N silos; silo i (from 0) listens on 11111+i (silo), 30000+i (gateway), 5081+i (HTTP)
#
# Environment: SILOS (N), AZURITE_PORT (10002), API_URL (http://127.0.0.1:5080), IDENTITY_URL (http://127.0.0.1:5090),
# SILO_PORT (11111), GATEWAY_PORT (30000), SILO_HTTP_PORT (5081), SEED (true), CLUSTER_ID (kakak-asuh-dev),
# DATA_DIR (the checkout: .azurite/ and .dev-identity/ go in it).
set -euo pipefail
cd "$(dirname "$0")/.."

SILOS="${1:-${SILOS:-2}}"
AZURITE_PORT="${AZURITE_PORT:-10002}"
API_URL="${API_URL:-http://127.0.0.1:5080}"
SILO_PORT="${SILO_PORT:-11111}"
GATEWAY_PORT="${GATEWAY_PORT:-30000}"
SILO_HTTP_PORT="${SILO_HTTP_PORT:-5081}"
SEED="${SEED:-true}"
IDENTITY_URL="${IDENTITY_URL:-http://127.0.0.1:5090}"
DATA_DIR="$(mkdir -p "${DATA_DIR:-.}" && cd "${DATA_DIR:-.}" && pwd)"
[[ "$SILOS" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [number of silos, 1 or more]" >&2; exit 2; }

# Configuration keys of the apps (see README, Configuration), set through the environment.
export ConnectionStrings__Storage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:${AZURITE_PORT}/devstoreaccount1;"
export Orleans__ClusterId="${CLUSTER_ID:-kakak-asuh-dev}"
# People sign in at the development provider; the API and the silos (for the dashboard) take its keys from its JWKS.
# Both also trust `dotnet user-jwts` tokens in Development, for scripts that prefer them.
export Authentication__OpenIdConnect__Authority="$IDENTITY_URL"
export ASPNETCORE_ENVIRONMENT=Development
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

[[ -f node_modules/azurite/package.json && -f node_modules/patch-package/package.json && -f node_modules/chart.js/package.json ]] || npm ci --no-audit --no-fund
dotnet build KakakAsuh.Actors.sln -c Release --nologo -v quiet
# `dotnet user-jwts` keeps its signing key in user secrets and its first use makes it: make it now, before the API and
# the silos start (they load it only at start), so that its tokens work too. Nobody needs it to sign in.
if dotnet user-jwts key --project client-api/KakakAsuh.ClientApi 2>&1 | grep -q "not found"; then
  dotnet user-jwts key --reset --force --project client-api/KakakAsuh.ClientApi >/dev/null
fi

pids=()
signals=()
names=()
# Stops the processes in the reverse order of their start: the seeder, the API, the silos (they need storage to leave the
# cluster cleanly), then Azurite. .NET hosts shut down gracefully on SIGTERM, Azurite saves its data on SIGINT.
stop() {
  trap - EXIT INT TERM
  for ((i=${#pids[@]}-1; i>=0; i--)); do
    kill "-${signals[i]}" "${pids[i]}" 2>/dev/null || continue
    echo "Stopping ${names[i]}..."
    timeout 30 tail --pid="${pids[i]}" -f /dev/null 2>/dev/null || kill -9 "${pids[i]}" 2>/dev/null || true
  done
}
trap stop EXIT INT TERM

mkdir -p "$DATA_DIR/.azurite"
# Each process runs in its own session, so Ctrl-C reaches only this script, which stops them in order.
setsid node node_modules/azurite/dist/src/table/main.js --location "$DATA_DIR/.azurite" --tableHost 127.0.0.1 --tablePort "$AZURITE_PORT" \
  --skipApiVersionCheck --disableTelemetry --silent &
pids+=($!); signals+=(INT); names+=(Azurite); azurite=$!
echo "Azurite table storage on http://127.0.0.1:${AZURITE_PORT} (data in $DATA_DIR/.azurite/)"

# The development identity provider: the demo accounts below, keys made on first start and kept for the next.
(cd deploy/KakakAsuh.DevIdentity/bin/Release/net10.0 && Urls="$IDENTITY_URL" DevIdentity__KeyFolder="$DATA_DIR/.dev-identity" \
  DevIdentity__Pages__ApiUrls__0="$API_URL" exec setsid dotnet KakakAsuh.DevIdentity.dll) &
pids+=($!); signals+=(TERM); names+=("the identity provider"); identity=$!
echo "identity provider (Development) on $IDENTITY_URL (keys in $DATA_DIR/.dev-identity/)"
identity_port="${IDENTITY_URL##*:}"; identity_port="${identity_port%%/*}"
for _ in $(seq 1 150); do (exec 3<>"/dev/tcp/127.0.0.1/$identity_port") 2>/dev/null && break; sleep 0.2; done

for ((i=0; i<SILOS; i++)); do
  (cd silo/KakakAsuh.Silo/bin/Release/net10.0 && \
    Orleans__SiloPort=$((SILO_PORT+i)) Orleans__GatewayPort=$((GATEWAY_PORT+i)) Orleans__HttpPort=$((SILO_HTTP_PORT+i)) \
    exec setsid dotnet KakakAsuh.Silo.dll) &
  pids+=($!); signals+=(TERM); names+=("silo $i")
  echo "silo $i: silo port $((SILO_PORT+i)), gateway $((GATEWAY_PORT+i)), http://127.0.0.1:$((SILO_HTTP_PORT+i)) (/health/ready, /metrics, /dashboard/)"
done

(cd client-api/KakakAsuh.ClientApi/bin/Release/net10.0 && Urls="$API_URL" \
  Authentication__OpenIdConnect__ClientId=kakak-asuh-pages Authentication__OpenIdConnect__ClientSecret=kakak-asuh-dev-secret \
  exec setsid dotnet KakakAsuh.ClientApi.dll) &
pids+=($!); signals+=(TERM); names+=("the client API"); api=$!

# Seeds the published programme unless it was seeded before (or SEED=false), then exits; it waits for the silos itself.
(cd client-api/KakakAsuh.Seeder/bin/Release/net10.0 && Seed__Enabled="$SEED" exec setsid dotnet KakakAsuh.Seeder.dll) &
pids+=($!); signals+=(TERM); names+=("the seeder")

cat <<EOT

KakakAsuh.Actors is starting with $SILOS silo(s). Open $API_URL/ and press Masuk; sign in with a demo account:
  user name          password          who
  budi               budi-asuh         Sudin PPKUKM staff, the whole city
  sri                sri-asuh          Sudin PPKUKM staff, Cengkareng
  walikota           walikota-asuh     the city head (Wali Kota Jakarta Barat)
  camat-tambora      tambora-asuh      the camat of Tambora
  rumah-tama         rumah-tama-asuh   Kakak Asuh Rumah Tama (also cuma-kulit / cuma-kulit-asuh,
                                       donat-kemanggisan / donat-asuh, trubus / trubus-asuh)
  admin              admin-asuh        admin (also the operator's dashboard)
  pejabat-pdp        pdp-asuh          the personal-data officer (pdp_access)
A script's token (the provider's password grant), then a call:
  TOKEN=\$(curl -s -d "grant_type=password&client_id=kakak-asuh-scripts&username=budi&password=budi-asuh&scope=openid profile roles kakak-asuh" \\
    $IDENTITY_URL/connect/token | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
  curl -H "Authorization: Bearer \$TOKEN" $API_URL/api/city/summary
API reference: $API_URL/scalar, health: $API_URL/health/ready, metrics: $API_URL/metrics
Operator's dashboard: http://127.0.0.1:${SILO_HTTP_PORT}/dashboard/ (an admin's token)
Ctrl-C stops everything.

EOT
# A silo may stop (or be stopped, to watch the cluster carry on); when Azurite, the provider or the API ends, everything stops.
wait -n "$azurite" "$identity" "$api"
