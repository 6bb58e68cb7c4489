using System;
using System.Collections.Generic;
using System.Linq;
using CorpusSdk.Generator.Model;

namespace CorpusSdk.Generator.Extraction.People;

/// <summary>Joins the people of every article into corpus-wide persons.</summary>
/// <remarks>
/// <para><b>Merge rule</b> (one rule, <see cref="NameKey.Compatible"/>): two multi-token article names are one
/// person when their surname consonant skeletons are equal and their given names are compatible (equal skeleton,
/// one edit apart, or an initial). Persons are grouped by surname skeleton and assigned greedily in a fixed order
/// (most tokens, then ordinal name, then article id), a person joining the first group compatible with EVERY
/// member, so chains through initials cannot glue two different given names together.</para>
/// <para><b>One-word persons</b> (a speaker or credit known by surname only) join across articles only when exactly
/// one multi-token group has that surname skeleton, or exactly one of several spells the surname the same way
/// ("Rahimi" beside a "Rahim" whose skeleton is equal); otherwise the one-word person stays separate
/// (ambiguous), so "Anna X" and "Lars X" are never merged through a bare "X".</para>
/// <para><b>Canonical name</b>: the article name with the most tokens, then the fewest initials, then the most
/// articles, then ordinal order;
/// <b>Id</b>: <see cref="NameKey.ToIdentifier"/> of it, collisions suffixed _2, _3, ... in canonical-name then
/// first-article order and listed in <see cref="CorpusPeople.IdCollisions"/>. Output is sorted by Id, so it does not
/// depend on the order of the articles.</para>
/// </remarks>
internal static class CorpusPeopleResolver
{
    private sealed class Node
    {
        public Node(string articleId, ArticlePersonModel person)
        {
            ArticleId = articleId;
            Person = person;
            Info = NameKey.Info(person.Name);
            Core = Info.CoreCount;
            Tokens = Info.TokenCount;
            Surname = Info.LastSkeleton;
            Initials = Info.Initials;
        }

        /// <summary>Position of the name in the fixed order of names (see <see cref="Resolve"/>).</summary>
        public int Rank { get; set; }

        /// <summary>The precomputed keys of the person's name.</summary>
        public NameKey.NameInfo Info { get; }

        /// <summary>Tokens that are initials ("J."): a spelling with fewer is more complete.</summary>
        public int Initials { get; }

        public string ArticleId { get; }
        public ArticlePersonModel Person { get; }
        public int Core { get; }
        public int Tokens { get; }
        public string Surname { get; }
    }

    /// <summary>
    /// A group of nodes, with the distinct names of its members (compatibility is decided per name, and a name is
    /// always compatible with itself, so checking each distinct name once is the same as checking every member) and
    /// their folded surnames.
    /// </summary>
    private sealed class Group : List<Node>
    {
        private readonly HashSet<string> _names = new(StringComparer.Ordinal);
        private readonly List<NameKey.NameInfo> _distinct = new();
        private readonly HashSet<string> _lastFolded = new(StringComparer.Ordinal);

        public void AddNode(Node n)
        {
            Add(n);
            if (_names.Add(n.Person.Name))
            {
                _distinct.Add(n.Info);
                _lastFolded.Add(n.Info.LastFolded);
            }
        }

        /// <summary>Whether <paramref name="info"/> is compatible with every member (<see cref="NameKey.Compatible(string, string)"/>).</summary>
        public bool AllCompatible(NameKey.NameInfo info)
        {
            foreach (var m in _distinct)
                if (!NameKey.Compatible(m, info)) return false;
            return true;
        }

        /// <summary>Whether a member's surname, folded and article dropped, is <paramref name="folded"/>.</summary>
        public bool HasLastFolded(string folded) => _lastFolded.Contains(folded);
    }

    public static CorpusPeople Resolve(IReadOnlyList<ArticleModel> articles)
    {
        var nodes = new List<Node>();
        foreach (var a in articles)
            foreach (var p in a.People)
                nodes.Add(new Node(a.Id, p));
        // A fixed order independent of the order of the articles: most core tokens, most tokens, fewest initials,
        // then ordinal name (all functions of the name, so the distinct names are ranked once), then article id.
        // Nodes tied on name and article id are interchangeable in everything below.
        var byName = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var n in nodes)
            if (!byName.ContainsKey(n.Person.Name)) byName[n.Person.Name] = n;
        var names = byName.Values.ToList();
        names.Sort((x, y) =>
        {
            var c = y.Core.CompareTo(x.Core);
            if (c == 0) c = y.Tokens.CompareTo(x.Tokens);
            if (c == 0) c = x.Initials.CompareTo(y.Initials);
            if (c == 0) c = string.CompareOrdinal(x.Person.Name, y.Person.Name);
            return c;
        });
        var rank = new Dictionary<string, int>(names.Count, StringComparer.Ordinal);
        for (var r = 0; r < names.Count; r++) rank[names[r].Person.Name] = r;
        foreach (var n in nodes) n.Rank = rank[n.Person.Name];
        nodes.Sort((x, y) =>
        {
            var c = x.Rank.CompareTo(y.Rank);
            if (c == 0) c = string.CompareOrdinal(x.ArticleId, y.ArticleId);
            return c;
        });

