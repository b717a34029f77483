# Azurite's table service as the run command and the tests use it: installed from package-lock.json with the
# project's patch (patches/azurite+3.37.0.patch, applied by patch-package in npm's postinstall), which looks a table
# entity up by its partition key first. The stock image scans every UMKM row for each grain read or write (59
# upserts/s into a 35,000-row table against 1,113/s patched: docs/benchmarks.md). Build from the repository root:
#   docker build -f deploy/docker/azurite.Dockerfile -t kakak-asuh-azurite .
FROM node:22-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
COPY patches/ patches/
RUN npm ci --no-audit --no-fund

FROM node:22-bookworm-slim
WORKDIR /azurite
COPY --from=build /src/node_modules node_modules
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 10002
ENTRYPOINT ["node_modules/.bin/azurite-table", "--tableHost", "0.0.0.0", "--tablePort", "10002", "--location", "/data", "--skipApiVersionCheck", "--disableTelemetry"]
