using System.Text.Json;
using System.Text.Json.Nodes;
using Pikar.HttpApi.Host.Tests.Infrastructure;

namespace Pikar.HttpApi.Host.Tests.Contracts;

/// <summary>
/// The Angular client's proxies are generated from <c>angular/openapi.json</c>; this keeps that
/// copy equal to the document the host serves, so the client can never drift from the API.
/// Refresh it with <c>./pikar proxies</c>.
/// </summary>
[Collection(nameof(OneHostAtATime))]
public sealed class ApiContractTests(TestEnvironment env)
{
    [Fact]
    public async Task The_committed_API_document_is_the_one_the_host_serves()
    {
        await using var host = env.CreateProductHost();
        using var client = host.App.Anonymous();
        var served = Normalize(await client.GetStringAsync("/openapi/v1.json"));
        var committedPath = Path.Combine(RepositoryRoot(), "angular", "openapi.json");

        if (Environment.GetEnvironmentVariable("PIKAR_UPDATE_API_DOCUMENT") == "1")
        {
            await File.WriteAllTextAsync(committedPath, served);
        }

        var committed = File.Exists(committedPath) ? Normalize(await File.ReadAllTextAsync(committedPath)) : "";
        committed.ShouldBe(served, "angular/openapi.json is stale: run ./pikar proxies and commit the result.");
    }

    private static string Normalize(string json)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node.Remove("servers");
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Pikar.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Pikar.sln was not found above the test binaries.");
    }
}
