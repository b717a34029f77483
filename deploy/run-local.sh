#!/usr/bin/env bash
# Runs KakakAsuh.Actors on this machine: Azurite (its data on disk in .azurite/ of the checkout), the silo and
# the client API on http://127.0.0.1:5080. On first start the API seeds the programme as published; a second
# start keeps the data. Installs what it needs on a fresh machine. Ctrl-C stops every process it started.
set -euo pipefail
cd "$(dirname "$0")/.."

AZURITE_PORT="${AZURITE_PORT:-10002}"
API_URL="${API_URL:-http://127.0.0.1:5080}"
export ConnectionStrings__Storage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:${AZURITE_PORT}/devstoreaccount1;"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# npm ci also applies patches/ to Azurite (package.json's postinstall); it runs again where it ran before patch-package came.
[[ -f node_modules/azurite/package.json && -f node_modules/patch-package/package.json ]] || npm ci --no-audit --no-fund
dotnet build KakakAsuh.Actors.sln -c Release --nologo -v quiet

pids=()
signals=()
# Stops the API, then the silo, then Azurite (the silo needs storage to leave the cluster cleanly): .NET hosts
# shut down gracefully on SIGTERM, Azurite saves its data on SIGINT.
stop() {
  trap - EXIT INT TERM
  for ((i=${#pids[@]}-1; i>=0; i--)); do
    kill "-${signals[i]}" "${pids[i]}" 2>/dev/null || continue
    timeout 20 tail --pid="${pids[i]}" -f /dev/null 2>/dev/null || kill -9 "${pids[i]}" 2>/dev/null || true
  done
}
trap stop EXIT INT TERM

mkdir -p .azurite
# Each process runs in its own session, so Ctrl-C reaches only this script, which stops them in order.
setsid node node_modules/azurite/dist/src/table/main.js --location .azurite --tableHost 127.0.0.1 --tablePort "$AZURITE_PORT" \
  --skipApiVersionCheck --disableTelemetry --silent &
pids+=($!); signals+=(INT)
echo "Azurite table storage on http://127.0.0.1:${AZURITE_PORT} (data in .azurite/)"

(cd silo/KakakAsuh.Silo/bin/Release/net10.0 && exec setsid dotnet KakakAsuh.Silo.dll) &
pids+=($!); signals+=(TERM)

(cd client-api/KakakAsuh.ClientApi/bin/Release/net10.0 && ASPNETCORE_ENVIRONMENT=Development Seed__Enabled=true Urls="$API_URL" exec setsid dotnet KakakAsuh.ClientApi.dll) &
pids+=($!); signals+=(TERM)

# The development signing key lives in user secrets; tokens come from `dotnet user-jwts`.
jwt() { dotnet user-jwts create --project client-api/KakakAsuh.ClientApi --output token "$@" 2>/dev/null; }
cat <<EOT

KakakAsuh.Actors is starting. The client API:  $API_URL   (API reference: $API_URL/scalar, health: $API_URL/health/ready)
Get a token (Development), e.g.:
  dotnet user-jwts create --project client-api/KakakAsuh.ClientApi --role staff --name budi --output token
  dotnet user-jwts create --project client-api/KakakAsuh.ClientApi --role district-head --name camat-tambora --claim wilayah=31.73.04 --output token
Then: curl -H "Authorization: Bearer \$TOKEN" $API_URL/api/city/summary
Ctrl-C stops everything.

EOT
[[ -n $(jwt --role staff --name budi) ]] || echo "(dotnet user-jwts could not make a token yet; run the command above once the build is done)"
wait -n "${pids[@]}"
