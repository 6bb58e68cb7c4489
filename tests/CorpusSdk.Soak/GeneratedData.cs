// Shared by the fuzz and round-trip tests (tests/CorpusSdk.Tests/Diagnostics) and the soak command (tests/CorpusSdk.Soak).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CorpusSdk.Internal;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CorpusSdk.Fuzz;

/// <summary>
/// Reads the articles back out of generated syntax trees (no emit): each holder class's CorpusData attribute, its
/// string sliced by its offsets, and the person table, through the runtime's own decoder: the bytes the compiler will store.
/// </summary>
public static class GeneratedData
{
    public static IReadOnlyList<Article> Decode(IEnumerable<SyntaxTree> trees)
    {
        var holders = trees
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
            .Select(c => (Class: (c.Parent as ClassDeclarationSyntax)?.Identifier.ValueText ?? "", Name: c.Identifier.ValueText, Data: Data(c)))
            .Where(h => h.Data is not null)
            .ToList();
        var (peopleOffsets, peopleText) = holders.Single(h => h.Class == "People" && h.Name == "Data").Data!.Value;
        var people = CorpusData.DecodePeople(Encoding.UTF8.GetBytes(peopleText).AsSpan(peopleOffsets[0], peopleOffsets[1] - peopleOffsets[0]));
        var articles = new List<Article>();
        foreach (var block in holders.Where(h => h.Class == "Articles").OrderBy(h => int.Parse(h.Name.Substring(4))))
        {
            var (offsets, text) = block.Data!.Value;
            var bytes = Encoding.UTF8.GetBytes(text);
            for (var i = 0; i + 1 < offsets.Length; i++)
                articles.Add(CorpusData.DecodeArticle(bytes.AsSpan(offsets[i], offsets[i + 1] - offsets[i]), people));
        }
        return articles;
    }

    /// <summary>The offsets and text of a <c>[CorpusData("0 4995 ...", "...")]</c> on the class, or null without one.</summary>
    private static (int[] Offsets, string Text)? Data(ClassDeclarationSyntax holder)
    {
        var attribute = holder.AttributeLists.SelectMany(l => l.Attributes).FirstOrDefault(a => a.Name.ToString().EndsWith("CorpusData", StringComparison.Ordinal));
        if (attribute?.ArgumentList is not { Arguments.Count: 2 } args) return null;
        var offsets = ((LiteralExpressionSyntax)args.Arguments[0].Expression).Token.ValueText.Split(' ').Select(int.Parse).ToArray();
        return (offsets, ((LiteralExpressionSyntax)args.Arguments[1].Expression).Token.ValueText);
    }
}
