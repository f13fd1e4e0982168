namespace KnowledgeGraph.Core.Identity;

/// <summary>One record without an arXiv id paired with the arXiv record its title matches.</summary>
public sealed record TitlePair(string OtherKey, string OtherTitle, string ArxivId, string ArxivTitle);
