using CorpusExplorer;

// The explorer: what a CorpusSdk user's program looks like. Every article, quote and person below was read from
// the pages at compile time; nothing is parsed here.
// Redirected output has no window: give tables room instead of Spectre's 80-column default.
if (Console.IsOutputRedirected) Spectre.Console.AnsiConsole.Profile.Width = 200;
var command = args.Length > 0 ? args[0] : "summary";
switch (command)
{
    case "summary":
        Views.Summary();
        return 0;
    case "show" when args.Length > 1:
        return Views.Show(args[1]);
    case "quotes":
        Views.Quotes(Option(args, "--speaker"));
        return 0;
    case "people":
        Views.People();
        return 0;
    case "query":
        Views.Query();
        return 0;
    case "export" when args.Length > 1:
        ExportWriter.Write(args[1]);
        Console.WriteLine($"Wrote {args[1]}");
        return 0;
    default:
        Console.Error.WriteLine("""
            usage: CorpusExplorer [command]
              summary                 a table of the articles (default)
              show <id>               one article, readable
              quotes [--speaker NAME] every quote, or one person's
              people                  every person with spellings, articles and quote counts
              query                   runs the README's LINQ query
              export <file.json>      the corpus as JSON (the schema of ../shared/eval/README.md)
            """);
        return 2;
}

static string? Option(string[] args, string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
