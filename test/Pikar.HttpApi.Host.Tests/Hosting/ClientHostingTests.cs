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

    [Fact]
    public async Task Client_bundles_go_out_compressed_and_cached_for_good_while_api_answers_stay_uncompressed()
    {
        await File.WriteAllTextAsync(Path.Combine(_client, "index.html"), "<html><body>pikar client</body></html>");
        await File.WriteAllTextAsync(Path.Combine(_client, "main-3KQ2ZL7V.js"), string.Concat(Enumerable.Repeat("console.log('pikar');\n", 200)));
        await using var host = env.CreateExtraHost(("Pikar:Client:Path", _client));
        using var browser = host.App.Anonymous();

        var bundle = await GetAcceptingCompressionAsync(browser, "/main-3KQ2ZL7V.js");
        var shell = await GetAcceptingCompressionAsync(browser, "/identity/users");
        var api = await GetAcceptingCompressionAsync(browser, "/api/abp/application-configuration");

        bundle.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        bundle.Headers.CacheControl!.ToString().ShouldContain("immutable");
        shell.Headers.CacheControl!.NoCache.ShouldBeTrue();
        api.StatusCode.ShouldBe(HttpStatusCode.OK);
        api.Content.Headers.ContentEncoding.ShouldBeEmpty();
    }

    private static Task<HttpResponseMessage> GetAcceptingCompressionAsync(HttpClient client, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");
        return client.SendAsync(request);
    }

    public void Dispose() => Directory.Delete(_client, recursive: true);
}
