using System.Net;
using Pikar.HttpApi.Host.Tests.Infrastructure;

namespace Pikar.HttpApi.Host.Tests.Hosting;

[Collection(nameof(OneHostAtATime))]
public sealed class ClientHostingTests(TestEnvironment env) : IDisposable
{
    private readonly string _client = Directory.CreateTempSubdirectory("pikar-client-").FullName;

    [Fact]
    public async Task The_host_serves_the_client_for_its_routes_and_never_for_server_paths()
    {
        await File.WriteAllTextAsync(Path.Combine(_client, "index.html"), "<html><body>pikar client</body></html>");
        await File.WriteAllTextAsync(Path.Combine(_client, "main.js"), "console.log('pikar');");
        await using var host = env.CreateExtraHost(("Pikar:Client:Path", _client));
        using var browser = host.App.Anonymous();

        var root = await browser.GetAsync("/");
        var deepLink = await browser.GetAsync("/identity/users");
        var script = await browser.GetAsync("/main.js");
        var unknownApi = await browser.GetAsync("/api/no-such-thing");
        var health = await browser.GetAsync("/health/live");

        (await root.Content.ReadAsStringAsync()).ShouldContain("pikar client");
        (await deepLink.Content.ReadAsStringAsync()).ShouldContain("pikar client");
        (await script.Content.ReadAsStringAsync()).ShouldContain("console.log");
        await unknownApi.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await health.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    public void Dispose() => Directory.Delete(_client, recursive: true);
}
