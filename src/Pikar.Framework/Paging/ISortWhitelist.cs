namespace Pikar.Paging;

public interface ISortWhitelist
{
    IReadOnlyCollection<string> Fields { get; }

    bool IsValid(string? sorting);
}
