namespace KnowledgeGraph.Core.Linking.Text;

/// <summary>A sentence: its character span and its token range [FirstToken, EndToken).</summary>
public readonly record struct Sentence(int Index, int Start, int End, int FirstToken, int EndToken);
