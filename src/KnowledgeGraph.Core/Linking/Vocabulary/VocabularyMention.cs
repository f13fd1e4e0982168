namespace KnowledgeGraph.Core.Linking.Vocabulary;

/// <summary>A vocabulary alias found in a text: the entry, the token range and the character span it covers.</summary>
public readonly record struct VocabularyMention(VocabularyEntry Entry, int FirstToken, int LastToken, int Start, int End);
