using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;
using System.Threading;

namespace CorpusSdk.Internal;

/// <summary>
/// Decodes the data the generator stored for each article and person. Called by generated code only:
/// it runs no extraction, it just reads back strings and numbers in the order the generator wrote them, straight from
/// the UTF-8 bytes. An article's paragraphs (most of its text) and its people are decoded the first time they are read.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CorpusData
{
    /// <summary>Decodes article <paramref name="position"/> of a data block (its records are the articles).</summary>
    public static Article DecodeArticle(CorpusBlock block, int position, IReadOnlyList<Person> people)
        => Decode(block.Record(position), block.Start(position), block, people);

    /// <summary>Decodes one article stored alone; <paramref name="people"/> is the corpus's person table.</summary>
    public static Article DecodeArticle(ReadOnlySpan<byte> utf8, IReadOnlyList<Person> people) => Decode(utf8, 0, null, people);

    private static Article Decode(ReadOnlySpan<byte> utf8, int offset, CorpusBlock? source, IReadOnlyList<Person> people)
    {
        var r = new Utf8TokenReader(utf8);
        if (r.ReadInt() != TokenFormat.Version) throw new FormatException("Corpus data: this CorpusSdk runtime is older than the generator that wrote the data.");
        var id = r.ReadString();
        var file = r.ReadString();
        var source_ = new NewsSource(r.ReadString());
        var published = PublishedDate.Parse(r.ReadString());
        var headline = r.ReadNullable();
        var dateline = r.ReadNullable();
        IReadOnlyList<string> paragraphs;
        var paragraphCount = r.ReadInt();
        if (source is null || paragraphCount == 0) paragraphs = ReadStrings(ref r, paragraphCount);
        else
        {
            paragraphs = new LazyStrings(source, offset + r.Position, paragraphCount);
            r.Skip(paragraphCount);
        }
        var subheadings = ReadStrings(ref r, r.ReadInt());
        var captions = new Caption[r.ReadInt()];
        for (var i = 0; i < captions.Length; i++) captions[i] = new Caption(r.ReadString(), r.ReadNullable());
        var credits = new Credit[r.ReadInt()];
        for (var i = 0; i < credits.Length; i++) credits[i] = new Credit((CreditRole)r.ReadInt(), r.ReadString());
        var quotes = new Quote[r.ReadInt()];
        for (var i = 0; i < quotes.Length; i++)
        {
            var speaker = r.ReadInt();
            quotes[i] = new Quote(r.ReadString(), speaker < 0 ? null : people[speaker], r.ReadNullable(), r.ReadNullable(), r.ReadBool(), r.ReadInt(), r.ReadInt());
        }
        IReadOnlyList<ArticlePerson> persons;
        var personsAt = r.Position;
        var personCount = r.ReadInt();
        if (source is null || personCount == 0) persons = Empty(ReadPersons(ref r, personCount, people));
        else
        {
            // Decoded the first time People is read, like the paragraphs: a query over quotes never pays for them.
            persons = new LazyPersons(source, offset + personsAt, utf8.Length - personsAt, personCount, people);
            for (var i = 0; i < personCount; i++)
            {
                r.Skip(1);
                r.Skip(r.ReadInt());
                r.Skip(r.ReadInt());
                r.Skip(1);
            }
        }
        return new Article(id, file, source_, published, headline, dateline, paragraphs, subheadings, Empty(captions), Empty(credits), Empty(quotes), persons);
    }

    private static ArticlePerson[] ReadPersons(ref Utf8TokenReader r, int count, IReadOnlyList<Person> people)
    {
        var persons = new ArticlePerson[count];
        for (var i = 0; i < persons.Length; i++)
        {
            var person = people[r.ReadInt()];
            var mentions = ReadStrings(ref r, r.ReadInt());
            var titles = ReadStrings(ref r, r.ReadInt());
            persons[i] = new ArticlePerson(person, mentions, titles, (PersonRoles)r.ReadInt());
        }
        return persons;
    }

    /// <summary>Decodes the corpus's person table, the single record of its block.</summary>
    public static Person[] DecodePeople(CorpusBlock block) => DecodePeople(block.Record(0));

    /// <summary>Decodes the corpus's person table.</summary>
    public static Person[] DecodePeople(ReadOnlySpan<byte> utf8)
    {
        var r = new Utf8TokenReader(utf8);
        if (r.ReadInt() != TokenFormat.Version) throw new FormatException("Corpus data: this CorpusSdk runtime is older than the generator that wrote the data.");
        var count = r.ReadInt();
        var people = new Person[count];
        for (var i = 0; i < count; i++)
        {
            var id = r.ReadString();
            var name = r.ReadString();
            var aliases = ReadStrings(ref r, r.ReadInt());
            people[i] = new Person(id, name, aliases, ReadStrings(ref r, r.ReadInt()));
        }
        return people;
    }

    /// <summary>The people list that starts at the reader (its count token first).</summary>
    internal static ArticlePerson[] ReadPersonsAt(ref Utf8TokenReader r, IReadOnlyList<Person> people) => ReadPersons(ref r, r.ReadInt(), people);

    private static T[] Empty<T>(T[] items) => items.Length == 0 ? Array.Empty<T>() : items;

    private static string[] ReadStrings(ref Utf8TokenReader r, int count)
    {
        if (count == 0) return Array.Empty<string>();
        var items = new string[count];
        for (var i = 0; i < count; i++) items[i] = r.ReadString();
        return items;
    }

    /// <summary>Strings decoded on first read from their place in a data block (an article's paragraphs).</summary>
    private sealed class LazyStrings(CorpusBlock source, int start, int count) : IReadOnlyList<string>
    {
        private string[]? _items;

        public int Count => count;

        public string this[int index] => Items[index];

        private string[] Items
        {
            get
            {
                var items = Volatile.Read(ref _items);
                if (items is not null) return items;
                var r = new Utf8TokenReader(source.Bytes.Slice(start));
                var made = ReadStrings(ref r, count);
                return Interlocked.CompareExchange(ref _items, made, null) ?? made;
            }
        }

        public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)Items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>An article's people, decoded on first read from their place in a data block (count token first, up to the article's end).</summary>
