#!/usr/bin/env bash
# Runs KakakAsuh.Actors on this machine as a cluster: Azurite (its data on disk in .azurite/ of the checkout),
# N silos (default 2) and the client API on http://127.0.0.1:5080, all on loopback, one cluster in one Azurite.
# On first start the seeder (client-api/KakakAsuh.Seeder, a client of the cluster that exits when done) seeds the programme
# as published; a later start keeps the data. Installs what it needs on a fresh machine. Ctrl-C stops the seeder if it
# still runs, the API, then the silos, then Azurite.
#
#   deploy/run-cluster.sh [N]       N silos; silo i (from 0) listens on 11111+i (silo), 30000+i (gateway), 5081+i (HTTP)
#
# Environment: SILOS (N), AZURITE_PORT (10002), API_URL (http://127.0.0.1:5080), SILO_PORT (11111),
# GATEWAY_PORT (30000), SILO_HTTP_PORT (5081), SEED (true), CLUSTER_ID (kakak-asuh-dev).
set -euo pipefail
cd "$(dirname "$0")/.."

SILOS="${1:-${SILOS:-2}}"
AZURITE_PORT="${AZURITE_PORT:-10002}"
API_URL="${API_URL:-http://127.0.0.1:5080}"
SILO_PORT="${SILO_PORT:-11111}"
GATEWAY_PORT="${GATEWAY_PORT:-30000}"
SILO_HTTP_PORT="${SILO_HTTP_PORT:-5081}"
SEED="${SEED:-true}"
[[ "$SILOS" =~ ^[1-9][0-9]*$ ]] || { echo "usage: $0 [number of silos, 1 or more]" >&2; exit 2; }

# Configuration keys of the apps (see README, Configuration), set through the environment.
export ConnectionStrings__Storage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:${AZURITE_PORT}/devstoreaccount1;"
export Orleans__ClusterId="${CLUSTER_ID:-kakak-asuh-dev}"
# Development: both apps trust `dotnet user-jwts` tokens (the silo for its dashboard).
export ASPNETCORE_ENVIRONMENT=Development
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

[[ -f node_modules/azurite/package.json && -f node_modules/patch-package/package.json && -f node_modules/chart.js/package.json ]] || npm ci --no-audit --no-fund
dotnet build KakakAsuh.Actors.sln -c Release --nologo -v quiet
# The development signing key lives in user secrets; tokens come from `dotnet user-jwts`, whose first use makes the
# key: make one now, before the API and the silos start, or they would never load it.
jwt() { dotnet user-jwts create --project client-api/KakakAsuh.ClientApi --output token "$@" 2>/dev/null; }
made_token=$(jwt --role staff --name budi || true)

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

mkdir -p .azurite
# Each process runs in its own session, so Ctrl-C reaches only this script, which stops them in order.
setsid node node_modules/azurite/dist/src/table/main.js --location .azurite --tableHost 127.0.0.1 --tablePort "$AZURITE_PORT" \
  --skipApiVersionCheck --disableTelemetry --silent &
pids+=($!); signals+=(INT); names+=(Azurite); azurite=$!
echo "Azurite table storage on http://127.0.0.1:${AZURITE_PORT} (data in .azurite/)"

for ((i=0; i<SILOS; i++)); do
  (cd silo/KakakAsuh.Silo/bin/Release/net10.0 && \
    Orleans__SiloPort=$((SILO_PORT+i)) Orleans__GatewayPort=$((GATEWAY_PORT+i)) Orleans__HttpPort=$((SILO_HTTP_PORT+i)) \
    exec setsid dotnet KakakAsuh.Silo.dll) &
  pids+=($!); signals+=(TERM); names+=("silo $i")
  echo "silo $i: silo port $((SILO_PORT+i)), gateway $((GATEWAY_PORT+i)), http://127.0.0.1:$((SILO_HTTP_PORT+i)) (/health/ready, /metrics, /dashboard/)"
done

(cd client-api/KakakAsuh.ClientApi/bin/Release/net10.0 && Urls="$API_URL" exec setsid dotnet KakakAsuh.ClientApi.dll) &
pids+=($!); signals+=(TERM); names+=("the client API"); api=$!

# Seeds the published programme unless it was seeded before (or SEED=false), then exits; it waits for the silos itself.
(cd client-api/KakakAsuh.Seeder/bin/Release/net10.0 && Seed__Enabled="$SEED" exec setsid dotnet KakakAsuh.Seeder.dll) &
pids+=($!); signals+=(TERM); names+=("the seeder")

cat <<EOT

KakakAsuh.Actors is starting with $SILOS silo(s). The client API:  $API_URL   (API reference: $API_URL/scalar, health: $API_URL/health/ready, metrics: $API_URL/metrics)
Get a token (Development), e.g.:
  dotnet user-jwts create --project client-api/KakakAsuh.ClientApi --role staff --name budi --output token
  dotnet user-jwts create --project client-api/KakakAsuh.ClientApi --role district-head --name camat-tambora --claim wilayah=31.73.04 --output token
Then: curl -H "Authorization: Bearer \$TOKEN" $API_URL/api/city/summary
Operator's dashboard: http://127.0.0.1:${SILO_HTTP_PORT}/dashboard/ (paste a token made with --role admin)
Ctrl-C stops everything.

EOT
[[ -n $made_token ]] || echo "(dotnet user-jwts could not make a token; run the command above)"
# A silo may stop (or be stopped, to watch the cluster carry on); when Azurite or the API ends, everything stops.
wait -n "$azurite" "$api"
