# Multi-stage build of the WorkflowOffice host. Kept correct by reading: no Docker engine runs on the
# development machines of this project.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/Engine/WorkflowOffice.Engine.csproj src/Engine/
COPY src/Activities/WorkflowOffice.Activities.csproj src/Activities/
COPY src/Host/WorkflowOffice.Host.csproj src/Host/
RUN dotnet restore src/Host/WorkflowOffice.Host.csproj
COPY src/ src/
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
