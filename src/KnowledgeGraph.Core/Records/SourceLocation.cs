namespace KnowledgeGraph.Core.Records;

/// <summary>Where a record (or a problem) sits: file, format, line and/or record number within the file.</summary>
public sealed record SourceLocation(string File, string Format, long? Line = null, long? RecordNumber = null)
{
    public override string ToString()
    {
        var where = File;
        if (Line is not null) where += $":{Line}";
        if (RecordNumber is not null) where += $" (record {RecordNumber})";
        return where;
    }
}
