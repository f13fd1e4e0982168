using GraphQL.Types;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Api.Types;

/// <summary>A paper's external ids, normalized (DOI lower-case, arXiv without version).</summary>
internal sealed class ExternalIdsType : ObjectGraphType<ExternalIds>
{
    public ExternalIdsType()
    {
        Name = "ExternalIds";
        Field<StringGraphType>("doi").Resolve(c => c.Source.Doi);
        Field<StringGraphType>("arxiv").Resolve(c => c.Source.ArxivId);
        Field<StringGraphType>("openAlex").Resolve(c => c.Source.OpenAlexId);
        Field<StringGraphType>("semanticScholar").Resolve(c => c.Source.SemanticScholarId);
        Field<StringGraphType>("corpusId").Resolve(c => c.Source.CorpusId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("keys").Description("Every id as scheme:value, strongest first")
            .Resolve(c => c.Source.Keys().ToList());
    }
}
