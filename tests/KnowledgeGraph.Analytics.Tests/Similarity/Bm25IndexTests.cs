using KnowledgeGraph.Analytics.Similarity;

namespace KnowledgeGraph.Analytics.Tests.Similarity;

public class Bm25IndexTests
{
    [Fact]
    public void Score_RareSharedTermOutranksCommonOnes()
    {
        var index = Bm25Index.Build(["selective state space models", "deep learning models", "state space duality", "deep learning for vision"]);
        var scores = new ScoreAccumulator(index.DocumentCount);

        index.Score(index.QueryTerms("state space models"), scores);
        var top = scores.Top(2);

        Assert.Equal([0, 2], top);
    }

    [Fact]
    public void Tokenize_DropsStopWordsAndPlurals()
    {
        var tokens = TextTokenizer.Tokenize("Transformers are all you need for the Models of 2024");

        Assert.Equal(["transformer", "all", "need", "model", "2024"], tokens);
    }

    [Fact]
    public void SharedTerms_AreRarestFirst()
    {
        var index = Bm25Index.Build(["graph neural network", "graph attention network", "graph kernels", "image classification"]);

        var shared = index.SharedTerms(0, 1).ToList();

        Assert.Equal(["network", "graph"], shared);
    }
}
