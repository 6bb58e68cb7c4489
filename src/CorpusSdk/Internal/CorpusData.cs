using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;

namespace CorpusSdk.Internal;

/// <summary>
/// Decodes the data the generator stored for each article and person. Called by generated code only:
/// it runs no extraction, it just reads back strings and numbers in the order the generator wrote them.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CorpusData
{
    /// <summary>Decodes one article; <paramref name="people"/> is the corpus's person table.</summary>
    public static Article DecodeArticle(ReadOnlySpan<byte> utf8, IReadOnlyList<Person> people)
    {
        var r = new TokenReader(Utf8(utf8));
        if (r.ReadInt() != TokenFormat.Version) throw new FormatException("Corpus data: this CorpusSdk runtime is older than the generator that wrote the data.");
        var id = r.ReadString();
        var file = r.ReadString();
        var source = new NewsSource(r.ReadString());
        var published = PublishedDate.Parse(r.ReadString());
        var headline = r.ReadNullable();
        var dateline = r.ReadNullable();
        var paragraphs = ReadStrings(r);
        var subheadings = ReadStrings(r);
        var captions = ReadList(r, x => new Caption(x.ReadString(), x.ReadNullable()));
        var credits = ReadList(r, x => new Credit((CreditRole)x.ReadInt(), x.ReadString()));
        var quotes = ReadList(r, x =>
        {
            var speaker = x.ReadInt();
            return new Quote(x.ReadString(), speaker < 0 ? null : people[speaker], x.ReadNullable(), x.ReadNullable(), x.ReadBool(), x.ReadInt(), x.ReadInt());
        });
        var persons = ReadList(r, x => new ArticlePerson(people[x.ReadInt()], ReadStrings(x), ReadStrings(x), (PersonRoles)x.ReadInt()));
        return new Article(id, file, source, published, headline, dateline, paragraphs, subheadings, captions, credits, quotes, persons);
    }

    /// <summary>Decodes the corpus's person table.</summary>
    public static Person[] DecodePeople(ReadOnlySpan<byte> utf8)
    {
        var r = new TokenReader(Utf8(utf8));
        if (r.ReadInt() != TokenFormat.Version) throw new FormatException("Corpus data: this CorpusSdk runtime is older than the generator that wrote the data.");
        var count = r.ReadInt();
        var people = new Person[count];
        for (var i = 0; i < count; i++)
            people[i] = new Person(r.ReadString(), r.ReadString(), ReadStrings(r), ReadStrings(r));
        return people;
    }

    private static string[] ReadStrings(TokenReader r) => ReadList(r, x => x.ReadString());

    private static T[] ReadList<T>(TokenReader r, Func<TokenReader, T> read)
    {
        var count = r.ReadInt();
        if (count == 0) return Array.Empty<T>();
        var items = new T[count];
        for (var i = 0; i < count; i++) items[i] = read(r);
        return items;
    }

    private static unsafe string Utf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return string.Empty;
        fixed (byte* p = bytes) return Encoding.UTF8.GetString(p, bytes.Length);
    }
}
