using ResearchGraph.Neo4j.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace ResearchGraph.Neo4j.Tests;

/// <summary>
/// The structure of docker-compose.yml and the Dockerfile (Docker cannot run here): services,
/// image, published ports, healthcheck, volumes and the environment names the store reads. It
/// cannot prove that the images build or the containers start.
/// </summary>
public sealed class DockerComposeTests
{
    private static readonly YamlMappingNode Compose = Load();

    private static YamlMappingNode Load()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Repository.PathOf("docker-compose.yml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[new YamlScalarNode(key)];

    private static YamlNode? Child(YamlNode node, string key) =>
        ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static string Scalar(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[new YamlScalarNode(key)]).Value!;

    private static List<string> Sequence(YamlNode node, string key) =>
        [.. ((YamlSequenceNode)((YamlMappingNode)node)[new YamlScalarNode(key)]).Children.Select(c => ((YamlScalarNode)c).Value!)];

    private static YamlMappingNode Service(string name) => Map(Map(Compose, "services"), name);

    [Fact]
    public void Neo4j_is_5_26_community_with_http_and_bolt_on_loopback_and_its_volumes()
    {
        var neo4j = Service("neo4j");

        Assert.Equal("neo4j:5.26-community", Scalar(neo4j, "image"));
        Assert.Equal(["127.0.0.1:7474:7474", "127.0.0.1:7687:7687"], Sequence(neo4j, "ports"));
        var mounts = Sequence(neo4j, "volumes").Select(v => v.Split(':')[1]).ToList();
        Assert.Equal(["/data", "/logs", "/import", "/plugins"], mounts);
        Assert.StartsWith("neo4j/", Scalar(Map(neo4j, "environment"), "NEO4J_AUTH"));
    }

    [Fact]
    public void Neo4j_has_a_healthcheck_probing_its_http_port_with_a_start_period()
    {
        var healthcheck = Map(Service("neo4j"), "healthcheck");

        Assert.Contains("http://localhost:7474", string.Join(' ', Sequence(healthcheck, "test")));
        Assert.Equal("40s", Scalar(healthcheck, "start_period"));
        Assert.NotNull(Child(healthcheck, "interval"));
        Assert.NotNull(Child(healthcheck, "retries"));
    }

    [Fact]
    public void ResearchGraph_is_built_from_the_dockerfile_and_waits_for_a_healthy_neo4j()
    {
        var service = Service("researchgraph");

        var dockerfile = Scalar(Map(service, "build"), "dockerfile");
        Assert.True(File.Exists(Repository.PathOf(dockerfile)), dockerfile + " is missing");
        Assert.Contains("dotnet publish src/ResearchGraph.Cli", File.ReadAllText(Repository.PathOf(dockerfile)));
        Assert.Equal("service_healthy", Scalar(Map(Map(service, "depends_on"), "neo4j"), "condition"));
        Assert.All(Sequence(service, "ports"), p => Assert.StartsWith("127.0.0.1:", p));
        Assert.Contains(Sequence(service, "volumes"), v => v.EndsWith(":/data", StringComparison.Ordinal));
    }

    [Fact]
    public void ResearchGraph_is_configured_by_the_environment_names_the_store_reads()
    {
        var environment = Map(Service("researchgraph"), "environment");

        Assert.Equal("neo4j", Scalar(environment, "RESEARCHGRAPH_STORE"));
        Assert.Equal("http://neo4j:7474", Scalar(environment, Neo4jSettings.UrlVariable));
        Assert.Equal("neo4j", Scalar(environment, Neo4jSettings.UserVariable));
        Assert.NotEmpty(Scalar(environment, Neo4jSettings.PasswordVariable));
        Assert.Equal("neo4j", Scalar(environment, Neo4jSettings.DatabaseVariable));
        Assert.Equal("/data", Scalar(environment, "RESEARCHGRAPH_DATA"));

        // The password the service uses is the one the server is given.
        var auth = Scalar(Map(Service("neo4j"), "environment"), "NEO4J_AUTH");
        Assert.Equal("neo4j/" + Scalar(environment, Neo4jSettings.PasswordVariable), auth);
    }

    [Fact]
    public void Every_named_volume_is_declared()
    {
        var declared = Map(Compose, "volumes").Children.Keys.Select(k => ((YamlScalarNode)k).Value).ToHashSet();
        var used = Map(Compose, "services").Children.Values
            .SelectMany(s => Sequence(s, "volumes"))
            .Select(v => v.Split(':')[0])
            .Where(source => !source.StartsWith('.') && !source.StartsWith('/'));

        Assert.All(used, v => Assert.Contains(v, declared));
    }
}
