using Xunit.Abstractions;
using Xunit.Sdk;

namespace ResearchGraph.Graph.Tests.Support;

/// <summary>
/// A contract test: a fact that is skipped, with a visible reason, when the deriving test class
/// carries <see cref="RequiresEnvironmentAttribute"/> and that variable is not set (a store whose
/// server is not available here). xunit 2 has no dynamic skip of its own.
/// </summary>
[XunitTestCaseDiscoverer("ResearchGraph.Graph.Tests.Support.ContractFactDiscoverer", "ResearchGraph.Graph.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContractFactAttribute : FactAttribute;

/// <summary>Marks a contract test class that runs only when an environment variable is set.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresEnvironmentAttribute(string variable, string purpose) : Attribute
{
    public string Variable { get; } = variable;

    public string Purpose { get; } = purpose;
}

/// <summary>Discovers <see cref="ContractFactAttribute"/> tests as <see cref="EnvironmentGatedTestCase"/>s.</summary>
public sealed class ContractFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        yield return new EnvironmentGatedTestCase(diagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod);
    }
}

/// <summary>A test case whose skip reason is computed from the test class's required environment variable.</summary>
public sealed class EnvironmentGatedTestCase : XunitTestCase
{
    [Obsolete("For deserialization only.")]
    public EnvironmentGatedTestCase()
    {
    }

    public EnvironmentGatedTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod)
        : base(sink, display, options, testMethod)
    {
    }

    protected override string? GetSkipReason(IAttributeInfo factAttribute)
    {
        var requirement = TestMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresEnvironmentAttribute)).FirstOrDefault();
        if (requirement is null)
        {
            return base.GetSkipReason(factAttribute);
        }

        var variable = requirement.GetNamedArgument<string>(nameof(RequiresEnvironmentAttribute.Variable))
            ?? (string)requirement.GetConstructorArguments().First();
        var purpose = (string)requirement.GetConstructorArguments().Skip(1).First();
        return string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable))
            ? $"{variable} is not set: {purpose}"
            : base.GetSkipReason(factAttribute);
    }
}
