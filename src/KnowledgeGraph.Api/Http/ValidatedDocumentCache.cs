using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Parsed documents that passed validation, by query text, so a repeated query skips parsing and the spec's validation
/// rules (the GraphQL.MemoryCache package is not served here). The rules that depend on the request — the complexity
/// limit (variables change <c>first</c>) and queries-only over GET — still run on every request.
/// </summary>
internal sealed class ValidatedDocumentCache(IOptions<KnowledgeGraphApiOptions> options) : IConfigureExecution
{
    private static readonly HashSet<IValidationRule> RequestIndependentRules = [.. DocumentValidator.CoreRules];
    private readonly int _capacity = options.Value.DocumentCacheEntries;
    private ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    /// <summary>After the option configurations (100) and with the other execution configurations, as GraphQL.NET's own cache.</summary>
    public float SortOrder => 200;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (_capacity == 0 || options.Document is not null || options.Query is not { } query) return await next(options);
        var documents = _documents;
        if (documents.TryGetValue(query, out var cached))
        {
            options.Document = cached;
            options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules).Where(rule => !RequestIndependentRules.Contains(rule)).ToArray();
            return await next(options);
        }
        var result = await next(options);
        // Executed means validation passed; a document that failed is never cached, so it fails the same way next time.
        if (result.Executed && (result.Document ?? options.Document) is { } document)
        {
            if (documents.Count >= _capacity) _documents = documents = new ConcurrentDictionary<string, GraphQLDocument>(StringComparer.Ordinal);
            documents.TryAdd(query, document);
        }
        return result;
    }
}
