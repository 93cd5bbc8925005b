using Microsoft.AspNetCore.Mvc;
using Pikar.Features;

namespace Pikar.FeatureManagement.Features;

/// <summary>ABP's <c>GetFeatureListResultDto</c>.</summary>
public sealed record GetFeatureListResultDto(IReadOnlyList<FeatureGroupDto> Groups);

public sealed record FeatureGroupDto(string Name, string DisplayName, IReadOnlyList<FeatureDto> Features);

public sealed record FeatureDto(
    string Name,
    string DisplayName,
    string? Description,
    string Value,
    FeatureProviderDto Provider,
    FeatureValueType ValueType,
    int Depth,
    string? ParentName);

/// <summary>Which provider set the value: <c>T</c>, <c>E</c> or <c>D</c> (the declared default).</summary>
public sealed record FeatureProviderDto(string Name, string? Key);

public sealed record FeatureProviderInput([FromQuery(Name = "providerName")] string? ProviderName, [FromQuery(Name = "providerKey")] string? ProviderKey);

public sealed record UpdateFeaturesInput(IReadOnlyList<UpdateFeatureInput> Features);

/// <summary>A value to set; <c>null</c> removes the provider's value so the next provider's applies.</summary>
public sealed record UpdateFeatureInput(string Name, string? Value);
