using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using Pikar.TenantManagement.Tenants;

namespace Pikar.HttpApi.Host.Tests.Infrastructure;

/// <summary>The real host, in memory, on the test database.</summary>
public sealed class PikarApp(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        // The providers' sandboxes are served by this very host: their HTTP clients reach it in memory.
        builder.ConfigureServices(services => services.AddSingleton<IConfigureOptions<HttpClientFactoryOptions>>(new SandboxClientsInMemory(this)));
    }

    private sealed class SandboxClientsInMemory(PikarApp app) : IConfigureNamedOptions<HttpClientFactoryOptions>
    {
        public void Configure(string? name, HttpClientFactoryOptions options)
        {
            // Ours are named after the sandbox ("x-sandbox"); OpenIddict's client (which the tests only point at
            // sandboxes) after its assembly. A handler in front of the primary one answers from the in-memory server
            // (OpenIddict insists its primary handler stays an HttpClientHandler).
            if (name?.EndsWith("-sandbox", StringComparison.Ordinal) == true || name?.StartsWith("OpenIddict.Client", StringComparison.Ordinal) == true)
            {
                options.HttpMessageHandlerBuilderActions.Add(handler => handler.AdditionalHandlers.Add(new InMemory(app.Server.CreateHandler())));
            }
        }

        public void Configure(HttpClientFactoryOptions options) => Configure(Options.DefaultName, options);
    }

    private sealed class InMemory(HttpMessageHandler server) : DelegatingHandler
    {
        private readonly HttpMessageInvoker _server = new(server);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            _server.SendAsync(request, cancellationToken);
    }

    public HttpClient Anonymous(string? tenant = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (tenant is not null)
        {
            client.DefaultRequestHeaders.Add("__tenant", tenant);
        }

        return client;
    }

    /// <summary>A client signed in with the password grant (host when <paramref name="tenant"/> is null).</summary>
    public async Task<HttpClient> SignInAsync(string? tenant, string userName = "admin", string password = TestEnvironment.Password)
    {
        var token = await PasswordTokenAsync(tenant, userName, password);
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("access_token").GetString());
        return client;
    }

    public async Task<JsonElement> PasswordTokenAsync(string? tenant, string userName, string password, string scope = "openid profile email roles offline_access pikar")
    {
        using var client = Anonymous(tenant);
        var response = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = "pikar_app",
            ["username"] = userName,
            ["password"] = password,
            ["scope"] = scope,
        }));
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        response.IsSuccessStatusCode.ShouldBeTrue($"Token request failed: {body}");
        return body;
    }

    public async Task<HttpClient> HostAdminAsync() => await SignInAsync(null);

    /// <summary>The id of a user of the signed-in client's tenant, read through the users API.</summary>
    public static async Task<Guid> UserIdAsync(HttpClient admin, string userName = "admin") =>
        (await (await admin.GetAsync($"/api/identity/users?filter={userName}")).ShouldBeOkAsync<Pikar.Paging.PagedResult<Pikar.Identity.Users.IdentityUserDto>>())
            .Items.Single(u => u.UserName == userName).Id;

    /// <summary>Runs <paramref name="work"/> in a fresh scope as the given tenant, as a request of that tenant would.</summary>
    public async Task<T> InTenantAsync<T>(Guid tenantId, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        using (scope.ServiceProvider.GetRequiredService<Pikar.MultiTenancy.ICurrentTenant>().Change(tenantId))
        {
            return await work(scope.ServiceProvider);
        }
    }

    /// <summary>Sets feature values for a tenant (T) or an edition (E) as the host admin.</summary>
    public async Task SetFeaturesAsync(string providerName, Guid providerKey, params (string Name, string? Value)[] features)
    {
        using var host = await HostAdminAsync();
        var response = await host.PutAsJsonAsync($"/api/feature-management/features?providerName={providerName}&providerKey={providerKey}",
            new { features = features.Select(f => new { name = f.Name, value = f.Value }) }, Json);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Creates a tenant with a unique name through the host admin API; its admin is <c>admin</c> / the test password.</summary>
    public async Task<TenantDto> CreateTenantAsync(string? edition = "Startup")
    {
        using var host = await SignInAsync(null);
        var name = "t" + Guid.NewGuid().ToString("N")[..12];
        var response = await host.PostAsJsonAsync("/api/multi-tenancy/tenants",
            new CreateTenantInput(name, edition, $"admin@{name}.test", TestEnvironment.Password), Json);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TenantDto>(Json))!;
    }
}