        var groups = new List<Group>();
        var bySurname = new Dictionary<string, List<Group>>(StringComparer.Ordinal);
        foreach (var n in nodes)
        {
            if (n.Core < 2) continue;
            if (!bySurname.TryGetValue(n.Surname, out var list)) bySurname[n.Surname] = list = new List<Group>();
            Group? g = null;
            foreach (var candidate in list)
                if (candidate.AllCompatible(n.Info)) { g = candidate; break; }
            if (g is null)
            {
                g = new Group();
                list.Add(g);
                groups.Add(g);
            }
            g.AddNode(n);
        }
        var singles = new Dictionary<string, Group>(StringComparer.Ordinal);
        foreach (var n in nodes)
        {
            if (n.Core >= 2) continue;
            if (bySurname.TryGetValue(n.Surname, out var list) && list.Count >= 1)
            {
                // One group with that surname skeleton; or, among several, exactly one spelling the surname alike.
                var target = list.Count == 1 ? list[0] : null;
                if (target is null)
                {
                    var folded = n.Info.LastFolded;
                    var exact = list.Where(g => g.HasLastFolded(folded)).ToList();
                    if (exact.Count == 1) target = exact[0];
                }
                if (target is not null)
                {
                    target.AddNode(n);
                    continue;
                }
            }
            if (list is { Count: > 1 } || n.Surname.Length == 0)
            {
                var own = new Group();
                own.AddNode(n);
                groups.Add(own); // ambiguous surname: its own person
                continue;
            }
            if (!singles.TryGetValue(n.Surname, out var sg))
            {
                singles[n.Surname] = sg = new Group();
                groups.Add(sg);
            }
            sg.AddNode(n);
        }

        var drafts = new List<(string BaseId, string Name, string FirstArticle, List<Node> Nodes)>();
        foreach (var g in groups)
        {
            var name = g.GroupBy(n => n.Person.Name, StringComparer.Ordinal)
                .Select(x => (Name: x.Key, Core: x.First().Core, Tokens: x.First().Tokens, Initials: x.First().Initials, Count: x.Select(n => n.ArticleId).Distinct().Count()))
                .OrderByDescending(x => x.Core).ThenByDescending(x => x.Tokens).ThenBy(x => x.Initials).ThenByDescending(x => x.Count)
                .ThenBy(x => x.Name, StringComparer.Ordinal).First().Name;
            var first = g.Select(n => n.ArticleId).OrderBy(x => x, StringComparer.Ordinal).First();
            drafts.Add((NameKey.ToIdentifier(name), name, first, g));
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in drafts) taken.Add(d.BaseId);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var collisions = new List<IdCollision>();
        var firstNameOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var persons = new List<CorpusPersonModel>();
        foreach (var d in drafts.OrderBy(d => d.BaseId, StringComparer.Ordinal).ThenBy(d => d.Name, StringComparer.Ordinal)
                     .ThenBy(d => d.FirstArticle, StringComparer.Ordinal))
        {
            var id = d.BaseId;
            if (!used.Add(id))
            {
                for (var k = 2; ; k++)
                {
                    var candidate = d.BaseId + "_" + k.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (!taken.Contains(candidate) && used.Add(candidate)) { id = candidate; break; }
                }
                collisions.Add(new IdCollision(d.BaseId, firstNameOf[d.BaseId], d.Name, id));
            }
            else firstNameOf[id] = d.Name;
            var aliases = d.Nodes.SelectMany(n => n.Person.Mentions.Prepend(n.Person.Name)).Distinct(StringComparer.Ordinal)
                .OrderByDescending(a => NameKey.Info(a).TokenCount).ThenBy(a => a, StringComparer.Ordinal).ToList();
            // Per article (ordinal order of ids), the name with the most core tokens, then the ordinally first.
            var bestIn = new Dictionary<string, Node>(StringComparer.Ordinal);
            foreach (var n in d.Nodes)
            {
                if (!bestIn.TryGetValue(n.ArticleId, out var best)
                    || n.Core > best.Core || n.Core == best.Core && string.CompareOrdinal(n.Person.Name, best.Person.Name) < 0)
                    bestIn[n.ArticleId] = n;
            }
            var ids = bestIn.Keys.ToList();
            ids.Sort(StringComparer.Ordinal);
            var perArticle = ids.Select(id => (Id: id, Name: bestIn[id].Person.Name)).ToList();
            persons.Add(new CorpusPersonModel(id, d.Name, aliases.ToEquatableArray(),
                perArticle.Select(x => x.Id).ToEquatableArray(), perArticle.Select(x => x.Name).ToEquatableArray()));
        }
        persons.Sort((x, y) => string.CompareOrdinal(x.Id, y.Id));
        return new CorpusPeople(persons.ToEquatableArray(), collisions.ToEquatableArray());
    }
}

/// <summary>
/// The corpus's persons, in a deterministic order (by Id). <see cref="IdCollisions"/> lists the base identifiers that
/// several persons shared (they got numeric suffixes), for a diagnostic.
/// </summary>
internal sealed record CorpusPeople(EquatableArray<CorpusPersonModel> Persons, EquatableArray<IdCollision> IdCollisions = default)
{
    /// <summary>True when two or more persons' names gave the same identifier.</summary>
    public bool HasIdCollisions => IdCollisions.Count > 0;
}

/// <summary>
/// One corpus person: <see cref="Id"/> is a valid C# identifier (PascalCase of the canonical name, unique),
/// <see cref="Name"/> the canonical (most complete) spelling; <see cref="Aliases"/> every spelling;
/// <see cref="ArticleIds"/> the articles naming them, and <see cref="ArticleNames"/> how each of those
/// articles names them (the ArticlePersonModel.Name there), index-aligned with ArticleIds.
/// </summary>
internal sealed record CorpusPersonModel(string Id, string Name, EquatableArray<string> Aliases, EquatableArray<string> ArticleIds, EquatableArray<string> ArticleNames);

/// <summary>Two persons whose names make one identifier: <see cref="Name"/> was emitted as <see cref="Id"/> instead of <see cref="BaseId"/>.</summary>
internal sealed record IdCollision(string BaseId, string FirstName, string Name, string Id);
