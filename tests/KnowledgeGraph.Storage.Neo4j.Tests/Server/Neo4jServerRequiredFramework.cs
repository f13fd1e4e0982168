using KnowledgeGraph.Storage.Neo4j.Tests;
using Xunit.Abstractions;
using Xunit.Sdk;

[assembly: TestFramework("KnowledgeGraph.Storage.Neo4j.Tests." + nameof(Neo4jServerRequiredFramework), "KnowledgeGraph.Storage.Neo4j.Tests")]

namespace KnowledgeGraph.Storage.Neo4j.Tests;

/// <summary>
/// Marks a test class whose every test (inherited ones too, such as the store contract's) needs a real Neo4j: without
/// <c>KG_NEO4J_URI</c> and without a Docker engine each is reported as skipped, with the reason in the test output.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class RequiresNeo4jAttribute : Attribute
{
    /// <summary>Why the tests cannot run here, or null when a server is configured or a container can be started.</summary>
    public static string? SkipReason => Neo4jTestServer.SkipReason;
}

/// <summary>xUnit's framework, with discovery that turns the tests of a <see cref="RequiresNeo4jAttribute"/> class into skipped ones when no server is configured.</summary>
public sealed class Neo4jServerRequiredFramework(IMessageSink messageSink) : XunitTestFramework(messageSink)
{
    protected override ITestFrameworkDiscoverer CreateDiscoverer(IAssemblyInfo assemblyInfo) =>
        new Discoverer(assemblyInfo, SourceInformationProvider, DiagnosticMessageSink);

    private sealed class Discoverer(IAssemblyInfo assembly, ISourceInformationProvider source, IMessageSink sink)
        : XunitTestFrameworkDiscoverer(assembly, source, sink)
    {
        protected override bool FindTestsForMethod(ITestMethod testMethod, bool includeSourceInformation, IMessageBus messageBus, ITestFrameworkDiscoveryOptions discoveryOptions)
        {
            var reason = RequiresNeo4jAttribute.SkipReason;
            var needsServer = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresNeo4jAttribute)).Any();
            if (reason is null || !needsServer || !testMethod.Method.GetCustomAttributes(typeof(FactAttribute)).Any())
            {
                return base.FindTestsForMethod(testMethod, includeSourceInformation, messageBus, discoveryOptions);
            }
            var testCase = new SkippedTestCase(DiagnosticMessageSink, discoveryOptions.MethodDisplayOrDefault(), discoveryOptions.MethodDisplayOptionsOrDefault(), testMethod, reason);
            return ReportDiscoveredTestCase(testCase, includeSourceInformation, messageBus);
        }
    }
}

/// <summary>A test case reported as skipped with a reason decided at discovery (not written in the attribute).</summary>
public sealed class SkippedTestCase : XunitTestCase
{
    private string _reason = "";

    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public SkippedTestCase() { }

    public SkippedTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod, string reason)
        : base(sink, display, displayOptions, testMethod) => _reason = reason;

    protected override string GetSkipReason(IAttributeInfo factAttribute) => _reason;

    public override void Serialize(IXunitSerializationInfo data)
    {
        base.Serialize(data);
        data.AddValue("SkipReasonText", _reason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        _reason = data.GetValue<string>("SkipReasonText");
        base.Deserialize(data);
    }
}
