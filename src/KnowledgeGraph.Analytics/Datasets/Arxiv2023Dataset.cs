using KnowledgeGraph.Core.Readers;
using System.Text;
using KnowledgeGraph.Analytics.Snapshot;
using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Analytics.Datasets;

/// <summary>
/// Loads the arxiv-2023 citation data set (raw/ids.csv.gz, titles.csv.gz, labels.csv.gz, edges.csv.gz with
/// <c>source,target</c> = citing,cited row numbers) into snapshot inputs. Paper ids are the arXiv ids (or the
/// numeric ids of non-arXiv records); the year comes from an arXiv id's YYMM prefix; the arXiv primary category
/// becomes a Concept entity ("Computer Vision (cs.CV)"). There are no abstracts, so text is the title.
/// </summary>
public static class Arxiv2023Dataset
{
    private static readonly Dictionary<string, string> CategoryNames = new(StringComparer.Ordinal)
    {
        ["cs.LG"] = "Machine Learning", ["cs.CV"] = "Computer Vision", ["cs.CL"] = "Computation and Language",
        ["cs.AI"] = "Artificial Intelligence", ["cs.RO"] = "Robotics", ["cs.IR"] = "Information Retrieval",
        ["cs.CR"] = "Cryptography and Security", ["cs.NE"] = "Neural and Evolutionary Computing", ["cs.SD"] = "Sound",
        ["cs.HC"] = "Human-Computer Interaction", ["cs.MA"] = "Multiagent Systems", ["cs.SI"] = "Social and Information Networks",
        ["cs.DC"] = "Distributed Computing", ["cs.CY"] = "Computers and Society", ["cs.GR"] = "Graphics", ["cs.MM"] = "Multimedia",
        ["cs.SE"] = "Software Engineering", ["cs.DB"] = "Databases", ["cs.IT"] = "Information Theory", ["cs.GT"] = "Game Theory",
        ["cs.DS"] = "Data Structures and Algorithms", ["cs.NI"] = "Networking", ["cs.PL"] = "Programming Languages",
        ["cs.LO"] = "Logic in Computer Science", ["cs.SY"] = "Systems and Control", ["cs.AR"] = "Hardware Architecture",
    };

    public static SnapshotInput Load(string directory)
    {
        var raw = Directory.Exists(Path.Combine(directory, "raw")) ? Path.Combine(directory, "raw") : directory;
        var ids = ReadColumn(Path.Combine(raw, "ids.csv.gz"));
        var titles = ReadColumn(Path.Combine(raw, "titles.csv.gz"));
        var labelsPath = Path.Combine(raw, "labels.csv.gz");
        var labels = File.Exists(labelsPath) ? ReadColumn(labelsPath) : [];
        if (titles.Count != ids.Count) throw new InvalidDataException($"{ids.Count} ids but {titles.Count} titles in {raw}");

        var papers = new List<PaperInput>(ids.Count);
        var entities = new List<EntityInput>(labels.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            papers.Add(new PaperInput(ids[i], titles[i], null, YearOf(ids[i])));
            if (i < labels.Count && labels[i].Length > 0)
            {
                var name = CategoryNames.TryGetValue(labels[i], out var full) ? $"{full} ({labels[i]})" : labels[i];
                entities.Add(new EntityInput(ids[i], RelationshipType.Mentions, NodeLabel.Concept, name));
            }
        }
        var citations = new List<CitationInput>(310_000);
        foreach (var row in ReadRows(Path.Combine(raw, "edges.csv.gz")).Skip(1))
        {
            var comma = row.IndexOf(',');
            if (comma < 0) continue;
            var source = int.Parse(row.AsSpan(0, comma));
            var target = int.Parse(row.AsSpan(comma + 1));
            citations.Add(new CitationInput(ids[source], ids[target]));
        }
        return new SnapshotInput(papers, citations, entities);
    }

    /// <summary>2304.07638 → 2023; ids that are not new-style arXiv ids → null.</summary>
    internal static int? YearOf(string id)
    {
        if (id.Length >= 9 && id[4] == '.' && char.IsAsciiDigit(id[0]) && char.IsAsciiDigit(id[1]) && int.TryParse(id.AsSpan(0, 2), out var yy))
        {
            return 2000 + yy;
        }
        return null;
    }

    /// <summary>Reads a one-column CSV (header skipped) with RFC 4180 quoting; quoted values may span lines.</summary>
    internal static List<string> ReadColumn(string path)
    {
        var values = new List<string>();
        using var reader = OpenText(path);
        var value = new StringBuilder();
        var header = true;
        int ch;
        while ((ch = reader.Read()) >= 0)
        {
            if (ch == '"')
            {
                while ((ch = reader.Read()) >= 0)
                {
                    if (ch == '"')
                    {
                        if (reader.Peek() == '"')
                        {
                            reader.Read();
                            value.Append('"');
                            continue;
                        }
                        break;
                    }
                    value.Append((char)ch);
                }
                continue;
            }
            if (ch == '\r') continue;
            if (ch == '\n')
            {
                if (!header) values.Add(value.ToString());
                header = false;
                value.Clear();
                continue;
            }
            value.Append((char)ch);
        }
        if (value.Length > 0 && !header) values.Add(value.ToString());
        return values;
    }

    private static IEnumerable<string> ReadRows(string path)
    {
        using var reader = OpenText(path);
        while (reader.ReadLine() is { } line) yield return line;
    }

    private static StreamReader OpenText(string path)
    {
        return new StreamReader(CompressedFile.OpenRead(path), Encoding.UTF8);
    }
}
