namespace Pikar.Domain;

/// <summary>A stamp renewed on every update; a stale stamp on save gives a 409.</summary>
public interface IHasConcurrencyStamp
{
    string ConcurrencyStamp { get; set; }
}
