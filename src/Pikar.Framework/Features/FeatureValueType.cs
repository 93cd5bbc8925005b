using System.Globalization;
using System.Text.Json.Serialization;

namespace Pikar.Features;

/// <summary>ABP's value types: how the client shows a feature and which values it accepts.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "name")]
[JsonDerivedType(typeof(ToggleStringValueType), "ToggleStringValueType")]
[JsonDerivedType(typeof(FreeTextStringValueType), "FreeTextStringValueType")]
[JsonDerivedType(typeof(SelectionStringValueType), "SelectionStringValueType")]
public abstract record FeatureValueType
{
    public abstract FeatureValueValidator Validator { get; }

    public abstract bool IsValid(string value);
}

/// <summary>A switch: <c>"true"</c> or <c>"false"</c>.</summary>
public sealed record ToggleStringValueType : FeatureValueType
{
    public override FeatureValueValidator Validator { get; } = new("BOOLEAN");

    public override bool IsValid(string value) => bool.TryParse(value, out _);
}

/// <summary>A number (a limit) between <see cref="FeatureValueValidator.MinValue"/> and <see cref="FeatureValueValidator.MaxValue"/>.</summary>
public sealed record FreeTextStringValueType(int MinValue, int MaxValue) : FeatureValueType
{
    public override FeatureValueValidator Validator { get; } = new("NUMERIC", MinValue, MaxValue);

    public override bool IsValid(string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= MinValue && number <= MaxValue;
}

/// <summary>One of a fixed list of values.</summary>
public sealed record SelectionStringValueType(IReadOnlyList<SelectionItem> Items) : FeatureValueType
{
    public override FeatureValueValidator Validator { get; } = new("NULL");

    public override bool IsValid(string value) => Items.Any(i => i.Value == value);
}

public sealed record SelectionItem(string Value, string DisplayText);

public sealed record FeatureValueValidator(
    string Name,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? MinValue = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? MaxValue = null);
