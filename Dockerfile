# The kg command-line service. Build: docker build -t kg .   Run: docker compose run --rm kg stats --store neo4j
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/KnowledgeGraph.Cli/KnowledgeGraph.Cli.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
WORKDIR /data
ENTRYPOINT ["dotnet", "/app/kg.dll"]
