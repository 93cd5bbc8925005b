using Pikar.Features;
using Pikar.MultiTenancy;

namespace Pikar.FeatureManagement.Features;

/// <summary>ABP's provider chain for the current tenant: tenant override (T), then its edition (E), then the default.</summary>
internal sealed class FeatureChecker(
    FeatureDefinitionManager definitions,
    FeatureValueStore store,
    ICurrentTenant currentTenant,
    ITenantStore tenants) : IFeatureChecker
{
    private static readonly IReadOnlyDictionary<string, string> None = new Dictionary<string, string>();

    public async Task<IReadOnlyDictionary<string, string>> GetAllAsync(CancellationToken cancellationToken)
    {
        var (overrides, edition) = await LoadAsync(cancellationToken);
        return definitions.All.ToDictionary(f => f.Name, f => Resolve(f, overrides, edition), StringComparer.Ordinal);
    }

    public async Task<string> GetValueAsync(string name, CancellationToken cancellationToken)
    {
        var definition = definitions.Find(name) ?? throw new InvalidOperationException($"The feature {name} is not declared by any loaded module.");
        var (overrides, edition) = await LoadAsync(cancellationToken);
        return Resolve(definition, overrides, edition);
    }

    public async Task<bool> IsEnabledAsync(string name, CancellationToken cancellationToken) =>
        definitions.Find(name) is not null && bool.TryParse(await GetValueAsync(name, cancellationToken), out var enabled) && enabled;

    private static string Resolve(FeatureDefinition feature, IReadOnlyDictionary<string, string> overrides, IReadOnlyDictionary<string, string> edition) =>
        overrides.GetValueOrDefault(feature.Name) ?? edition.GetValueOrDefault(feature.Name) ?? feature.DefaultValue;

    private async Task<(IReadOnlyDictionary<string, string> Overrides, IReadOnlyDictionary<string, string> Edition)> LoadAsync(CancellationToken ct)
    {
        if (currentTenant.Id is not { } tenantId)
        {
            return (None, None);
        }

        var overrides = await store.GetAsync(FeatureProviders.Tenant, tenantId.ToString(), ct);
        var editionId = (await tenants.FindAsync(tenantId, ct))?.EditionId;
        var edition = editionId is { } id ? await store.GetAsync(FeatureProviders.Edition, id.ToString(), ct) : None;
        return (overrides, edition);
    }
}
