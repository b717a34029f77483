# The Orleans silo. Build from the repository root:
#   docker build -f deploy/docker/silo.Dockerfile -t kakak-asuh-silo .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so a code change does not download the packages again.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY grains/KakakAsuh.Abstractions/KakakAsuh.Abstractions.csproj grains/KakakAsuh.Abstractions/
COPY grains/KakakAsuh.Domain/KakakAsuh.Domain.csproj grains/KakakAsuh.Domain/
COPY grains/KakakAsuh.Grains/KakakAsuh.Grains.csproj grains/KakakAsuh.Grains/
COPY grains/KakakAsuh.Storage/KakakAsuh.Storage.csproj grains/KakakAsuh.Storage/
COPY silo/KakakAsuh.ServiceDefaults/KakakAsuh.ServiceDefaults.csproj silo/KakakAsuh.ServiceDefaults/
COPY silo/KakakAsuh.Silo/KakakAsuh.Silo.csproj silo/KakakAsuh.Silo/
RUN dotnet restore silo/KakakAsuh.Silo/KakakAsuh.Silo.csproj
COPY grains/ grains/
COPY silo/ silo/
RUN dotnet publish silo/KakakAsuh.Silo/KakakAsuh.Silo.csproj -c Release --no-restore -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# curl for the health check only.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
# In a container the silo listens on every interface and advertises this container's own address (an empty
# Orleans__AdvertisedIp means: the address the host name resolves to).
ENV Orleans__ListenOnAnyAddress=true \
    Orleans__AdvertisedIp= \
    Orleans__SiloPort=11111 \
    Orleans__GatewayPort=30000 \
    Orleans__HttpPort=8080
EXPOSE 11111 30000 8080
USER $APP_UID
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/health/ready || exit 1
ENTRYPOINT ["dotnet", "KakakAsuh.Silo.dll"]
