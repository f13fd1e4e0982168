using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Readers.Jsonl;

/// <summary>
/// Writes records in the paper-record JSON Lines format that <see cref="PaperJsonlReader"/> reads
/// (<c>schema/paper-record.schema.json</c>): one compact object per line, empty fields left out.
/// </summary>
public static class PaperRecordJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The record as one JSON line (without the newline).</summary>
    public static string ToJsonLine(PaperRecord record)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, record);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes every record as a line; returns how many were written.</summary>
    public static async Task<long> WriteAsync(IAsyncEnumerable<PaperRecord> records, TextWriter output, CancellationToken cancellationToken = default)
    {
        long count = 0;
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            await output.WriteAsync(ToJsonLine(record).AsMemory(), cancellationToken);
            await output.WriteAsync("\n".AsMemory(), cancellationToken);
            count++;
        }
        return count;
    }

    public static void Write(Utf8JsonWriter w, PaperRecord r)
    {
        w.WriteStartObject();
        if (r.Ids.Keys().FirstOrDefault() is { } id) w.WriteString("id", id);
        w.WriteString("title", r.Title);
        if (r.IsPartial) w.WriteBoolean("partial", true);
        Optional(w, "abstract", r.Abstract);
        Strings(w, "authors", r.Authors);
        Optional(w, "published", r.Published);
        if (r.Year is { } year) w.WriteNumber("year", year);
        Optional(w, "venue", r.Venue);
        Optional(w, "doi", r.Ids.Doi);
        Optional(w, "arxivId", r.Ids.ArxivId);
        Optional(w, "openAlexId", r.Ids.OpenAlexId);
        Optional(w, "semanticScholarId", r.Ids.SemanticScholarId);
        Optional(w, "corpusId", r.Ids.CorpusId);
        if (r.Ids.Other.Count > 0)
        {
            w.WriteStartObject("otherIds");
            foreach (var (scheme, value) in r.Ids.Other.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteString(scheme, value);
            w.WriteEndObject();
        }
        Strings(w, "categories", r.Categories);
        if (r.References.Count > 0)
        {
            w.WriteStartArray("references");
            foreach (var reference in r.References) WriteReference(w, reference);
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    private static void WriteReference(Utf8JsonWriter w, PaperReference reference)
    {
        var keys = reference.Ids.Keys().ToList();
        if (keys.Count == 1 && reference.Title is null && reference.Year is null && reference.RawText is null)
        {
            w.WriteStringValue(keys[0]);
            return;
        }
        w.WriteStartObject();
        Optional(w, "doi", reference.Ids.Doi);
        Optional(w, "arxivId", reference.Ids.ArxivId);
        Optional(w, "openAlexId", reference.Ids.OpenAlexId);
        Optional(w, "semanticScholarId", reference.Ids.SemanticScholarId);
        Optional(w, "corpusId", reference.Ids.CorpusId);
        var other = reference.Ids.Other.OrderBy(kv => kv.Key, StringComparer.Ordinal).FirstOrDefault();
        if (other.Key is not null) w.WriteString("id", other.Key + ":" + other.Value);
        Optional(w, "title", reference.Title);
        if (reference.Year is { } year) w.WriteNumber("year", year);
        Optional(w, "raw", reference.RawText);
        w.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        w.WriteStartArray(name);
        foreach (var value in values) w.WriteStringValue(value);
        w.WriteEndArray();
    }
}
