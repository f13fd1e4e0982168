using GraphQL.Validation;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.Http;

/// <summary>GET is for queries only (GraphQL over HTTP): a mutation sent by GET is refused before it runs, and answered 405.</summary>
internal sealed class QueryOnlyOverGetRule : ValidationRuleBase
{
    public static readonly QueryOnlyOverGetRule Instance = new();

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        if (context.Operation.Operation != OperationType.Query) context.ReportError(new MutationOverGetError(context.Document.Source, context.Operation));
        return default;
    }
}

/// <summary>The error <see cref="QueryOnlyOverGetRule"/> reports; the endpoint turns it into 405 Method Not Allowed.</summary>
internal sealed class MutationOverGetError(GraphQLParser.ROM source, ASTNode node)
    : ValidationError(source, null, "Only queries may be sent with GET; send mutations with POST.", node)
{
}
