# Multi-stage build of the WorkflowOffice host. Kept correct by reading: no Docker engine runs on the
# development machines of this project.

# The BPMN designer bundles (src/Host/ClientApp, esbuild) need Node.js 20, which the .NET SDK image lacks.
FROM node:20-bookworm-slim AS clientapp
WORKDIR /src/src/Host/ClientApp
COPY src/Host/ClientApp/package.json src/Host/ClientApp/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY src/Host/ClientApp/ ./
RUN npm test --silent && npm run build

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# The bundles come from the stage above; the Host build must not try to run npm itself.
ENV WO_SKIP_CLIENTAPP=1
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Engine/WorkflowOffice.Engine.csproj src/Engine/
COPY src/Activities/WorkflowOffice.Activities.csproj src/Activities/
COPY src/Host/WorkflowOffice.Host.csproj src/Host/
COPY src/Host/ClientApp/ClientApp.targets src/Host/ClientApp/
RUN dotnet restore src/Host/WorkflowOffice.Host.csproj
COPY src/ src/
COPY --from=clientapp /src/src/Host/wwwroot/dist/ src/Host/wwwroot/dist/
RUN dotnet publish src/Host/WorkflowOffice.Host.csproj --configuration Release --no-restore --output /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    Database__Provider=Postgres
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "WorkflowOffice.Host.dll"]
