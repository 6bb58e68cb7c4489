using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace CorpusSdk.Benchmarks;

/// <summary>A synthetic page: its file name and its text.</summary>
public sealed record SyntheticPage(string FileName, string Text);

/// <summary>
/// Makes realistic news pages from templates and invented names (no real person appears): wire stories in the
/// Reuters, AFP and AP layouts and publisher pages with a byline. Each page has a header with its date, a headline,
/// a dateline, body paragraphs with direct quotes attributed in the usual ways ("…,” Name said), photo captions with
/// credits and a credit line, and is about <see cref="TargetLength"/> characters long. Deterministic: the same
/// count and seed give the same pages. Shared by the benchmarks and the scale tests (linked into CorpusSdk.Tests).
/// </summary>
public static class SyntheticCorpus
{
    /// <summary>Approximate length of a page in characters (4 KB).</summary>
    public const int TargetLength = 4000;

    private static readonly string[] FirstNames =
    {
        "Talvin", "Oriane", "Kesmer", "Bryndel", "Ysolde", "Marquan", "Feodra", "Caspian", "Ilvana", "Dorrin",
        "Sabeth", "Quorin", "Lumira", "Tavish", "Everna", "Jorvik", "Nalessa", "Pellan", "Rhosyn", "Vardis",
        "Amelune", "Corbel", "Delphyne", "Erwald", "Giselin", "Haddon", "Isembard", "Kaelith", "Morwenna", "Osric",
    };

    private static readonly string[] LastNames =
    {
        "Varnholt", "Quillane", "Dostrevi", "Ashcombe", "Belmoravi", "Trelawne", "Okonvar", "Penhallow", "Szandrik", "Wrexley",
        "Montravel", "Halvarsen", "Ibsworth", "Kettleby", "Lomardi", "Nastrova", "Orvendel", "Pryderi", "Rossvane", "Tamberlyn",
        "Ulvaston", "Vexmoor", "Whitcombe", "Yarrowby", "Zelenkov", "Abernoth", "Carrowmore", "Drummelin", "Fennimore", "Gallowmere",
    };

    private static readonly string[] Cities =
    {
        "VELMORA", "KASTRIN", "ODELPORT", "MARRAVEL", "TESSIGRAD", "PORT AVALINE", "SURREN", "BRAXHOLM", "ILMENFORD", "QUESSANT",
    };

    private static readonly string[] Titles =
    {
        "Prime Minister", "Foreign Minister", "Finance Minister", "President", "Senator", "Governor", "Mayor",
        "General", "Ambassador", "chief executive", "spokeswoman", "spokesman", "professor",
    };

    private static readonly string[] Subjects =
    {
        "the government", "the central bank", "the ruling coalition", "opposition leaders", "the trade ministry",
        "rescue workers", "the port authority", "regional officials", "the electoral commission", "farm groups",
        "the state railway", "investors", "the health ministry", "union leaders", "the city council",
    };

    private static readonly string[] Verbs =
    {
        "announced plans to expand", "pledged to review", "warned against delays in", "signed an agreement on",
        "postponed a vote on", "called for an inquiry into", "agreed to fund", "rejected proposals for",
        "defended the cost of", "promised new talks on", "unveiled a timetable for", "criticised the handling of",
    };

    private static readonly string[] Objects =
    {
        "the northern pipeline", "a new border crossing", "grain exports", "the coastal highway", "fuel subsidies",
        "the harbour expansion", "water rationing", "the census", "a bridge across the river", "the pension reform",
        "flood defences", "the rail link to the capital", "tax credits for small firms", "the fishing quota",
    };

    private static readonly string[] Times =
    {
        "on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "at the weekend", "last week", "earlier this month",
    };

    private static readonly string[] Tails =
    {
        "after weeks of pressure from business groups", "despite objections from neighbouring provinces",
        "as prices rose for a third straight month", "in a move analysts said was long expected",
        "ahead of elections due next spring", "following a sharp fall in revenue", "amid protests outside parliament",
        "while talks with lenders continued", "before a deadline set by the courts",
    };

