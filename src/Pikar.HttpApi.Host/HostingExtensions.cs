using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Pikar.Authorization;
using Pikar.Data;
using Pikar.EntityFrameworkCore;
using Pikar.HttpApi.Host.Benchmarks;
using Pikar.HttpApi.Host.Client;
using Pikar.HttpApi.Host.Health;
using Pikar.HttpApi.Host.Hubs;
using Pikar.HttpApi.Host.Jobs;
using Pikar.HttpApi.Host.OpenApi;
using Pikar.HttpApi.Host.Telemetry;
using Scalar.AspNetCore;

namespace Pikar.HttpApi.Host;

internal static class HostingExtensions
{
    public static WebApplicationBuilder AddPikarHost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var modules = PikarModuleList.FromConfiguration(configuration);
        var appConnection = PikarConnectionStrings.App(configuration);

        services.AddPikar(configuration, builder.Environment, modules);
        services.AddPikarDbContext(appConnection);
        services.AddAuthorization();
        services.AddAntiforgery();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o =>
        {
            // Numbers are numbers: "5" is not accepted for 5, so the API document types them exactly.
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        });

        services.AddPikarOpenApi();
        services.AddPikarHealthChecks();
        services.AddAngularClientCompression();
        services.AddPikarJobs(appConnection, configuration);
        builder.AddPikarTelemetry();
        return builder;
    }

    public static async Task UsePikarHostAsync(this WebApplication app)
    {
        await app.Services.InitializePikarModulesAsync(app.Lifetime.ApplicationStopping);

        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAngularClientFiles();
        app.UseHubAccessTokens();
        app.UseAuthentication();
        app.UseMultiTenancy();
        app.UseAuditing();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapPikarEndpoints();
        app.MapPikarHealthChecks();
        app.MapPikarJobsDashboard();
        app.MapBenchmarkFloor();
        app.MapAngularClientFallback();
        app.MapOpenApi().AllowAnonymous("The API description is public: clients generate their proxies from it.");
        app.MapScalarApiReference().AllowAnonymous("The API reference page only renders the public API description.");
    }
}
