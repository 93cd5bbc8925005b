using System.Net;
using System.Net.Http.Json;
using Pikar.HttpApi.Host.Tests.Infrastructure;
using Pikar.Paging;
using Pikar.TenantManagement.Editions;

namespace Pikar.HttpApi.Host.Tests.TenantManagement;

public sealed class EditionsTests(TestEnvironment env)
{
    [Fact]
    public async Task The_four_tiers_are_seeded()
    {
        using var host = await env.App.SignInAsync(null);

        var editions = await (await host.GetAsync("/api/multi-tenancy/editions?maxResultCount=100")).ShouldBeOkAsync<PagedResult<EditionDto>>();

        foreach (var tier in new[] { "Solopreneur", "Startup", "SME", "Enterprise" })
        {
            editions.Items.ShouldContain(e => e.Name == tier && e.TenantCount >= 1);
        }
    }

    [Fact]
    public async Task Host_creates_renames_and_deletes_an_edition_but_not_one_in_use()
    {
        using var host = await env.App.SignInAsync(null);
        var name = "Trial" + Guid.NewGuid().ToString("N")[..6];

        var created = await (await host.PostAsJsonAsync("/api/multi-tenancy/editions", new CreateEditionInput(name, "Free trial"), PikarApp.Json))
            .ShouldBeOkAsync<EditionDto>();
        var duplicate = await host.PostAsJsonAsync("/api/multi-tenancy/editions", new CreateEditionInput(name, null), PikarApp.Json);
        var renamed = await (await host.PutAsJsonAsync($"/api/multi-tenancy/editions/{created.Id}",
            new UpdateEditionInput(name + "2", "Trial", created.ConcurrencyStamp), PikarApp.Json)).ShouldBeOkAsync<EditionDto>();
        await env.App.SetFeaturesAsync("E", created.Id, ("Platform.MaxUsers", "7"));
        var tenant = await env.App.CreateTenantAsync(renamed.Name);
        var inUse = await host.DeleteAsync($"/api/multi-tenancy/editions/{created.Id}");
        (await host.DeleteAsync($"/api/multi-tenancy/tenants/{tenant.Id}")).EnsureSuccessStatusCode();
        var deleted = await host.DeleteAsync($"/api/multi-tenancy/editions/{created.Id}");

        created.DisplayName.ShouldBe("Free trial");
        (await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict)).FieldErrors("name").ShouldNotBeEmpty();
        renamed.Name.ShouldBe(name + "2");
        (await inUse.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("TenantManagement:EditionInUse");
        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await StoredFeatureValuesAsync(created.Id)).ShouldBe(0, "a deleted edition's feature values go with it");
    }

    private async Task<long> StoredFeatureValuesAsync(Guid editionId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(env.OwnerConnectionString);
        await connection.OpenAsync();
        await using var count = new Npgsql.NpgsqlCommand(
            "SELECT count(*) FROM feature_management.feature_values WHERE provider_name = 'E' AND provider_key = @key", connection);
        count.Parameters.AddWithValue("key", editionId.ToString());
        return (long)(await count.ExecuteScalarAsync())!;
    }
}
