using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Http;
using KnowledgeGraph.Api.Ingest;
using KnowledgeGraph.Api.Types;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Schema;

/// <summary>The one write: ingest papers, guarded by the API key.</summary>
internal sealed class MutationType : ObjectGraphType
{
    public MutationType(IOptions<KnowledgeGraphApiOptions> options)
    {
        var settings = options.Value;
        Name = "Mutation";
        Field<NonNullGraphType<IngestResultType>>("ingest")
            .Description($"Ingests and links papers (at most {settings.MaxIngestPapers}); needs the {KnowledgeGraphApiOptions.ApiKeyHeader} header")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<PaperInputType>>>>("papers")
            .ResolveAsync(async c =>
            {
                Authorize(settings.ApiKey, (c.UserContext as ApiUserContext)?.PresentedApiKey);
                var papers = c.GetArgument<List<PaperInput>>("papers");
                if (papers.Count > settings.MaxIngestPapers)
                {
                    throw new ExecutionError($"ingest takes at most {settings.MaxIngestPapers} papers per call (got {papers.Count}).") { Code = "TOO_MANY_PAPERS" };
                }
                return await c.Service<ApiIngestService>().IngestAsync(papers, c.CancellationToken);
            });
    }

    private static void Authorize(string? configured, string? presented)
    {
        if (string.IsNullOrEmpty(configured))
        {
            throw new ExecutionError($"ingest is disabled: the server has no API key (set {KnowledgeGraphApiOptions.ApiKeyEnvironmentVariable}).") { Code = "FORBIDDEN" };
        }
        // Fixed-time comparison, so response timing does not leak how much of a guess was right.
        if (presented is null || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(configured), Encoding.UTF8.GetBytes(presented)))
        {
            throw new ExecutionError($"ingest needs a valid {KnowledgeGraphApiOptions.ApiKeyHeader} header.") { Code = "UNAUTHORIZED" };
        }
    }
}
