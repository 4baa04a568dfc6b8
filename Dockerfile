# ResearchGraph: the CLI and its services, built from this repository.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/ResearchGraph.Cli/ResearchGraph.Cli.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV RESEARCHGRAPH_DATA=/data DOTNET_CLI_TELEMETRY_OPTOUT=1
VOLUME ["/data"]
ENTRYPOINT ["dotnet", "/app/researchgraph.dll"]
CMD ["--help"]
