using KnowledgeGraph.Core.Citations;
using KnowledgeGraph.Core.Model;
using KnowledgeGraph.Core.Records;

namespace KnowledgeGraph.Core.Tests.Citations;

public class ReferenceIdEnricherTests
{
    [Fact]
    public void Enrich_PrintedReferenceWithArxivId_GetsTheId()
    {
        var reference = new PaperReference { RawText = "A. Vaswani et al. Attention is all you need. arXiv:1706.03762v5, 2017." };

        var enriched = ReferenceIdEnricher.Enrich(reference);

        Assert.Equal("1706.03762", enriched.Ids.ArxivId);
        Assert.Equal(reference.RawText, enriched.RawText);
    }

    [Fact]
    public void Enrich_PrintedReferenceWithDoi_GetsTheDoi()
    {
        var reference = new PaperReference { RawText = "S.-S. Byun, J. Lee. Zeros of random polynomials. Trans. AMS 375(9), 2022. doi:10.1090/tran/8674" };

        Assert.Equal("10.1090/tran/8674", ReferenceIdEnricher.Enrich(reference).Ids.Doi);
    }

    [Fact]
    public void Enrich_ReferenceThatHasIds_IsUnchanged()
    {
        var reference = new PaperReference { Ids = new ExternalIds { OpenAlexId = "W1" }, RawText = "see arXiv:1706.03762" };

        Assert.Same(reference, ReferenceIdEnricher.Enrich(reference));
    }
}
