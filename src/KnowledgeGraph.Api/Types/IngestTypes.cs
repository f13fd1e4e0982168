using GraphQL.Types;
using KnowledgeGraph.Api.Ingest;

namespace KnowledgeGraph.Api.Types;

/// <summary>A paper to ingest. Title is required; ids let it merge with what the graph already has.</summary>
internal sealed class PaperInputType : InputObjectGraphType<PaperInput>
{
    public PaperInputType()
    {
        Name = "PaperInput";
        Field(p => p.Title);
        Field(p => p.Abstract, nullable: true);
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("authors");
        Field(p => p.Published, nullable: true).Description("2024, 2024-03 or 2024-03-11");
        Field(p => p.Year, nullable: true);
        Field(p => p.Venue, nullable: true);
        Field(p => p.Doi, nullable: true);
        Field(p => p.Arxiv, nullable: true).Description("arXiv id, version dropped");
        Field<ListGraphType<NonNullGraphType<ReferenceInputType>>>("references");
    }
}

/// <summary>A reference of an ingested paper.</summary>
internal sealed class ReferenceInputType : InputObjectGraphType<ReferenceInput>
{
    public ReferenceInputType()
    {
        Name = "ReferenceInput";
        Field(r => r.Doi, nullable: true);
        Field(r => r.Arxiv, nullable: true);
        Field(r => r.Title, nullable: true);
    }
}

/// <summary>What an ingest did.</summary>
internal sealed class IngestResultType : ObjectGraphType<IngestOutcome>
{
    public IngestResultType()
    {
        Name = "IngestResult";
        Field<NonNullGraphType<IntGraphType>>("added").Description("New papers").Resolve(c => c.Source.Store.Added);
        Field<NonNullGraphType<IntGraphType>>("merged").Description("Papers merged into papers already in the graph").Resolve(c => c.Source.Merged);
        Field<NonNullGraphType<IntGraphType>>("updated").Description("Merged papers whose stored fields changed").Resolve(c => c.Source.Store.Updated);
        Field<NonNullGraphType<IntGraphType>>("stubsCreated").Resolve(c => c.Source.Store.StubsCreated);
        Field<NonNullGraphType<IntGraphType>>("stubsFilled").Resolve(c => c.Source.Store.StubsFilled);
        Field<NonNullGraphType<IntGraphType>>("citationsAdded").Resolve(c => c.Source.Store.CitationsAdded);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IngestProblemType>>>>("problems").Description("Papers refused, with why").Resolve(c => c.Source.Problems);
    }
}

/// <summary>A refused paper: its index in the input list and what is wrong.</summary>
internal sealed class IngestProblemType : ObjectGraphType<IngestProblem>
{
    public IngestProblemType()
    {
        Name = "IngestProblem";
        Field<NonNullGraphType<IntGraphType>>("index").Resolve(c => c.Source.Index);
        Field<NonNullGraphType<StringGraphType>>("message").Resolve(c => c.Source.Message);
    }
}
