# The seeder: seeds the published programme into a running cluster once, then exits (compose runs it as a one-shot
# service). Build from the repository root:
#   docker build -f deploy/docker/seeder.Dockerfile -t kakak-asuh-seeder .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore first, from the project files only, so a code change does not download the packages again.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY grains/KakakAsuh.Abstractions/KakakAsuh.Abstractions.csproj grains/KakakAsuh.Abstractions/
COPY grains/KakakAsuh.Domain/KakakAsuh.Domain.csproj grains/KakakAsuh.Domain/
COPY grains/KakakAsuh.Storage/KakakAsuh.Storage.csproj grains/KakakAsuh.Storage/
COPY client-api/KakakAsuh.Seeder/KakakAsuh.Seeder.csproj client-api/KakakAsuh.Seeder/
RUN dotnet restore client-api/KakakAsuh.Seeder/KakakAsuh.Seeder.csproj
COPY grains/KakakAsuh.Abstractions/ grains/KakakAsuh.Abstractions/
COPY grains/KakakAsuh.Domain/ grains/KakakAsuh.Domain/
COPY grains/KakakAsuh.Storage/ grains/KakakAsuh.Storage/
COPY client-api/KakakAsuh.Seeder/ client-api/KakakAsuh.Seeder/
RUN dotnet publish client-api/KakakAsuh.Seeder/KakakAsuh.Seeder.csproj -c Release --no-restore -o /app

# A console app: the .NET runtime is enough (no ASP.NET Core).
FROM mcr.microsoft.com/dotnet/runtime:10.0
WORKDIR /app
COPY --from=build /app .
USER $APP_UID
ENTRYPOINT ["dotnet", "KakakAsuh.Seeder.dll"]
