using Pikar.Errors;
using Pikar.Paging;

namespace Pikar.Framework.Tests.Paging;

public sealed class SortMapTests
{
    private sealed record Row(Guid Id, string Name, int Rank);

    private static readonly SortMap<Row> Sorting = new SortMap<Row>("name")
        .Add("name", r => r.Name)
        .Add("rank", r => r.Rank);

    private static readonly Row[] Rows =
    [
        new(Guid.Parse("00000000-0000-0000-0000-000000000002"), "b", 1),
        new(Guid.Parse("00000000-0000-0000-0000-000000000001"), "a", 1),
        new(Guid.Parse("00000000-0000-0000-0000-000000000003"), "c", 0),
    ];

    [Theory]
    [InlineData(null, "a,b,c")]
    [InlineData("name desc", "c,b,a")]
    [InlineData("RANK asc", "c,a,b")]
    [InlineData("rank desc", "b,a,c")]
    public void Sorts_by_the_whitelisted_field_and_breaks_ties_on_the_id(string? sorting, string expected)
    {
        var sorted = Sorting.Apply(Rows.AsQueryable(), sorting, r => r.Id).Select(r => r.Name);

        string.Join(',', sorted).ShouldBe(expected);
    }

    [Theory]
    [InlineData("password")]
    [InlineData("name sideways")]
    [InlineData("name asc extra")]
    [InlineData("name; DROP TABLE users")]
    public void Refuses_anything_off_the_whitelist(string sorting)
    {
        Sorting.IsValid(sorting).ShouldBeFalse();
        Should.Throw<InvalidInputException>(() => Sorting.Apply(Rows.AsQueryable(), sorting, r => r.Id))
            .Errors.Keys.ShouldBe(["sorting"]);
    }
}
