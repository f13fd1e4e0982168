namespace KnowledgeGraph.Core.Linking.Extractors;

/// <summary>An acronym defined in the text: <c>graph neural networks (GNNs)</c>.</summary>
/// <param name="Short">The acronym as written, plural dropped (<c>GNN</c>).</param>
/// <param name="LongForm">The words it stands for (<c>graph neural networks</c>).</param>
/// <param name="Sentence">Index of the sentence that defines it.</param>
/// <param name="ShortToken">Index of the acronym's first token.</param>
/// <param name="LongFirstToken">Index of the long form's first token.</param>
/// <param name="LongStart">Character offset of the long form.</param>
internal sealed record AcronymDefinition(string Short, string LongForm, int Sentence, int ShortToken, int LongFirstToken, int LongStart);
