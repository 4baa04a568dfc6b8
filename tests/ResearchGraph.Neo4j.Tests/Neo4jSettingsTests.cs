using Microsoft.Extensions.Configuration;

namespace ResearchGraph.Neo4j.Tests;

public sealed class Neo4jSettingsTests
{
    [Fact]
    public void Settings_come_from_the_environment_names_with_defaults()
    {
        var settings = Neo4jSettings.From(new Dictionary<string, string?> { ["RESEARCHGRAPH_NEO4J_URL"] = "http://127.0.0.1:7474", ["RESEARCHGRAPH_NEO4J_PASSWORD"] = " pass word " }.GetValueOrDefault);

        Assert.Equal(new Uri("http://127.0.0.1:7474"), settings.Url);
        Assert.Equal("neo4j", settings.User);
        Assert.Equal(" pass word ", settings.Password);
        Assert.Equal("neo4j", settings.Database);
    }

    [Fact]
    public void Configuration_keys_are_the_environment_names()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["RESEARCHGRAPH_NEO4J_URL"] = "https://graph.example.org:7473",
            ["RESEARCHGRAPH_NEO4J_USER"] = "reader",
            ["RESEARCHGRAPH_NEO4J_DATABASE"] = "research",
        }).Build();

        var settings = Neo4jSettings.FromConfiguration(configuration);

        Assert.Equal(("reader", "research", null), (settings.User, settings.Database, settings.Password));
        Assert.Equal("https", settings.Url.Scheme);
    }

    [Theory]
    [InlineData(null, "needs RESEARCHGRAPH_NEO4J_URL")]
    [InlineData("bolt://127.0.0.1:7687", "must be an http:// or https:// address")]
    [InlineData("127.0.0.1:7474", "must be an http:// or https:// address")]
    public void A_missing_or_wrong_url_is_refused_with_a_reason(string? url, string reason)
    {
        var e = Assert.Throws<ArgumentException>(() => Neo4jSettings.From(new Dictionary<string, string?> { ["RESEARCHGRAPH_NEO4J_URL"] = url }.GetValueOrDefault));

        Assert.Contains(reason, e.Message);
    }
}
