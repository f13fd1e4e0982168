using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Readers.Common;

/// <summary>Runs a record mapping so that an unexpected shape in one record is reported, never thrown.</summary>
internal static class SafeMap
{
    public static ReadOutcome Run(Func<ReadOutcome> map, SourceLocation location)
    {
        try
        {
            return map();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return ReadOutcome.Fail(location, "unexpected record shape: " + ex.Message);
        }
    }
}
