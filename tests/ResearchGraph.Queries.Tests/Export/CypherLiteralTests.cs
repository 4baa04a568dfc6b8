using ResearchGraph.Queries.Export;

namespace ResearchGraph.Queries.Tests.Export;

public sealed class CypherLiteralTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("O'Brien", @"'O\'Brien'")]
    [InlineData(@"back\slash", @"'back\\slash'")]
    [InlineData("two\nlines\r\n", @"'two\nlines\r\n'")]
    [InlineData("tab\there", @"'tab\there'")]
    [InlineData("bell\u0007", @"'bell\u0007'")]
    [InlineData("Zürich “quoted” 😀", "'Zürich “quoted” 😀'")]
    [InlineData("\"double\"", "'\"double\"'")]
    public void Strings_are_single_quoted_with_backslash_escapes(string value, string literal) =>
        Assert.Equal(literal, CypherLiteral.String(value));

    [Fact]
    public void Null_integers_and_lists_have_their_literals()
    {
        Assert.Equal("null", CypherLiteral.String(null));
        Assert.Equal("null", CypherLiteral.Integer(null));
        Assert.Equal("2021", CypherLiteral.Integer(2021));
        Assert.Equal(@"['a', 'b\'c']", CypherLiteral.List(["a", "b'c"]));
        Assert.Equal("[]", CypherLiteral.List([]));
    }
}
