using Microsoft.EntityFrameworkCore;
using Pikar.Caching;
using Pikar.Data;
using Pikar.Errors;
using Pikar.Features;
using Pikar.MultiTenancy;

namespace Pikar.FeatureManagement.Features;

/// <summary>The host's view and edit of feature values per edition (E) or tenant (T).</summary>
internal sealed class FeatureManager(
    PikarDbContext db,
    FeatureDefinitionManager definitions,
    FeatureValueStore store,
    ITenantStore tenants,
    IEditionStore editions,
    ICacheInvalidator invalidator)
{
    public async Task<GetFeatureListResultDto> GetAsync(FeatureProviderInput provider, CancellationToken ct)
    {
        var (name, key) = await ValidateProviderAsync(provider, ct);
        var own = await store.GetAsync(name, key, ct);
        var editionKey = name == FeatureProviders.Tenant ? (await tenants.FindAsync(Guid.Parse(key), ct))?.EditionId?.ToString() : null;
        var edition = editionKey is null ? new Dictionary<string, string>() : await store.GetAsync(FeatureProviders.Edition, editionKey, ct);

        FeatureDto ToDto(FeatureDefinition feature)
        {
            var (value, source) =
                own.TryGetValue(feature.Name, out var ownValue) ? (ownValue, new FeatureProviderDto(name, key))
                : edition.TryGetValue(feature.Name, out var editionValue) ? (editionValue, new FeatureProviderDto(FeatureProviders.Edition, editionKey))
                : (feature.DefaultValue, new FeatureProviderDto(FeatureProviders.Default, null));
            return new FeatureDto(feature.Name, feature.DisplayName, feature.Description, value, source, feature.ValueType, feature.Depth, feature.Parent?.Name);
        }

        return new GetFeatureListResultDto(definitions.Groups
            .Select(g => new FeatureGroupDto(g.Name, g.DisplayName, g.AllFeatures().Select(ToDto).ToList()))
            .ToList());
    }

    public async Task UpdateAsync(FeatureProviderInput provider, UpdateFeaturesInput input, CancellationToken ct)
    {
        var (name, key) = await ValidateProviderAsync(provider, ct);
        ValidateValues(input);

        var names = input.Features.Select(f => f.Name).ToList();
        var stored = await db.Set<FeatureValue>()
            .Where(v => v.ProviderName == name && v.ProviderKey == key && names.Contains(v.Name))
            .ToDictionaryAsync(v => v.Name, ct);
        foreach (var feature in input.Features)
        {
            var existing = stored.GetValueOrDefault(feature.Name);
            if (feature.Value is null)
            {
                if (existing is not null)
                {
                    db.Remove(existing);
                }
            }
            else if (existing is null)
            {
                db.Add(new FeatureValue(feature.Name, feature.Value, name, key));
            }
            else
            {
                existing.Value = feature.Value;
            }
        }

        await db.SaveChangesAsync(ct);
        await invalidator.InvalidateAsync(FeatureValueCache.CacheTopic, ct);
    }

    public async Task ResetAsync(FeatureProviderInput provider, CancellationToken ct)
    {
        var (name, key) = await ValidateProviderAsync(provider, ct);
        await db.Set<FeatureValue>().Where(v => v.ProviderName == name && v.ProviderKey == key).ExecuteDeleteAsync(ct);
        await invalidator.InvalidateAsync(FeatureValueCache.CacheTopic, ct);
    }

    private void ValidateValues(UpdateFeaturesInput input)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var feature in input.Features)
        {
            var definition = definitions.Find(feature.Name);
            if (definition is null)
            {
                errors[feature.Name] = [$"There is no feature named '{feature.Name}'."];
            }
            else if (feature.Value is not null && !definition.ValueType.IsValid(feature.Value))
            {
                errors[feature.Name] = [$"'{feature.Value}' is not a valid value for {feature.Name} ({Describe(definition.ValueType)})."];
            }
        }

        if (input.Features.GroupBy(f => f.Name).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            errors[duplicate.Key] = [$"The feature {duplicate.Key} is listed more than once."];
        }

        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }
    }

    private static string Describe(FeatureValueType type) => type switch
    {
        ToggleStringValueType => "true or false",
        FreeTextStringValueType numeric => $"a whole number from {numeric.MinValue} to {numeric.MaxValue}",
        SelectionStringValueType selection => "one of " + string.Join(", ", selection.Items.Select(i => i.Value)),
        _ => "see its value type",
    };

    private async Task<(string Name, string Key)> ValidateProviderAsync(FeatureProviderInput provider, CancellationToken ct)
    {
        if (!FeatureProviders.IsManageable(provider.ProviderName))
        {
            throw new InvalidInputException("providerName", "The provider must be 'E' (edition) or 'T' (tenant).");
        }

        if (!Guid.TryParse(provider.ProviderKey, out var id))
        {
            throw new InvalidInputException("providerKey", "The provider key must be the id of the edition or tenant.");
        }

        var exists = provider.ProviderName == FeatureProviders.Edition
            ? await editions.FindAsync(id, ct) is not null
            : await tenants.FindAsync(id, ct) is not null;
        if (!exists)
        {
            throw new EntityNotFoundException(provider.ProviderName == FeatureProviders.Edition ? typeof(EditionInfo) : typeof(TenantInfo), id);
        }

        return (provider.ProviderName!, id.ToString());
    }
}