    private static readonly string[] QuoteTexts =
    {
        "We will not accept a deal that leaves our farmers behind", "This is a question of trust, and trust has to be earned",
        "Nobody expected the numbers to move this fast", "We are ready to talk as soon as the other side is",
        "The money is there, what is missing is the will to spend it well", "It is too early to say whether it will work",
        "Our people have waited long enough for this road", "We have made mistakes and we will correct them",
        "There is no plan B, and everyone at the table knows it", "I think the markets have already priced this in",
        "The decision was taken after careful consideration of every option", "We need answers, not more promises",
    };

    private static readonly string[] Partials =
    {
        "a step in the right direction", "the best we can do for now", "long overdue", "not what was promised",
        "a matter for the courts", "unaffordable in its present form",
    };

    private static readonly string[] Descriptions =
    {
        "one senior official", "a government spokesman", "one political analyst", "a diplomat who asked not to be named",
        "a local shopkeeper", "an economist at a regional bank",
    };

    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    /// <summary>The pages of a corpus of <paramref name="count"/> articles.</summary>
    public static IReadOnlyList<SyntheticPage> Make(int count, int seed = 7)
    {
        var pages = new List<SyntheticPage>(count);
        for (var i = 0; i < count; i++)
        {
            var random = new Random(seed * 1_000_003 + i);
            var layout = i % 4;
            var text = layout switch
            {
                0 => Reuters(random),
                1 => Afp(random),
                2 => Ap(random),
                _ => Publisher(random),
            };
            pages.Add(new SyntheticPage($"{i:D6}_{(layout switch { 0 => "reuters", 1 => "afp", 2 => "ap", _ => "ledger" })}.txt", text));
        }
        return pages;
    }

    private static T Pick<T>(Random r, T[] items) => items[r.Next(items.Length)];

    private static string Name(Random r) => Pick(r, FirstNames) + " " + Pick(r, LastNames);

    private static DateTime Date(Random r) => new DateTime(1995, 1, 1).AddDays(r.Next(0, 30 * 365)).AddMinutes(r.Next(6 * 60, 22 * 60));

    private static string Capitalise(string s) => char.ToUpperInvariant(s[0]) + s.Substring(1);

    private static string City(string dateline) => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(dateline.ToLowerInvariant());

    private static string Headline(Random r)
        => Capitalise(Pick(r, Subjects).Replace("the ", "")) + " " + Pick(r, Verbs).Split(' ')[0] + " " + Pick(r, Objects).Replace("the ", "");

    private static string Sentence(Random r)
        => Capitalise(Pick(r, Subjects)) + " " + Pick(r, Verbs) + " " + Pick(r, Objects) + " " + Pick(r, Times) + ", " + Pick(r, Tails) + ".";

    private static string Paragraph(Random r)
    {
        var n = r.Next(1, 4);
        var sb = new StringBuilder();
        for (var i = 0; i < n; i++) { if (i > 0) sb.Append(' '); sb.Append(Sentence(r)); }
        return sb.ToString();
    }

    /// <summary>A quoted paragraph in one of the usual attribution shapes; curly or straight marks.</summary>
    private static string QuoteParagraph(Random r, List<string> people, bool curly)
    {
        var (open, close) = curly ? ("\u201C", "\u201D") : ("\"", "\"");
        var speaker = people[r.Next(people.Count)];
        var last = speaker.Split(' ')[1];
        var text = Pick(r, QuoteTexts);
        return r.Next(5) switch
        {
            0 => $"{open}{text},{close} {speaker} said.",
            1 => $"{open}{text},{close} said {Pick(r, Titles)} {speaker}, speaking to reporters {Pick(r, Times)}.",
            2 => $"{speaker}, the {Pick(r, Titles).ToLowerInvariant()}, said the plan for {Pick(r, Objects)} was {open}{Pick(r, Partials)}{close} and would be reviewed {Pick(r, Times)}.",
            3 => $"{open}{text},{close} {last} told reporters. {open}{Pick(r, QuoteTexts)}.{close}",
            _ => $"{open}{text},{close} said {Pick(r, Descriptions)}.",
        };
    }

    private static string Caption(Random r, string city, DateTime date, string agencyCredit)
        => $"{Name(r)} (C), {Pick(r, Titles).ToLowerInvariant()} of the {Pick(r, Objects).Replace("the ", "")} committee, speaks to reporters in {City(city)} {Months[date.Month - 1]} {date.Day}, {date.Year}. {agencyCredit}/{Name(r)}";

