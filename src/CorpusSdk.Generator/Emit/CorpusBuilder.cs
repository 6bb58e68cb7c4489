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

        var articles = UniqueIds(ordered, diagnostics, options)
            .OrderBy(a => a.Published, StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToList();

        var people = CorpusPeopleResolver.Resolve(articles);
        foreach (var c in people.IdCollisions)
            diagnostics.Add(new LocatedDiagnostic(DiagnosticIds.PersonIdCollision, "", 0, 0, 1, 1, new[] { c.FirstName, c.Name, c.BaseId, c.Id }.ToEquatableArray()));
        var personIndex = new Dictionary<(string ArticleId, string Name), int>();
        for (var i = 0; i < people.Persons.Count; i++)
        {
            var person = people.Persons[i];
            for (var k = 0; k < person.ArticleIds.Count; k++)
                personIndex[(person.ArticleIds[k], person.ArticleNames[k])] = i;
        }

        var corpusArticles = articles.Select(a => Link(a, personIndex)).ToEquatableArray();
        var sources = articles.Select(a => a.Source).Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).ToList();
        var members = Identifiers.MakeUnique(sources.Select(s => Identifiers.ToPascalCase(s, "Source")).ToList(), new HashSet<string> { "All", options.SourcesClass });
        return new CorpusModel(
            options,
            corpusArticles,
            SafePersonIds(people.Persons, options.PeopleClass),
            sources.Select((s, i) => new SourceMember(members[i], s)).ToEquatableArray(),
            diagnostics.ToEquatableArray());
    }

    /// <summary>Pages that would share an id keep it in file-name order: the first keeps it, later ones get "_2", "_3" and a CSDK005 warning.</summary>
    private static IEnumerable<ArticleModel> UniqueIds(List<PageResult> pages, List<LocatedDiagnostic> diagnostics, GeneratorOptions options)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal) { ["All"] = "(the All list)" };
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var article = page.Article!;
            var id = article.Id;
            // Names the generated Articles class already uses (its own name, Decode, s_all, s_data, the DataN holders,
            // and the People class its Decode refers to) are taken too.
            if (!owners.ContainsKey(id) && IsEmitterName(id, options)) owners[id] = "(a member the generator emits)";
            if (owners.TryGetValue(id, out var owner))
            {
                // Same file name in two folders: name them by path so the message tells them apart.
                if (owner == article.FileName && paths.TryGetValue(id, out var ownerPath)) owner = ownerPath;
                var n = 2;
                while (owners.ContainsKey(id + "_" + n)) n++;
                var unique = id + "_" + n;
                diagnostics.Add(new LocatedDiagnostic(DiagnosticIds.DuplicateId, page.Path, 0, 0, 1, 1, new[] { article.Id, owner, unique }.ToEquatableArray()));
                article = article with { Id = unique };
            }
            owners[article.Id] = article.FileName;
            paths[article.Id] = page.Path;
            yield return article;
        }
    }

    private static bool IsEmitterName(string id, GeneratorOptions options)
    {
        if (id == options.ArticlesClass || id == options.PeopleClass || id == "Decode" || id == "s_all" || id == "s_data") return true;
        if (id.Length <= 4 || !id.StartsWith("Data", StringComparison.Ordinal)) return false;
        for (var i = 4; i < id.Length; i++) if (id[i] < '0' || id[i] > '9') return false;
        return true;
    }

    /// <summary>
    /// Person member names as the People class can hold them: valid identifiers, unique, and none of the class's own
    /// names (All, Data, s_all, the class name). Those that are not get "_2", "_3"... (the resolver's names otherwise stand).
    /// </summary>
    private static EquatableArray<CorpusPersonModel> SafePersonIds(EquatableArray<CorpusPersonModel> persons, string peopleClass)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { "All", "Data", "s_all", peopleClass };
        var changed = false;
        var result = new CorpusPersonModel[persons.Count];
        for (var i = 0; i < persons.Count; i++)
        {
            var p = persons[i];
            var id = Identifiers.IsValid(p.Id) ? p.Id : Identifiers.ToPascalCase(p.Id, "Person");
            var wanted = id;
            for (var n = 2; !taken.Add(id); n++) id = wanted + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (id != p.Id) { changed = true; p = p with { Id = id }; }
            result[i] = p;
        }
        return changed ? result.ToEquatableArray() : persons;
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
