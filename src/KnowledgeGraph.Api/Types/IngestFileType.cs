using GraphQL.Types;
using KnowledgeGraph.Core.Storage.Inbox;

namespace KnowledgeGraph.Api.Types;

/// <summary>One inbox file's checkpoint.</summary>
internal sealed class IngestFileType : ObjectGraphType<InboxFile>
{
    public IngestFileType()
    {
        Name = "IngestFile";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("sha256").Description("The file is known by its content").Resolve(c => c.Source.Sha256);
        Field<NonNullGraphType<StringGraphType>>("status").Description("inProgress, done or quarantined").Resolve(c => StatusName(c.Source.Status));
        Field<NonNullGraphType<IntGraphType>>("records").Resolve(c => IngestStatusType.Clamp(c.Source.RecordsCommitted));
        Field<NonNullGraphType<IntGraphType>>("badRecords").Resolve(c => IngestStatusType.Clamp(c.Source.Problems));
        Field<StringGraphType>("movedTo").Description("Where the file went (processed or quarantine folder)").Resolve(c => c.Source.MovedTo);
        Field<NonNullGraphType<StringGraphType>>("updatedAt").Description("ISO 8601, UTC").Resolve(c => c.Source.UpdatedAt.ToString("O"));
    }

    private static string StatusName(InboxFileStatus status) => status switch
    {
        InboxFileStatus.InProgress => "inProgress",
        InboxFileStatus.Done => "done",
        _ => "quarantined",
    };
}
