using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;

namespace CorpusSdk.Internal;

/// <summary>
/// Decodes the data the generator stored for each article and person. Called by generated code only:
/// it runs no extraction, it just reads back strings and numbers in the order the generator wrote them, straight from
/// the UTF-8 bytes. Nothing is decoded before it is read: an article's header and each of its lists, each quote's text
/// and speaker, each person of the corpus table and a person's article ids are decoded the first time they are read.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class CorpusData
{
    /// <summary>
    /// Article <paramref name="position"/> of a data block (its first <see cref="ArticleCount"/> records are the
    /// articles, the rest their quote records). Nothing is read yet: the article decodes its header, its quotes and
    /// each list the first time they are read.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static Article DecodeArticle(CorpusBlock block, int position, IReadOnlyList<Person> people)
        => new(block, position, people);

    /// <summary>How many articles a data block holds (two records each).</summary>
    public static int ArticleCount(CorpusBlock block) => block.Count / 2;

    /// <summary>An article's header: the fields right after the format version.</summary>
    [MethodImpl(Jit.Optimized)]
    internal static ArticleHeader ReadHeader(RecordRef record)
    {
        var r = Open(record);
        r.ReadInt(); // the header's length, for readers that jump over it
        return new ArticleHeader(r.ReadString(), r.ReadString(), new NewsSource(r.ReadString()), r.ReadDate(), r.ReadNullable(), r.ReadNullable());
    }

    /// <summary>One of an article's lists (<see cref="ListReader{T}"/>), read from its record.</summary>
    internal static T[] ReadList<T>(RecordRef record, ListReader<T> read)
    {
        var r = Open(record);
        return read(ref r, record);
    }

    /// <summary>A reader at the first field of an article's record, after its format version.</summary>
    private static Utf8TokenReader Open(RecordRef record)
    {
        var r = new Utf8TokenReader(record.Block.Record(record.Record));
        CheckVersion(ref r);
        return r;
    }

    internal static readonly ListReader<string> SubheadingsReader = static (ref Utf8TokenReader x, RecordRef _) =>
    {
        SkipTo(ref x, Section.Subheadings);
        return ReadStrings(ref x, x.ReadInt());
    };

    internal static readonly ListReader<Caption> CaptionsReader = static (ref Utf8TokenReader x, RecordRef _) =>
    {
        SkipTo(ref x, Section.Captions);
        return ReadCaptions(ref x);
    };

    internal static readonly ListReader<Credit> CreditsReader = static (ref Utf8TokenReader x, RecordRef _) =>
    {
        SkipTo(ref x, Section.Credits);
        return ReadCredits(ref x);
    };

    internal static readonly ListReader<string> ParagraphsReader = static (ref Utf8TokenReader x, RecordRef _) =>
    {
        SkipTo(ref x, Section.Paragraphs);
        return ReadStrings(ref x, x.ReadInt());
    };

    internal static readonly ListReader<ArticlePerson> PersonsReader = static (ref Utf8TokenReader x, RecordRef record) =>
    {
        SkipTo(ref x, Section.People);
        return ReadPersons(ref x, x.ReadInt(), record.People);
    };

    /// <summary>The parts of an article's record after its format version, in their order.</summary>
    private enum Section { Header, Subheadings, Captions, Credits, Paragraphs, People }

    /// <summary>Steps over the parts before <paramref name="section"/>, the reader being right after the format version.</summary>
    private static void SkipTo(ref Utf8TokenReader r, Section section)
    {
        if (section > Section.Header) r.Jump(r.ReadInt());
        if (section > Section.Subheadings) r.Skip(r.ReadInt());
        if (section > Section.Captions) r.Skip(2 * r.ReadInt());
        if (section > Section.Credits) r.Skip(2 * r.ReadInt());
        if (section > Section.Paragraphs) r.Skip(r.ReadInt());
    }

    private const int RecentNames = 8;

    /// <summary>
    /// An article's quotes, from its quote record (the block's second half): format version, count, the UTF-8 length of
    /// the quotes' fields, each quote's fields (the last one its text's length), then the texts. The texts are found by
    /// adding lengths and decoded when read, so the quotes of a whole block come from one dense run of bytes.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    internal static IReadOnlyList<Quote> ReadQuotes(RecordRef record)
    {
        var at = record.Record + ArticleCount(record.Block);
        var bytes = record.Block.Record(at);
        var r = new Utf8TokenReader(bytes);
        CheckVersion(ref r);
        var count = r.ReadInt();
        if (count == 0) return Array.Empty<Quote>();
        var fieldsLength = r.ReadInt();
        var fieldsEnd = r.Position + fieldsLength + 1;
        var textAt = record.Block.Start(at) + fieldsEnd;
        var quotes = new Quote[count];
        // A speaker is usually quoted more than once: a name whose bytes equal an earlier quote's is that quote's
        // string, compared in place instead of decoded again (the last few quotes are looked at, never all of them).
        Span<int> nameAt = stackalloc int[RecentNames];
        Span<int> nameLength = stackalloc int[RecentNames];
        for (var i = 0; i < quotes.Length; i++)
        {
            var speaker = r.ReadInt();
            var nameStart = r.Position;
            var token = r.NextToken();
            string? name = null;
            if (!Utf8TokenReader.IsNull(token))
            {
                for (var j = Math.Max(0, i - RecentNames); j < i && name is null; j++)
                    if (nameLength[j % RecentNames] == token.Length && bytes.Slice(nameAt[j % RecentNames], token.Length).SequenceEqual(token))
                        name = quotes[j].SpeakerName;
                name ??= Utf8TokenReader.Decode(token);
            }
            (nameAt[i % RecentNames], nameLength[i % RecentNames]) = (nameStart, name is null ? -1 : token.Length);
            var (description, partial, paragraph, line, textLength) = (r.ReadNullable(), r.ReadBool(), r.ReadInt(), r.ReadInt(), r.ReadInt());
            quotes[i] = new Quote(record.Block, textAt, textLength, record.People, speaker, name, description, partial, paragraph, line);
            textAt += textLength + 1;
        }
        if (r.Position != fieldsEnd || textAt - record.Block.Start(at) != bytes.Length + 1)
            throw new FormatException("Corpus data: a quote record's lengths do not add up.");
        return quotes;
    }

    private static Caption[] ReadCaptions(ref Utf8TokenReader r)
    {
        var captions = new Caption[r.ReadInt()];
        for (var i = 0; i < captions.Length; i++) captions[i] = new Caption(r.ReadString(), r.ReadNullable());
        return Empty(captions);
    }

    private static Credit[] ReadCredits(ref Utf8TokenReader r)
    {
        var credits = new Credit[r.ReadInt()];
        for (var i = 0; i < credits.Length; i++) credits[i] = new Credit((CreditRole)r.ReadInt(), r.ReadString());
        return Empty(credits);
    }

    [MethodImpl(Jit.Optimized)]
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

    /// <summary>
    /// The corpus's person table: the block's first record holds the format version, each later one a person, decoded
    /// the first time it is read (a query that meets a few speakers decodes those alone).
    /// </summary>
    public static IReadOnlyList<Person> People(CorpusBlock block)
    {
        var r = new Utf8TokenReader(block.Record(0));
        CheckVersion(ref r);
        return new LazyPersonTable(block);
    }

    /// <summary>Person record <paramref name="record"/> of the table (its article ids are read when first asked for).</summary>
    [MethodImpl(Jit.Optimized)]
    internal static Person DecodePerson(CorpusBlock block, int record)
    {
        var r = new Utf8TokenReader(block.Record(record));
        return new Person(r.ReadString(), r.ReadString(), ReadStrings(ref r, r.ReadInt()), block, record);
    }

    /// <summary>The article ids of person record <paramref name="record"/>: after its id, name and aliases.</summary>
    internal static string[] PersonArticleIds(CorpusBlock block, int record)
    {
        var r = new Utf8TokenReader(block.Record(record));
        r.Skip(2);
        r.Skip(r.ReadInt());
        return ReadStrings(ref r, r.ReadInt());
    }

    /// <summary>Every block starts with the format version: data from a newer generator is refused, not misread.</summary>
    private static void CheckVersion(ref Utf8TokenReader r)
    {
        if (r.ReadInt() != TokenFormat.Version) throw new FormatException("Corpus data: this CorpusSdk runtime is older than the generator that wrote the data; update the CorpusSdk package.");
    }

    private static T[] Empty<T>(T[] items) => items.Length == 0 ? Array.Empty<T>() : items;

    [MethodImpl(Jit.Optimized)]
    private static string[] ReadStrings(ref Utf8TokenReader r, int count)
    {
        if (count == 0) return Array.Empty<string>();
        var items = new string[count];
        for (var i = 0; i < count; i++) items[i] = r.ReadString();
        return items;
    }
}

