namespace KnowledgeGraph.Api.Ingest;

/// <summary>One paper sent to the ingest mutation (the GraphQL PaperInput).</summary>
public sealed class PaperInput
{
    public string Title { get; set; } = "";
    public string? Abstract { get; set; }
    public List<string>? Authors { get; set; }
    public string? Published { get; set; }
    public int? Year { get; set; }
    public string? Venue { get; set; }
    public string? Doi { get; set; }
    public string? Arxiv { get; set; }
    public List<ReferenceInput>? References { get; set; }
}

/// <summary>One reference of a <see cref="PaperInput"/>: any ids it has, and its title.</summary>
public sealed class ReferenceInput
{
    public string? Doi { get; set; }
    public string? Arxiv { get; set; }
    public string? Title { get; set; }
}
