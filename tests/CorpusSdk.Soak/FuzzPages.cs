// Shared by the fuzz tests (tests/CorpusSdk.Tests/Diagnostics) and the soak command (tests/CorpusSdk.Soak).
using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;

namespace CorpusSdk.Fuzz;

/// <summary>CsCheck generators of hostile pages: well-formed pages carrying nasty text, and mutations of real pages.</summary>
public static class FuzzPages
{
    /// <summary>Text that has broken generators before: C# syntax, escapes, controls, lone surrogates, bidi, separators.</summary>
    public static readonly string[] Nasty =
    [
        "class", "@class", "\"\"\"", "\"", "\"u8", "*/", "/*", "//", "#error boom", "#if X", "\\", "\\u0041", "{", "}", "{0}", "\0",
        "\uD800", "\uDC00", "\uDBFF\uDFFF", "\u202E", "\u202D", "\u2066", "\u2028", "\u2029", "\u0085", "\u001F", "\u0010",
        "\uFEFF", "\uFFFD", "\t", "\u00A0", "<summary>", "</remarks>", "&amp;", "&#x41;", "\u201C", "\u201D", "\u2018", "\u2019",
        "'", "\u00AB", "\u00BB", "\u200B", "\u0301", "\U0001F600", "null", "__arglist", "All", "Decode", "Data0", "s_all",
        "C#", "123 News", "\u0627\u0644\u0639\u0631\u0628\u064A\u0629", "\u65E5\u672C", "e\u0301",
    ];

    private static readonly string[] Words =
    [
        "the", "council", "voted", "on", "Tuesday", "to", "close", "harbour", "officials", "said", "market", "prices", "rose",
        "after", "a", "long", "night", "of", "talks", "between", "ministers", "and", "unions", "in", "city", "river", "bridge",
    ];

    public static readonly Gen<string> NastyText = Gen.OneOfConst(Nasty);

    /// <summary>A word, or (one time in four) a nasty fragment.</summary>
    public static readonly Gen<string> Token = Gen.Frequency((3, Gen.OneOfConst(Words)), (1, NastyText));

    /// <summary>A phrase of 1-12 tokens joined by spaces.</summary>
    public static Gen<string> Phrase(int min, int max) => Token.Array[min, max].Select(t => string.Join(" ", t));

    /// <summary>Invented places and people (never the seeds').</summary>
    private static readonly string[] Places = ["VALLETTA", "ALDERPORT", "KESTREL BAY", "NORTH FENWICK"];
    private static readonly string[] Names = ["Tomas Lindqvist", "Ana Kowalski", "Lena Okafor", "Peter Grunwald", "Ines Marlow"];

    /// <summary>A wire page with a headline, a date, a dateline, paragraphs, a caption and credits, every field carrying nasty text.</summary>
    public static readonly Gen<string> WirePage =
        Gen.Select(Phrase(2, 8), Gen.Int[1, 28], Gen.Int[2001, 2020], Gen.OneOfConst(Places), Phrase(15, 40).Array[1, 4], Phrase(3, 10), Gen.OneOfConst(Names), Gen.OneOfConst(Names))
            .Select((headline, day, year, place, paragraphs, caption, reporter, photographer) =>
                string.Join("\n",
                    "Acme Wire logo",
                    "Harbour " + headline,
                    $"June {day}, {year} / 6:12 AM",
                    "",
                    $"{place} (Reuters) - The " + paragraphs[0] + " officials said on Friday.",
                    "",
                    "Officials inspect the " + caption + $" June 2, {year}. REUTERS/" + photographer,
                    "",
                    string.Join("\n\n", paragraphs.Skip(1).Select(p => "Ministers " + p + " the council said.")),
                    "",
                    $"Reporting by {reporter}; Editing by Ines Marlow",
                    ""));

    /// <summary>A page of random lines: tokens, blank lines and line ends of every kind.</summary>
    public static readonly Gen<string> RandomPage =
        Gen.Select(Phrase(0, 30), Gen.OneOfConst("\n", "\r\n", "\r", "\n\n")).Array[0, 30]
            .Select(lines => string.Concat(lines.Select(l => l.Item1 + l.Item2)));

    /// <summary>Mutations of a page: cut, duplicate or shuffle lines, inject nasty text, change the line ends.</summary>
    public static Gen<string> Mutate(string page)
    {
        var lines = page.Replace("\r\n", "\n").Split('\n');
        var n = lines.Length;
        var cut = Gen.Int[0, n - 1].Select(Gen.Int[0, 8], (at, len) => string.Join("\n", lines.Take(at).Concat(lines.Skip(at + len))));
        var duplicate = Gen.Int[0, n - 1].Select(Gen.Int[1, 4], (at, times) => string.Join("\n", lines.Take(at + 1).Concat(Enumerable.Repeat(lines[at], times)).Concat(lines.Skip(at + 1))));
        var shuffle = Gen.Shuffle(lines.ToArray()).Select(l => string.Join("\n", l));
        var inject = Gen.Select(Gen.Int[0, n - 1], Gen.Int[0, 200], NastyText.Array[1, 6]).Select((at, column, bits) =>
        {
            var copy = lines.ToArray();
            var line = copy[at];
            var col = Math.Min(column, line.Length);
            copy[at] = line.Substring(0, col) + string.Concat(bits) + line.Substring(col);
            return string.Join("\n", copy);
        });
        var lineEnds = Gen.OneOfConst("\r\n", "\r").Select(end => string.Join(end, lines));
        var one = Gen.OneOf(cut, duplicate, shuffle, inject, lineEnds);
        // One to three mutations in a row.
        return one.SelectMany(a => Gen.Int[0, 2].SelectMany(more => more == 0 ? Gen.Const(a) : Mutate2(a, more)));

        static Gen<string> Mutate2(string text, int more)
            => more == 0 ? Gen.Const(text) : Gen.Select(Gen.Int[0, Math.Max(0, text.Length)], NastyText)
                .Select((at, bit) => text.Substring(0, Math.Min(at, text.Length)) + bit + text.Substring(Math.Min(at, text.Length)))
                .SelectMany(t => Mutate2(t, more - 1));
    }

    /// <summary>Any hostile page: a nasty wire page, random lines, or a mutated seed.</summary>
    public static Gen<string> AnyPage(IReadOnlyList<string> seeds)
        => seeds.Count == 0
            ? Gen.Frequency((3, WirePage), (1, RandomPage))
            : Gen.Frequency((3, WirePage), (1, RandomPage), (3, Gen.Int[0, seeds.Count - 1].SelectMany(i => Mutate(seeds[i]))));
}