/// <summary>The corpus's persons (records 1 and on of the block), each decoded the first time it is read.</summary>
internal sealed class LazyPersonTable(CorpusBlock block) : IReadOnlyList<Person>
{
    private readonly Person?[] _items = new Person?[block.Count - 1];

    public int Count => _items.Length;

    public Person this[int index]
    {
        [MethodImpl(Jit.Optimized)]
        get
        {
            return Volatile.Read(ref _items[index]) ?? LazyField.Publish(ref _items[index], CorpusData.DecodePerson(block, index + 1));
        }
    }

    public IEnumerator<Person> GetEnumerator()
    {
        for (var i = 0; i < _items.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Reads one of an article's lists, the reader being right after the record's format version.</summary>
internal delegate T[] ListReader<T>(ref Utf8TokenReader reader, RecordRef record);

/// <summary>Reads <see cref="TokenFormat"/> tokens straight from UTF-8 bytes: no intermediate string for the whole article.</summary>
internal ref struct Utf8TokenReader
{
    private const byte Separator = (byte)TokenFormat.Separator;
    private const byte Escape = (byte)TokenFormat.Escape;
    private const int StackChars = 1024; // strings up to this many UTF-8 bytes are transcoded through the stack
    private readonly ReadOnlySpan<byte> _data;
    private int _position;

    public Utf8TokenReader(ReadOnlySpan<byte> data)
    {
        _data = data;
        _position = 0;
    }

    /// <summary>The offset of the next token in the data.</summary>
    public readonly int Position => _position;

    [MethodImpl(Jit.OptimizedCall)]
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

    [MethodImpl(Jit.OptimizedCall)]
    public bool ReadBool() => Next() is { Length: 1 } t && t[0] == (byte)'1';

    [MethodImpl(Jit.OptimizedCall)]
    public PublishedDate ReadDate()
    {
        var token = Next();
        return IsoDateReader.TryRead(token, out var date) ? date : PublishedDate.Parse(TokenFormat.Unescape(Utf8(token)));
    }

    [MethodImpl(Jit.OptimizedCall)]
    public string ReadString() => ReadNullable() ?? throw new FormatException("Corpus data: a string was expected, found null.");

    [MethodImpl(Jit.OptimizedCall)]
    public string? ReadNullable()
    {
        var token = Next();
        return IsNull(token) ? null : Decode(token);
    }

    /// <summary>The next token as it is stored (escaped; possibly the null token).</summary>
    [MethodImpl(Jit.OptimizedCall)]
    public ReadOnlySpan<byte> NextToken() => Next();

    /// <summary>Whether a token is the null token.</summary>
    public static bool IsNull(ReadOnlySpan<byte> token) => token.Length == 2 && token[0] == Escape && token[1] == (byte)'n';

    /// <summary>The string a token holds (not the null token), its escapes undone.</summary>
    [MethodImpl(Jit.OptimizedCall)]
    public static string Decode(ReadOnlySpan<byte> token)
    {
        var text = Utf8(token);
        return token.IndexOf(Escape) < 0 ? text : TokenFormat.Unescape(text);
    }

    /// <summary>Jumps over <paramref name="length"/> bytes of tokens and the separator after them (their length was written before them).</summary>
    public void Jump(int length)
    {
        if (length < 0) throw new FormatException("Corpus data: a negative length.");
        _position += length + 1;
    }

    /// <summary>Skips <paramref name="count"/> tokens without decoding them.</summary>
    [MethodImpl(Jit.OptimizedCall)]
    public void Skip(int count)
    {
        for (var i = 0; i < count; i++) Next();
    }

    [MethodImpl(Jit.Optimized)]
    private ReadOnlySpan<byte> Next()
    {
        if (_position > _data.Length) throw new FormatException("Corpus data: read past the end.");
        var rest = _data.Slice(_position);
        var length = SeparatorInFirstWord(rest);
        if (length < 0)
        {
            length = rest.IndexOf(Separator);
            if (length < 0) length = rest.Length;
        }
        _position += length + 1;
        return rest.Slice(0, length);
    }

    /// <summary>
    /// Where the first separator is within the first eight bytes, or -1. Most tokens are numbers and short names: one
    /// word compare finds their end, where a call to the vectorised search costs more than the token (measured: the
    /// search was a third of decoding quotes).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SeparatorInFirstWord(ReadOnlySpan<byte> rest)
    {
        if (rest.Length < sizeof(ulong) || !BitConverter.IsLittleEndian) return -1;
        // A byte equal to the separator becomes zero; the classic "has zero byte" test then sets the high bit of the
        // first zero byte (bits above it may be set by the borrow, never bits below, so the lowest set bit is exact).
        var word = MemoryMarshal.Read<ulong>(rest) ^ (0x0101010101010101UL * Separator);
        var zero = (word - 0x0101010101010101UL) & ~word & 0x8080808080808080UL;
        return zero == 0 ? -1 : LowestSetBit(zero) >> 3;
    }

    private static int LowestSetBit(ulong value)
    {
#if NET
        return System.Numerics.BitOperations.TrailingZeroCount(value);
#else
        var bit = 0;
        while ((value & 1) == 0) { value >>= 1; bit++; }
        return bit;
#endif
    }

    [MethodImpl(Jit.Optimized)]
#if NET
    [SkipLocalsInit]
#endif
    private static unsafe string Utf8(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty) return string.Empty;
#if NET
        // One pass: transcoded into a stack buffer (UTF-16 never needs more units than UTF-8 has bytes), then copied
        // into the string. Encoding.GetString makes two passes, one to count the characters and one to transcode.
        if (bytes.Length <= StackChars)
        {
            Span<char> chars = stackalloc char[bytes.Length];
            System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out _, out var written);
            return new string(chars.Slice(0, written));
        }
#endif
        fixed (byte* p = bytes) return Encoding.UTF8.GetString(p, bytes.Length);
    }
}
