using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Ingestion;

/// <summary>
/// Checks a record before it reaches the store; returns what is wrong, or null when it is fine.
/// A full record needs a title; a partial record (<see cref="PaperRecord.IsPartial"/>) needs ids instead.
/// </summary>
public static class RecordValidator
{
    public const int MaxTitleLength = 2_000;

    public static string? Validate(PaperRecord record)
    {
        if (record.IsPartial)
        {
            // A partial record only adds fields to a paper found by its ids; without ids it cannot be merged.
            return record.Ids.IsEmpty ? "partial record has no ids to merge it by" : null;
        }
        if (string.IsNullOrWhiteSpace(record.Title)) return "record has no title";
        if (record.Title.Length > MaxTitleLength) return $"title is {record.Title.Length} characters long (at most {MaxTitleLength})";
        if (record.Title.Contains('\uFFFD') && record.Title.Count(c => c == '\uFFFD') * 4 > record.Title.Length)
        {
            return "title is mostly undecodable bytes (wrong encoding?)";
        }
        if (record.Title.Any(c => char.IsControl(c) && c is not '\t' and not '\n' and not '\r'))
        {
            return "title contains control characters (binary data?)";
        }
        return null;
    }
}
