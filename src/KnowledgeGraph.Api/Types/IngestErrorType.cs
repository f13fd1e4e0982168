using GraphQL.Types;
using KnowledgeGraph.Core.Storage.Inbox;

namespace KnowledgeGraph.Api.Types;

/// <summary>A bad record or a failed file: which file, where in it (file:line (record N)) and what is wrong.</summary>
internal sealed class IngestErrorType : ObjectGraphType<InboxProblem>
{
    public IngestErrorType()
    {
        Name = "IngestError";
        Field<NonNullGraphType<StringGraphType>>("file").Resolve(c => c.Source.FileName);
        Field<NonNullGraphType<StringGraphType>>("location").Description("file:line (record N)").Resolve(c => c.Source.Location);
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(c => c.Source.Message);
        Field<NonNullGraphType<StringGraphType>>("at").Description("ISO 8601, UTC").Resolve(c => c.Source.At.ToString("O"));
    }
}
