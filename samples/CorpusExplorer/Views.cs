using CorpusExplorer.Corpus;
using CorpusSdk;
using Spectre.Console;

namespace CorpusExplorer;

/// <summary>The explorer's console views, written as LINQ over the generated types.</summary>
internal static class Views
{
    public static void Summary()
    {
        var table = new Table().Title($"{Articles.All.Count} articles").AddColumns("Id", "Source", "Published", "Headline", "¶", "Quotes", "People");
        foreach (var a in Articles.All)
            table.AddRow(Esc(a.Id), Esc(a.Source.Name), Esc(a.Published.ToString()), Esc(a.Headline ?? "(none)"),
                a.Paragraphs.Count.ToString(), a.Quotes.Count.ToString(), a.People.Count.ToString());
        AnsiConsole.Write(table);
    }

    public static int Show(string id)
    {
        var a = Articles.All.FirstOrDefault(x => string.Equals(x.Id, id, StringComparison.OrdinalIgnoreCase));
        if (a is null)
        {
            Console.Error.WriteLine($"No article '{id}'. Ids: {string.Join(", ", Articles.All.Select(x => x.Id))}");
            return 1;
        }
        AnsiConsole.MarkupLine($"[bold]{Esc(a.Headline ?? "(no headline)")}[/]");
        AnsiConsole.MarkupLine($"[grey]{Esc(a.Source.Name)} · {a.Published} · {Esc(a.Dateline ?? "no dateline")} · {Esc(a.File)}[/]");
        Console.WriteLine();
        foreach (var p in a.Paragraphs) Console.WriteLine(p + Environment.NewLine);
        foreach (var s in a.Subheadings) AnsiConsole.MarkupLine($"[grey]subheading:[/] {Esc(s)}");
        foreach (var c in a.Captions) AnsiConsole.MarkupLine($"[grey]caption:[/] {Esc(c.Text)} [grey]({Esc(c.Credit ?? "no credit")})[/]");
        foreach (var c in a.Credits) AnsiConsole.MarkupLine($"[grey]credit:[/] {c.Role} {Esc(c.Name)}");
        foreach (var q in a.Quotes) AnsiConsole.MarkupLine($"[grey]quote (line {q.Line}{(q.IsPartial ? ", partial" : "")}):[/] {Esc(q.Speaker?.Name ?? q.SpeakerDescription ?? "?")}: “{Esc(q.Text)}”");
        foreach (var p in a.People) AnsiConsole.MarkupLine($"[grey]person:[/] {Esc(p.Person.Name)} [grey]as {Esc(string.Join(", ", p.Mentions))}; {Esc(string.Join(", ", p.Titles))}; {p.Roles}[/]");
        return 0;
    }

    public static void Quotes(string? speaker)
    {
        var quotes = from a in Articles.All
                     from q in a.Quotes
                     where speaker is null || (q.Speaker is { } s && (s.Name.Contains(speaker, StringComparison.OrdinalIgnoreCase) || s.Aliases.Any(x => x.Equals(speaker, StringComparison.OrdinalIgnoreCase))))
                     select (a, q);
        var table = new Table().AddColumns("Article", "Speaker", "Quote");
        foreach (var (a, q) in quotes)
            table.AddRow(Esc(a.Id), Esc(q.Speaker?.Name ?? q.SpeakerDescription ?? "?"), Esc(q.Text));
        AnsiConsole.Write(table);
    }

    public static void People()
    {
        var quoteCounts = (from a in Articles.All from q in a.Quotes where q.Speaker is not null group q by q.Speaker into g select g)
            .ToDictionary(g => g.Key!, g => g.Count());
        var table = new Table().Title($"{Corpus.People.All.Count} people").AddColumns("Person", "Spellings", "Articles", "Quotes");
        foreach (var p in Corpus.People.All.OrderBy(p => p.Name, StringComparer.Ordinal))
            table.AddRow(Esc(p.Name), Esc(string.Join(", ", p.Aliases)), Esc(string.Join(", ", p.ArticleIds)), quoteCounts.GetValueOrDefault(p).ToString());
        AnsiConsole.Write(table);
    }

    /// <summary>
    /// The README's query. A user's project names its own sources (<c>Sources.Reuters</c>); the explorer builds against
    /// any folder of pages, where that member may not exist, so it compares with a source value instead.
    /// </summary>
    public static void Query()
    {
        var reuters = new NewsSource("Reuters");
        var headlines = from a in Articles.All
                        where a.Source == reuters
                        orderby a.Published
                        select a.Headline;
        foreach (var h in headlines) Console.WriteLine(h);
    }

    private static string Esc(string text) => Markup.Escape(text);
}
