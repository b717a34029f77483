# The client API (an Orleans client of the silos). Build from the repository root:
#   docker build -f deploy/docker/client-api.Dockerfile -t kakak-asuh-api .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so a code change does not download the packages again.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY grains/KakakAsuh.Abstractions/KakakAsuh.Abstractions.csproj grains/KakakAsuh.Abstractions/
COPY grains/KakakAsuh.Domain/KakakAsuh.Domain.csproj grains/KakakAsuh.Domain/
COPY grains/KakakAsuh.Storage/KakakAsuh.Storage.csproj grains/KakakAsuh.Storage/
COPY silo/KakakAsuh.ServiceDefaults/KakakAsuh.ServiceDefaults.csproj silo/KakakAsuh.ServiceDefaults/
COPY client-api/KakakAsuh.ClientApi/KakakAsuh.ClientApi.csproj client-api/KakakAsuh.ClientApi/
RUN dotnet restore client-api/KakakAsuh.ClientApi/KakakAsuh.ClientApi.csproj
# The pages' front-end libraries (Chart.js) from the npm lockfile; the build copies them into wwwroot/lib.
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund
COPY grains/KakakAsuh.Abstractions/ grains/KakakAsuh.Abstractions/
COPY grains/KakakAsuh.Domain/ grains/KakakAsuh.Domain/
COPY grains/KakakAsuh.Storage/ grains/KakakAsuh.Storage/
COPY silo/KakakAsuh.ServiceDefaults/ silo/KakakAsuh.ServiceDefaults/
COPY client-api/ client-api/
RUN dotnet publish client-api/KakakAsuh.ClientApi/KakakAsuh.ClientApi.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# curl for the health check only.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
# Urls (not ASPNETCORE_URLS) because appsettings.json sets Urls to loopback for a developer's machine.
ENV Urls=http://+:8080
EXPOSE 8080
USER $APP_UID
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/health/ready || exit 1
ENTRYPOINT ["dotnet", "KakakAsuh.ClientApi.dll"]
