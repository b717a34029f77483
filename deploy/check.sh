#!/usr/bin/env bash
# Checks the deploy recipes as far as this machine can without a Docker engine, a Kubernetes cluster or Azure:
#  1. each Dockerfile's build stage, replayed outside Docker: its COPY lines copy from a clean export of the
#     checkout (the build context, less .dockerignore's bin/obj) into an empty folder, and its RUN dotnet and RUN npm lines run
#     there: proof that the COPY paths exist and the context holds everything restore and publish need (for Azurite:
#     that npm ci applied the project's patch and the table service it installed answers);
#  2. the Kubernetes manifests render (kubectl kustomize, offline) and the example Secret parses;
#  3. compose.yaml parses as YAML with the five services;
#  4. the Bicep template builds (the Bicep CLI from its NuGet package, Azure.Bicep.CommandLine.linux-x64).
# The recipes' environment variables are checked against the apps' configuration keys by the test suite
# (tests/KakakAsuh.Tests/Deploy). Needs: dotnet, python3 with PyYAML, kubectl (optional: skipped if absent).
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The build context: tracked and new files of the checkout, without build output.
context="$work/context"
mkdir -p "$context"
git ls-files -co --exclude-standard -z | grep -zv -e '/bin/' -e '/obj/' | tar --null -T - -cf - | tar -xf - -C "$context"

replay() {
  local dockerfile=$1 name
  name=$(basename "$dockerfile" .Dockerfile)
  local src="$work/$name/src" out="$work/$name/app"
  mkdir -p "$src"
  echo "== $dockerfile: build stage replayed outside Docker"
  while IFS= read -r line; do
    case "$line" in
      COPY\ --from*) break ;;
      COPY\ *)
        read -r -a parts <<< "${line#COPY }"
        local dest="$src/${parts[-1]}"
        unset 'parts[-1]'
        mkdir -p "$dest"
        for path in "${parts[@]}"; do
          [[ -e "$context/$path" ]] || { echo "COPY source missing: $path" >&2; return 1; }
          if [[ -d "$context/$path" ]]; then cp -r "$context/$path/." "$dest"; else cp "$context/$path" "$dest"; fi
        done ;;
      RUN\ dotnet\ *)
        local command="${line#RUN }"
        echo "   $command"
        (cd "$src" && ${command/ -o \/app/ -o $out} --nologo -v quiet) ;;
      RUN\ npm\ *)
        echo "   ${line#RUN }"
        (cd "$src" && ${line#RUN }) ;;
    esac
  done < <(sed -n '/^FROM .* AS build/,/^FROM /p' "$dockerfile")
  if [[ $name == azurite ]]; then
    check_azurite "$src"
    return
  fi
  local dll
  dll=$(sed -n 's/^ENTRYPOINT \["dotnet", "\(.*\)"\]/\1/p' "$dockerfile")
  [[ -f "$out/$dll" ]] || { echo "published output has no $dll" >&2; return 1; }
  if [[ $name == client-api ]]; then
    [[ -f "$out/wwwroot/lib/chart.js/chart.umd.min.js" ]] || { echo "published API has no wwwroot/lib/chart.js" >&2; return 1; }
  fi
  echo "   ok: $out/$dll"
}

# The Azurite image's install, replayed: the patch is applied, and the table service it starts answers.
check_azurite() {
  local src=$1 port
  grep -q "PartitionKey: partitionKey,$" "$src/node_modules/azurite/dist/src/table/persistence/LokiTableMetadataStore.js" \
    || { echo "Azurite installed without the project's patch" >&2; return 1; }
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  mkdir -p "$work/azurite-data"
  "$src/node_modules/.bin/azurite-table" --tableHost 127.0.0.1 --tablePort "$port" --location "$work/azurite-data" \
    --skipApiVersionCheck --disableTelemetry > "$work/azurite.log" 2>&1 &
  local pid=$! answered=""
  for _ in $(seq 1 40); do
    if curl -s -o /dev/null "http://127.0.0.1:$port/devstoreaccount1/Tables"; then answered=yes; break; fi
    sleep 0.5
  done
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  [[ -n "$answered" ]] || { echo "the replayed Azurite did not answer; see its log:" >&2; cat "$work/azurite.log" >&2; return 1; }
  echo "   ok: patched Azurite $(node -p "require('$src/node_modules/azurite/package.json').version") answered on port $port"
}

replay deploy/docker/azurite.Dockerfile
replay deploy/docker/silo.Dockerfile
replay deploy/docker/client-api.Dockerfile
replay deploy/docker/seeder.Dockerfile

echo "== deploy/k8s"
if command -v kubectl >/dev/null; then
  kubectl kustomize deploy/k8s > "$work/k8s.yaml"
  python3 - "$work/k8s.yaml" deploy/k8s/storage-secret.example.yaml <<'PY'
import sys, yaml
for path in sys.argv[1:]:
    docs = [d for d in yaml.safe_load_all(open(path)) if d]
    print(f"   {path}: " + ", ".join(f"{d['kind']}/{d['metadata']['name']}" for d in docs))
PY
else
  echo "   kubectl not found: skipped"
fi

echo "== deploy/compose.yaml"
python3 - <<'PY'
import yaml
services = yaml.safe_load(open("deploy/compose.yaml"))["services"]
assert set(services) == {"azurite", "silo1", "silo2", "api", "seed"}, services
print("   services:", ", ".join(services))
PY

echo "== deploy/azure/main.bicep"
# Not there yet on a fresh machine: find fails, which must not end the script (pipefail).
bicep=$(find ~/.nuget/packages/azure.bicep.commandline.linux-x64 -path '*/tools/bicep' -type f 2>/dev/null | sort | tail -n 1 || true)
if [[ -z "$bicep" ]]; then
  mkdir -p "$work/bicep"
  cat > "$work/bicep/bicep.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup>
  <ItemGroup><PackageDownload Include="Azure.Bicep.CommandLine.linux-x64" Version="[0.49.2]" /></ItemGroup>
</Project>
XML
  dotnet restore "$work/bicep/bicep.csproj" --nologo -v quiet
  bicep=$(find ~/.nuget/packages/azure.bicep.commandline.linux-x64 -path '*/tools/bicep' -type f | sort | tail -n 1)
fi
chmod +x "$bicep"
"$bicep" build deploy/azure/main.bicep --stdout > "$work/main.json"
"$bicep" lint deploy/azure/main.bicep
echo "   ok: $("$bicep" --version), ARM template of $(wc -c < "$work/main.json") bytes"
echo "All deploy checks passed."