internal sealed class LazyPersons(CorpusBlock source, int start, int length, int count, IReadOnlyList<Person> people) : IReadOnlyList<ArticlePerson>
{
    private ArticlePerson[]? _items;

    public int Count => count;

    public ArticlePerson this[int index] => Items[index];

    private ArticlePerson[] Items
    {
        get
        {
            var items = Volatile.Read(ref _items);
            if (items is not null) return items;
            // Bounded by the article's end: its last token is not followed by a separator.
            var r = new Utf8TokenReader(source.Bytes.Slice(start, length));
            var made = CorpusData.ReadPersonsAt(ref r, people);
            return Interlocked.CompareExchange(ref _items, made, null) ?? made;
        }
    }

    public IEnumerator<ArticlePerson> GetEnumerator() => ((IEnumerable<ArticlePerson>)Items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Reads <see cref="TokenFormat"/> tokens straight from UTF-8 bytes: no intermediate string for the whole article.</summary>
internal ref struct Utf8TokenReader
{
    private const byte Separator = (byte)TokenFormat.Separator;
    private const byte Escape = (byte)TokenFormat.Escape;
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public Utf8TokenReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
    }

    /// <summary>The offset of the next token in the data.</summary>
    public readonly int Position => _position;

    public int ReadInt()
    {
        var token = Next();
        if (token.IsEmpty) throw new FormatException("Corpus data: a number was expected.");
        var negative = token[0] == (byte)'-';
        var value = 0;
        for (var i = negative ? 1 : 0; i < token.Length; i++)
        {
            var digit = token[i] - (byte)'0';
            if ((uint)digit > 9) throw new FormatException("Corpus data: a number was expected.");
            value = checked(value * 10 + digit);
        }
        return negative ? -value : value;
    }

    public bool ReadBool() => Next() is { Length: 1 } t && t[0] == (byte)'1';

    public string ReadString() => ReadNullable() ?? throw new FormatException("Corpus data: a string was expected, found null.");

    public string? ReadNullable()
    {
        var token = Next();
        if (token.Length == 2 && token[0] == Escape && token[1] == (byte)'n') return null;
        var text = Utf8(token);
        return token.IndexOf(Escape) < 0 ? text : TokenFormat.Unescape(text);
    }

    /// <summary>Skips <paramref name="count"/> tokens without decoding them.</summary>
    public void Skip(int count)
    {
        for (var i = 0; i < count; i++) Next();
    }

    private ReadOnlySpan<byte> Next()
    {
        if (_position > _data.Length) throw new FormatException("Corpus data: read past the end.");
        var rest = _data.Slice(_position);
        var length = rest.IndexOf(Separator);
        if (length < 0) length = rest.Length;
        _position += length + 1;
        return rest.Slice(0, length);
    }

    private static unsafe string Utf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return string.Empty;
        fixed (byte* p = bytes) return Encoding.UTF8.GetString(p, bytes.Length);
    }
}