    /// <summary>Body paragraphs (with quotes and captions spliced in) until the page reaches the target length.</summary>
    private static void Body(StringBuilder sb, Random r, string lead, string city, DateTime date, string agencyCredit, bool curly, string separator, int reserve)
    {
        var people = new List<string> { Name(r), Name(r), Name(r) };
        sb.Append(lead).Append(separator);
        var n = 0;
        while (sb.Length < TargetLength - reserve)
        {
            n++;
            if (n % 3 == 0) sb.Append(QuoteParagraph(r, people, curly));
            else if (n == 4 && agencyCredit.Length > 0) sb.Append(Caption(r, city, date, agencyCredit));
            else sb.Append(Paragraph(r));
            sb.Append(separator);
        }
    }

    private static string Reuters(Random r)
    {
        var date = Date(r);
        var city = Pick(r, Cities);
        var sb = new StringBuilder(TargetLength + 512);
        sb.Append(Months[date.Month - 1]).Append(' ').Append(date.Day).Append(", ").Append(date.Year).Append(" / ")
          .Append(date.ToString("h:mm tt", CultureInfo.InvariantCulture)).Append(" / ").Append(2026 - date.Year).Append(" years ago\n\n");
        sb.Append(Headline(r)).Append("\n\n");
        Body(sb, r, $"{city} (Reuters) - {Paragraph(r)}", city, date, "REUTERS", curly: true, "\n\n", reserve: 120);
        sb.Append("Additional reporting by ").Append(Name(r)).Append(" in ").Append(City(Pick(r, Cities))).Append("; Editing by ").Append(Name(r)).Append("\n\n");
        sb.Append("Our Standards:The Thomson Reuters Trust Principles.\n");
        return sb.ToString();
    }

    private static string Afp(Random r)
    {
        var date = Date(r);
        var city = Pick(r, Cities);
        var sb = new StringBuilder(TargetLength + 512);
        sb.Append("logo\n\n").Append(Headline(r)).Append("\n\n");
        sb.Append(date.ToString("dddd, d MMMM yyyy", CultureInfo.InvariantCulture)).Append("\n\n\n");
        var month = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames[date.Month - 1];
        Body(sb, r, $"{city}, {month} {date.Day} (AFP): {Paragraph(r)}", city, date, "", curly: false, "\n", reserve: 0);
        return sb.ToString();
    }

    private static string Ap(Random r)
    {
        var date = Date(r);
        var city = Pick(r, Cities);
        var sb = new StringBuilder(TargetLength + 512);
        var photographer = Name(r);
        sb.Append("Image: ").Append(Name(r)).Append(" and ").Append(Name(r)).Append(".\n");
        sb.Append(photographer).Append("  /  AP\n");
        sb.Append(Capitalise(Pick(r, Subjects))).Append(" gather in ").Append(City(city)).Append(' ').Append(Pick(r, Times)).Append(".\n");
        sb.Append("updated ").Append(date.ToString("M/d/yyyy h:mm:ss tt", CultureInfo.InvariantCulture)).Append(" ET ")
          .Append(date.AddHours(4).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)).Append("\n\n");
        Body(sb, r, $"{city} - {Paragraph(r)}", city, date, "", curly: true, "\n\n", reserve: 140);
        sb.Append("\u00A9 ").Append(date.Year).Append(" The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.\n");
        return sb.ToString();
    }

    private static string Publisher(Random r)
    {
        var date = Date(r);
        var city = Pick(r, Cities);
        var sb = new StringBuilder(TargetLength + 512);
        sb.Append("Harbour Ledger logo\n\n").Append(Headline(r)).Append("\n\n");
        sb.Append("By ").Append(Name(r)).Append(", Staff Writer\n\n");
        sb.Append(Months[date.Month - 1]).Append(' ').Append(date.Day).Append(", ").Append(date.Year).Append("\n\n");
        Body(sb, r, $"{City(city)} \u2014 {Paragraph(r)}", city, date, "LEDGER PHOTO", curly: true, "\n\n", reserve: 80);
        sb.Append("\u00A9 ").Append(date.Year).Append(" Harbour Ledger. All rights reserved.\n");
        return sb.ToString();
    }
}
