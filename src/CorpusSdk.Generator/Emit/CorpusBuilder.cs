using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CorpusSdk.Generator.Diagnostics;
using CorpusSdk.Generator.Extraction.People;
using CorpusSdk.Generator.Model;
using CorpusSdk.Generator.Naming;

namespace CorpusSdk.Generator.Emit;

/// <summary>
/// The corpus-wide step: orders articles deterministically (whatever order the files came in), makes ids unique,
/// resolves people across articles and links quotes to persons.
/// </summary>
internal static class CorpusBuilder
{
    public static CorpusModel Build(ImmutableArray<PageResult> pages, GeneratorOptions options)
    {
        var diagnostics = new List<LocatedDiagnostic>();
        var ordered = pages.Where(p => p.Article is not null)
            .OrderBy(p => p.Article!.FileName, StringComparer.Ordinal)
            .ThenBy(p => p.Path, StringComparer.Ordinal)
            .ToList();

        var articles = UniqueIds(ordered, diagnostics)
            .OrderBy(a => a.Published, StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();

        var people = CorpusPeopleResolver.Resolve(articles);
        var personIndex = new Dictionary<(string ArticleId, string Name), int>();
        for (var i = 0; i < people.Persons.Count; i++)
        {
            var person = people.Persons[i];
            for (var k = 0; k < person.ArticleIds.Count; k++)
                personIndex[(person.ArticleIds[k], person.ArticleNames[k])] = i;
        }

        var corpusArticles = articles.Select(a => Link(a, personIndex)).ToEquatableArray();
        var sources = articles.Select(a => a.Source).Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToList();
        var members = Identifiers.MakeUnique(sources.Select(s => Identifiers.ToPascalCase(s, "Source")).ToList(), new HashSet<string> { "All" });
        return new CorpusModel(
            options,
            corpusArticles,
            people.Persons,
            sources.Select((s, i) => new SourceMember(members[i], s)).ToEquatableArray(),
            diagnostics.ToEquatableArray());
    }

    /// <summary>Pages that would share an id keep it in file-name order: the first keeps it, later ones get "_2", "_3" and a CSDK005 warning.</summary>
    private static IEnumerable<ArticleModel> UniqueIds(List<PageResult> pages, List<LocatedDiagnostic> diagnostics)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal) { ["All"] = "(the All list)" };
        foreach (var page in pages)
        {
            var article = page.Article!;
            var id = article.Id;
            if (owners.TryGetValue(id, out var owner))
            {
                var n = 2;
                while (owners.ContainsKey(id + "_" + n)) n++;
                var unique = id + "_" + n;
                diagnostics.Add(new LocatedDiagnostic(DiagnosticIds.DuplicateId, page.Path, 0, 0, 1, 1, new[] { article.Id, owner, unique }.ToEquatableArray()));
                article = article with { Id = unique };
            }
            owners[article.Id] = article.FileName;
            yield return article;
        }
    }

    private static CorpusArticle Link(ArticleModel article, Dictionary<(string, string), int> personIndex)
    {
        int IndexOf(string name) => personIndex.TryGetValue((article.Id, name), out var i) ? i : -1;

        var speakers = article.Quotes.Select(q =>
        {
            if (q.Speaker is null) return -1;
            var person = article.People.FirstOrDefault(p => p.Name == q.Speaker || p.Mentions.Contains(q.Speaker));
            return person is null ? -1 : IndexOf(person.Name);
        }).ToEquatableArray();
        var indices = article.People.Select(p => IndexOf(p.Name)).ToEquatableArray();
        return new CorpusArticle(article, speakers, indices);
    }
}
