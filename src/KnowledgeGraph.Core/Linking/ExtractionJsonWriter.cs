using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Core.Linking;

/// <summary>Writes extractions as one JSON array, one object per paper, streaming (one paper in memory at a time).</summary>
public sealed class ExtractionJsonWriter : IDisposable
{
    private readonly Utf8JsonWriter _json;

    public ExtractionJsonWriter(Stream output, bool indented = true)
    {
        _json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _json.WriteStartArray();
    }

    public void Write(PaperExtraction paper)
    {
        _json.WriteStartObject();
        _json.WriteString("id", paper.Id);
        _json.WriteString("title", paper.Title);
        Entities("proposed", paper.Proposed);
        Entities("methods", paper.Methods);
        Entities("comparedWith", paper.ComparedWith);
        Entities("datasets", paper.Datasets);
        Entities("tasks", paper.Tasks);
        Entities("metrics", paper.Metrics);
        _json.WriteStartArray("results");
        foreach (var r in paper.Results)
        {
            _json.WriteStartObject();
            _json.WriteString("metric", r.Metric);
            _json.WriteString("value", r.Value);
            if (r.Dataset is null) _json.WriteNull("dataset"); else _json.WriteString("dataset", r.Dataset);
            if (r.Method is null) _json.WriteNull("method"); else _json.WriteString("method", r.Method);
            _json.WriteString("evidence", r.Evidence);
            _json.WriteNumber("evidenceStart", r.EvidenceStart);
            _json.WriteNumber("confidence", r.Confidence);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        Entities("concepts", paper.Concepts);
        _json.WriteEndObject();
        _json.Flush();
    }

    /// <summary>Closes the array and flushes.</summary>
    public void Complete()
    {
        _json.WriteEndArray();
        _json.Flush();
    }

    public void Dispose() => _json.Dispose();

    private void Entities(string property, IReadOnlyList<ExtractedEntity> entities)
    {
        _json.WriteStartArray(property);
        foreach (var e in entities)
        {
            _json.WriteStartObject();
            _json.WriteString("name", e.Name);
            _json.WriteString("surface", e.Surface);
            _json.WriteString("evidence", e.Evidence);
            _json.WriteNumber("evidenceStart", e.EvidenceStart);
            _json.WriteNumber("confidence", e.Confidence);
            _json.WriteString("extractor", e.Extractor);
            _json.WriteBoolean("discovered", e.Discovered);
            if (e.Parent is not null) _json.WriteString("parent", e.Parent);
            if (e.FullName is not null) _json.WriteString("fullName", e.FullName);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
    }
}
