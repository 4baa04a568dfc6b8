using ResearchGraph.Domain;

namespace ResearchGraph.Domain.Tests;

public sealed class FactIdsTests
{
    [Fact]
    public void Same_tuple_gives_the_same_id()
    {
        var first = FactIds.For(FactType.RECEIVED, "person:ada-quill", "award:best-paper", 2020, null);
        var second = FactIds.For(FactType.RECEIVED, "person:ada-quill", "award:best-paper", 2020, null);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Id_is_fact_prefix_and_twenty_lower_case_hex_digits()
    {
        var id = FactIds.For(FactType.PRECEDES, "project:a", "project:b", null, null);

        Assert.Matches("^fact:[0-9a-f]{20}$", id);
    }

    [Fact]
    public void Each_year_is_its_own_fact()
    {
        var ids = new[] { 2017, 2018, 2020 }
            .Select(y => FactIds.For(FactType.RECEIVED, "person:ada-quill", "award:sony-faculty-award", y, null))
            .Append(FactIds.For(FactType.RECEIVED, "person:ada-quill", "award:sony-faculty-award", null, null))
            .ToList();

        Assert.Equal(4, ids.Distinct().Count());
    }

    [Fact]
    public void Each_via_is_its_own_fact()
    {
        var viaA = FactIds.For(FactType.ADOPTED, "org:intel", "project:fastnet", 2023, "product:openvino");
        var viaB = FactIds.For(FactType.ADOPTED, "org:intel", "project:fastnet", 2023, "product:neural-compressor");
        var none = FactIds.For(FactType.ADOPTED, "org:intel", "project:fastnet", 2023, null);

        Assert.Equal(3, new[] { viaA, viaB, none }.Distinct().Count());
    }

    [Fact]
    public void Rel_and_direction_are_part_of_the_id()
    {
        var forward = FactIds.For(FactType.PRECEDES, "project:a", "project:b", null, null);

        Assert.NotEqual(forward, FactIds.For(FactType.PRECEDES, "project:b", "project:a", null, null));
        Assert.NotEqual(forward, FactIds.For(FactType.USES, "project:a", "project:b", null, null));
    }

    [Fact]
    public void Fields_do_not_run_into_each_other()
    {
        // "a" + "bc" and "ab" + "c" must not collide once joined.
        Assert.NotEqual(
            FactIds.For(FactType.USES, "a", "bc", null, null),
            FactIds.For(FactType.USES, "ab", "c", null, null));
    }

    [Fact]
    public void Null_ends_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => FactIds.For(FactType.USES, null!, "b", null, null));
        Assert.Throws<ArgumentNullException>(() => FactIds.For(FactType.USES, "a", null!, null, null));
    }
}
