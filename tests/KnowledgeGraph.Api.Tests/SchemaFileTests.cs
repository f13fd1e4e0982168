using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests;

public sealed class SchemaFileTests
{
    private const string Regenerate = "KG_UPDATE_SCHEMA=1 dotnet test tests/KnowledgeGraph.Api.Tests --filter SchemaFileTests";

    [Fact]
    public void SchemaGraphql_MatchesTheSchemaTheServerBuilds()
    {
        using var services = new ServiceCollection().AddLogging().AddKnowledgeGraphApi().BuildServiceProvider();
        var printed = services.GetRequiredService<ISchema>().Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
        var file = Path.Combine(RepositoryRoot(), "schema", "schema.graphql");

        if (Environment.GetEnvironmentVariable("KG_UPDATE_SCHEMA") == "1") File.WriteAllText(file, printed);

        Assert.True(File.Exists(file), $"schema/schema.graphql is missing; regenerate it with: {Regenerate}");
        Assert.True(File.ReadAllText(file).ReplaceLineEndings("\n") == printed, $"schema/schema.graphql is out of sync with the code; regenerate it with: {Regenerate}");
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "KnowledgeGraph.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException("KnowledgeGraph.sln not found above " + AppContext.BaseDirectory);
    }
}
