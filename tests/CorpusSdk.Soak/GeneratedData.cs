// Shared by the fuzz and round-trip tests (tests/CorpusSdk.Tests/Diagnostics) and the soak command (tests/CorpusSdk.Soak).
using System;
using System.Collections.Generic;
using System.Linq;
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
            .Select(c => (Class: (c.Parent as ClassDeclarationSyntax)?.Identifier.ValueText ?? "", Name: c.Identifier.ValueText, Block: Block(c)))
            .Where(h => h.Block is not null)
            .ToList();
        var people = CorpusData.People(holders.Single(h => h.Class == "People" && h.Name == "Data").Block!);
        var articles = new List<Article>();
        foreach (var (_, _, block) in holders.Where(h => h.Class == "Articles").OrderBy(h => int.Parse(h.Name.Substring(4))))
            for (var i = 0; i < CorpusData.ArticleCount(block!); i++) articles.Add(CorpusData.DecodeArticle(block!, i, people));
        return articles;
    }

    /// <summary>The block of a <c>[CorpusData("0 4995 ...", "...")]</c> on the class, or null without one.</summary>
    private static CorpusBlock? Block(ClassDeclarationSyntax holder)
    {
        var attribute = holder.AttributeLists.SelectMany(l => l.Attributes).FirstOrDefault(a => a.Name.ToString().EndsWith("CorpusData", StringComparison.Ordinal));
        if (attribute?.ArgumentList is not { Arguments.Count: 2 } args) return null;
        string Text(int i) => ((LiteralExpressionSyntax)args.Arguments[i].Expression).Token.ValueText;
        return CorpusBlock.FromStrings(Text(0), Text(1));
    }
}
