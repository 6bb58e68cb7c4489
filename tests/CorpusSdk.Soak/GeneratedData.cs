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
/// Reads the articles back out of generated syntax trees (no emit): each block's <c>DataN()</c> literal sliced by its
/// <c>IndexN()</c> offsets, and the person table, through the runtime's own decoder: the bytes the compiler will store.
/// </summary>
public static class GeneratedData
{
    public static IReadOnlyList<Article> Decode(IEnumerable<SyntaxTree> trees)
    {
        var members = trees
            .SelectMany(t => t.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>())
            .Select(m => m switch
            {
                MethodDeclarationSyntax x => (Class: Parent(x), Name: x.Identifier.ValueText, Body: x.ExpressionBody?.Expression),
                PropertyDeclarationSyntax x => (Class: Parent(x), Name: x.Identifier.ValueText, Body: x.ExpressionBody?.Expression),
                _ => (Class: "", Name: "", Body: (ExpressionSyntax?)null),
            })
            .Where(m => m.Body is not null && IsDataMember(m.Name))
            .ToList();
        var people = CorpusData.DecodePeople(Bytes(members.Single(m => m.Class == "People" && m.Name == "Data").Body!));
        var articles = new List<Article>();
        foreach (var block in members.Where(m => m.Class == "Articles" && m.Name.StartsWith("Data", StringComparison.Ordinal)).OrderBy(m => int.Parse(m.Name.Substring(4))))
        {
            var data = Bytes(block.Body!);
            var index = Bytes(members.Single(m => m.Class == "Articles" && m.Name == "Index" + block.Name.Substring(4)).Body!);
            for (var i = 0; i + 8 <= index.Length; i += 4)
            {
                int start = BitConverter.ToInt32(index, i), end = BitConverter.ToInt32(index, i + 4);
                articles.Add(CorpusData.DecodeArticle(data.AsSpan(start, end - start), people));
            }
        }
        return articles;
    }

    /// <summary>"Data"/"Index" alone or followed by digits: not a person who happens to be called "Data Smith".</summary>
    private static bool IsDataMember(string name)
    {
        var prefix = name.StartsWith("Data", StringComparison.Ordinal) ? 4 : name.StartsWith("Index", StringComparison.Ordinal) ? 5 : -1;
        return prefix > 0 && name.Skip(prefix).All(char.IsDigit);
    }

    private static string Parent(SyntaxNode node) => (node.Parent as ClassDeclarationSyntax)?.Identifier.ValueText ?? "";

    /// <summary>The bytes of a u8 literal or of a constant byte-array initializer.</summary>
    private static byte[] Bytes(ExpressionSyntax e) => e switch
    {
        LiteralExpressionSyntax l when l.Token.IsKind(SyntaxKind.Utf8StringLiteralToken) => Encoding.UTF8.GetBytes(l.Token.ValueText),
        ArrayCreationExpressionSyntax a => a.Initializer!.Expressions.Select(x => (byte)(int)((LiteralExpressionSyntax)x).Token.Value!).ToArray(),
        _ => throw new InvalidOperationException("Expected a u8 literal or byte array, found " + e),
    };
}
