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

        /// <summary>The precomputed keys of the person's name.</summary>
        public readonly NameKey.NameInfo Info;

        /// <summary>Tokens that are initials ("J."): a spelling with fewer is more complete.</summary>
        public readonly int Initials;

        public readonly string ArticleId;
        public readonly ArticlePersonModel Person;
        public readonly int Core;
        public readonly int Tokens;
        public readonly string Surname;
    }

    /// <summary>
    /// The fixed order of nodes (see <see cref="Resolve"/>): most core tokens, most tokens, fewest initials, ordinal
    /// name, then article id. The first four are functions of the name and the name decides ties among them, so this
    /// is the order of (rank of the name, article id).
    /// </summary>
    private static readonly Comparison<Node> NodeOrder = static (x, y) =>
    {
        var c = y.Core.CompareTo(x.Core);
        if (c == 0) c = y.Tokens.CompareTo(x.Tokens);
        if (c == 0) c = x.Initials.CompareTo(y.Initials);
        if (c == 0) c = string.CompareOrdinal(x.Person.Name, y.Person.Name);
        if (c == 0) c = string.CompareOrdinal(x.ArticleId, y.ArticleId);
        return c;
    };

    /// <summary>
    /// A group of nodes, with the distinct names of its members (compatibility is decided per name, and a name is
    /// always compatible with itself, so checking each distinct name once is the same as checking every member).
    /// Groups hold one to a few distinct names, so they are kept in small arrays searched linearly, not hash sets.
    /// </summary>
    private sealed class Group : List<Node>
    {
        // Per distinct name: its first node, how many distinct articles use it, and the last of those articles.
        private Node[] _first = new Node[2];
        private int[] _articles = new int[2];
        private string[] _lastArticle = new string[2];
        private int _count;

        public void AddNode(Node n)
        {
            Add(n);
            var name = n.Person.Name;
            // Nodes of one name arrive together, so the last distinct name is tried first.
            for (var i = _count - 1; i >= 0; i--)
            {
                if (!string.Equals(_first[i].Person.Name, name, StringComparison.Ordinal)) continue;
                // Nodes arrive in the fixed order, so one name's article ids ascend: a new one differs from the last.
                if (!string.Equals(_lastArticle[i], n.ArticleId, StringComparison.Ordinal))
                {
                    _articles[i]++;
                    _lastArticle[i] = n.ArticleId;
                }
                return;
            }
            if (_count == _first.Length)
            {
                Array.Resize(ref _first, _count * 2);
                Array.Resize(ref _articles, _count * 2);
                Array.Resize(ref _lastArticle, _count * 2);
            }
            _first[_count] = n;
            _articles[_count] = 1;
            _lastArticle[_count] = n.ArticleId;
            _count++;
        }

        /// <summary>Whether <paramref name="info"/> is compatible with every member (<see cref="NameKey.Compatible(string, string)"/>).</summary>
        public bool AllCompatible(NameKey.NameInfo info)
        {
            for (var i = 0; i < _count; i++)
                if (!NameKey.Compatible(_first[i].Info, info)) return false;
            return true;
        }

        /// <summary>Whether a member's surname, folded and article dropped, is <paramref name="folded"/>.</summary>
        public bool HasLastFolded(string folded)
        {
            for (var i = 0; i < _count; i++)
                if (string.Equals(_first[i].Info.LastFolded, folded, StringComparison.Ordinal)) return true;
            return false;
        }

        /// <summary>
        /// The canonical name: most core tokens, most tokens, fewest initials, most articles, then ordinal order.
        /// </summary>
        public string CanonicalName()
        {
            var best = 0;
            for (var i = 1; i < _count; i++)
            {
                Node x = _first[i], y = _first[best];
                var c = y.Core.CompareTo(x.Core);
                if (c == 0) c = y.Tokens.CompareTo(x.Tokens);
                if (c == 0) c = x.Initials.CompareTo(y.Initials);
                if (c == 0) c = _articles[best].CompareTo(_articles[i]);
                if (c == 0) c = string.CompareOrdinal(x.Person.Name, y.Person.Name);
                if (c < 0) best = i;
            }
            return _first[best].Person.Name;
        }
    }

    private struct Draft
    {
        public string BaseId;
        public string Name;
        public string FirstArticle;
        public Group Nodes;
        public int Index; // position in the list of groups: equal drafts keep it (a stable sort)
    }

    public static CorpusPeople Resolve(IReadOnlyList<ArticleModel> articles)
    {
        var count = 0;
        foreach (var a in articles) count += a.People.Count;
        var nodes = new Node[count];
        count = 0;
        foreach (var a in articles)
            foreach (var p in a.People)
                nodes[count++] = new Node(a.Id, p);
        // A fixed order independent of the order of the articles (NodeOrder). Nodes tied on name and article id are
        // interchangeable in everything below.
        Array.Sort(nodes, NodeOrder);

        var groups = new List<Group>();
        var bySurname = new Dictionary<string, List<Group>>(StringComparer.Ordinal);
        foreach (var n in nodes)
        {
            if (n.Core < 2) continue;
            if (!bySurname.TryGetValue(n.Surname, out var list)) bySurname[n.Surname] = list = new List<Group>(1);
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
        Dictionary<string, Group>? singles = null;
        foreach (var n in nodes)
        {
            if (n.Core >= 2) continue;
            if (bySurname.TryGetValue(n.Surname, out var list) && list.Count >= 1)
            {
                // One group with that surname skeleton; or, among several, exactly one spelling the surname alike.
                Group? target = null;
                if (list.Count == 1) target = list[0];
                else
                {
                    var folded = n.Info.LastFolded;
                    var hits = 0;
                    foreach (var g in list)
                        if (g.HasLastFolded(folded)) { target = g; hits++; }
                    if (hits != 1) target = null;
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
            singles ??= new Dictionary<string, Group>(StringComparer.Ordinal);
            if (!singles.TryGetValue(n.Surname, out var sg))
            {
                singles[n.Surname] = sg = new Group();
                groups.Add(sg);
            }
            sg.AddNode(n);
        }

        var drafts = new Draft[groups.Count];
        for (var gi = 0; gi < groups.Count; gi++)
        {
            var g = groups[gi];
            var name = g.CanonicalName();
            var first = g[0].ArticleId;
            for (var i = 1; i < g.Count; i++)
                if (string.CompareOrdinal(g[i].ArticleId, first) < 0) first = g[i].ArticleId;
            drafts[gi] = new Draft { BaseId = NameKey.ToIdentifier(name), Name = name, FirstArticle = first, Nodes = g, Index = gi };
        }
        Array.Sort(drafts, static (x, y) =>
        {
            var c = string.CompareOrdinal(x.BaseId, y.BaseId);
            if (c == 0) c = string.CompareOrdinal(x.Name, y.Name);
            if (c == 0) c = string.CompareOrdinal(x.FirstArticle, y.FirstArticle);
            if (c == 0) c = x.Index.CompareTo(y.Index);
            return c;
        });

        // Drafts are sorted by base id, so a base id already used is the previous draft's, and a suffixed id is never
        // a base id (taken): the sets for the suffix search are built only when a collision happens.
        HashSet<string>? taken = null, used = null;
        List<IdCollision>? collisions = null;
        string firstName = "";
        var persons = new CorpusPersonModel[drafts.Length];
        for (var di = 0; di < drafts.Length; di++)
        {
            var d = drafts[di];
            var id = d.BaseId;
            if (di > 0 && string.Equals(drafts[di - 1].BaseId, id, StringComparison.Ordinal))
            {
                if (used is null)
                {
                    taken = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var x in drafts) taken.Add(x.BaseId);
                    used = new HashSet<string>(StringComparer.Ordinal);
                    for (var k = 0; k < di; k++) used.Add(persons[k].Id);
                }
                for (var k = 2; ; k++)
                {
                    var candidate = d.BaseId + "_" + k.ToString(System.Globalization.CultureInfo.InvariantCulture);
                    if (!taken!.Contains(candidate) && used.Add(candidate)) { id = candidate; break; }
                }
                (collisions ??= new List<IdCollision>()).Add(new IdCollision(d.BaseId, firstName, d.Name, id));
            }
            else
            {
                firstName = d.Name;
                used?.Add(id);
            }
            var aliases = Aliases(d.Nodes);
            PerArticle(d.Nodes, out var ids, out var names);
            persons[di] = new CorpusPersonModel(id, d.Name, aliases, ids, names);
        }
        Array.Sort(persons, static (x, y) => string.CompareOrdinal(x.Id, y.Id));
        return new CorpusPeople(new EquatableArray<CorpusPersonModel>(persons),
            collisions is null ? new EquatableArray<IdCollision>(Array.Empty<IdCollision>()) : collisions.ToEquatableArray());
    }

    /// <summary>Every spelling (names and mentions), distinct, most tokens first, then ordinal order.</summary>
    private static EquatableArray<string> Aliases(Group g)
    {
        var all = new List<string>();
        // Few spellings per person: a linear search is cheaper than a hash set until there are many.
        HashSet<string>? seen = null;
        foreach (var n in g)
        {
            Consider(n.Person.Name);
            foreach (var m in n.Person.Mentions) Consider(m);
        }
        var keyed = new (int Tokens, string Alias)[all.Count];
        for (var i = 0; i < keyed.Length; i++) keyed[i] = (NameKey.Info(all[i]).TokenCount, all[i]);
        if (keyed.Length > 1)
            Array.Sort(keyed, static (x, y) =>
            {
                var c = y.Tokens.CompareTo(x.Tokens);
                return c != 0 ? c : string.CompareOrdinal(x.Alias, y.Alias);
            });
        var result = new string[keyed.Length];
        for (var i = 0; i < keyed.Length; i++) result[i] = keyed[i].Alias;
        return new EquatableArray<string>(result);

        void Consider(string a)
        {
            if (seen is not null) { if (seen.Add(a)) all.Add(a); return; }
            foreach (var x in all)
                if (string.Equals(x, a, StringComparison.Ordinal)) return;
            all.Add(a);
            if (all.Count == 16) seen = new HashSet<string>(all, StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// Per article (ordinal order of ids), the name with the most core tokens, then the ordinally first.
    /// Reorders the group's nodes, which nothing reads afterwards.
    /// </summary>
    private static void PerArticle(Group g, out EquatableArray<string> ids, out EquatableArray<string> names)
    {
        if (g.Count > 1)
            g.Sort(static (x, y) =>
            {
                var c = string.CompareOrdinal(x.ArticleId, y.ArticleId);
                if (c == 0) c = y.Core.CompareTo(x.Core);
                if (c == 0) c = string.CompareOrdinal(x.Person.Name, y.Person.Name);
                return c;
            });
        var distinct = 1;
        for (var i = 1; i < g.Count; i++)
            if (!string.Equals(g[i].ArticleId, g[i - 1].ArticleId, StringComparison.Ordinal)) distinct++;
        var idArr = new string[distinct];
        var nameArr = new string[distinct];
        var k = 0;
        for (var i = 0; i < g.Count; i++)
        {
            if (i > 0 && string.Equals(g[i].ArticleId, g[i - 1].ArticleId, StringComparison.Ordinal)) continue;
            idArr[k] = g[i].ArticleId;
            nameArr[k] = g[i].Person.Name;
            k++;
        }
        ids = new EquatableArray<string>(idArr);
        names = new EquatableArray<string>(nameArr);
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
