#!/usr/bin/env bash
# Runs KakakAsuh.Actors on this machine: Azurite (its data on disk in .azurite/ of the checkout) and the silo.
# Installs what it needs on a fresh machine (Azurite from npm, NuGet packages). Ctrl-C stops every process it started.
set -euo pipefail
cd "$(dirname "$0")/.."

AZURITE_PORT="${AZURITE_PORT:-10002}"
export ConnectionStrings__Storage="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:${AZURITE_PORT}/devstoreaccount1;"

[[ -f node_modules/azurite/package.json ]] || npm ci --no-audit --no-fund
dotnet build KakakAsuh.Actors.sln -c Release --nologo -v quiet

pids=()
stop() { trap - EXIT INT TERM; kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop EXIT INT TERM

mkdir -p .azurite
node node_modules/azurite/dist/src/table/main.js --location .azurite --tableHost 127.0.0.1 --tablePort "$AZURITE_PORT" \
  --skipApiVersionCheck --disableTelemetry --silent &
pids+=($!)
echo "Azurite table storage on http://127.0.0.1:${AZURITE_PORT} (data in .azurite/)"

(cd silo/KakakAsuh.Silo/bin/Release/net10.0 && exec dotnet KakakAsuh.Silo.dll) &
pids+=($!)
echo "Silo starting (gateway 127.0.0.1:30000). Ctrl-C stops everything."
wait -n "${pids[@]}"
