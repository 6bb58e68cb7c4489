using System;
using System.ComponentModel;
using System.Reflection;
using System.Text;

namespace CorpusSdk.Internal;

/// <summary>
/// One block of generated data, read from the <see cref="CorpusDataAttribute"/> on its holder class: where the
/// runtime allows, straight from the assembly's loaded metadata (no copy, no string), otherwise through reflection.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed unsafe class CorpusBlock
{
    /// <summary>
    /// AppContext switch that makes every block go through reflection (the attribute's string, encoded to UTF-8 once)
    /// instead of the assembly's raw metadata. The fallback is what runtimes without raw metadata access use anyway.
    /// </summary>
    public const string ReflectionOnlySwitch = "CorpusSdk.ReadDataByReflection";

    // Keeps the assembly that holds the data alive (collectible load contexts) for as long as the block is used.
    private readonly object _owner;
    private readonly byte[]? _bytes;
    private readonly byte* _pointer;
    private readonly int _length;
    private readonly int[] _offsets;

    private CorpusBlock(object owner, byte[]? bytes, byte* pointer, int length, int[] offsets)
    {
        if (offsets.Length == 0 || offsets[0] != 0 || offsets[offsets.Length - 1] != length)
            throw new FormatException("Corpus data: the offsets of " + owner + " do not match its data.");
        _owner = owner;
        _bytes = bytes;
        _pointer = pointer;
        _length = length;
        _offsets = offsets;
    }

    /// <summary>How many records the block holds.</summary>
    public int Count => _offsets.Length - 1;

    /// <summary>The whole block as UTF-8.</summary>
    // Read per article and per quote text as the first query walks the corpus: optimised from the first call (see Jit).
    public ReadOnlySpan<byte> Bytes
    {
        [System.Runtime.CompilerServices.MethodImpl(Jit.Optimized)]
        get => _bytes is null ? new ReadOnlySpan<byte>(_pointer, _length) : _bytes;
    }

    /// <summary>Where record <paramref name="index"/> starts in <see cref="Bytes"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(Jit.Optimized)]
    public int Start(int index) => _offsets[index];

    /// <summary>Record <paramref name="index"/> as UTF-8.</summary>
    [System.Runtime.CompilerServices.MethodImpl(Jit.Optimized)]
    public ReadOnlySpan<byte> Record(int index) => Bytes.Slice(_offsets[index], _offsets[index + 1] - _offsets[index]);

    /// <summary>Reads the block on <paramref name="holder"/>, a generated class carrying one <see cref="CorpusDataAttribute"/>.</summary>
    public static CorpusBlock Load(Type holder)
    {
        if (holder is null) throw new ArgumentNullException(nameof(holder));
        var reflectionOnly = AppContext.TryGetSwitch(ReflectionOnlySwitch, out var on) && on;
        if (!reflectionOnly && RawMetadataBlob.TryRead(holder, out var offsets, out var offsetsLength, out var data, out var length))
            return new CorpusBlock(holder, null, data, length, ParseOffsets(new ReadOnlySpan<byte>(offsets, offsetsLength), holder));
        var attributes = holder.GetCustomAttributes(typeof(CorpusDataAttribute), false);
        if (attributes.Length != 1) throw new FormatException("Corpus data: " + holder.FullName + " carries no data.");
        var attribute = (CorpusDataAttribute)attributes[0];
        return FromStrings(attribute.Offsets, attribute.Data, holder);
    }

    /// <summary>A block from a <see cref="CorpusDataAttribute"/>'s two strings (the reflection path; tests and tools).</summary>
    public static CorpusBlock FromStrings(string offsets, string data) => FromStrings(offsets, data, "a block");

    private static CorpusBlock FromStrings(string offsets, string data, object owner)
    {
        var bytes = Encoding.UTF8.GetBytes(data);
        return new CorpusBlock(owner, bytes, null, bytes.Length, ParseOffsets(Encoding.UTF8.GetBytes(offsets), owner));
    }

    /// <summary>Decimal numbers separated by single spaces (500 a block, read as the first query loads it: compiled optimised at once).</summary>
    [System.Runtime.CompilerServices.MethodImpl(Jit.Optimized)]
    private static int[] ParseOffsets(ReadOnlySpan<byte> text, object owner)
    {
        var count = 1;
        foreach (var b in text) if (b == (byte)' ') count++;
        var offsets = new int[count];
        var (n, value, digits) = (0, 0, 0);
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == (byte)' ')
            {
                if (digits == 0) throw new FormatException("Corpus data: the offsets of " + owner + " are malformed.");
                offsets[n++] = value;
                (value, digits) = (0, 0);
                continue;
            }
            var digit = text[i] - (byte)'0';
            if ((uint)digit > 9) throw new FormatException("Corpus data: the offsets of " + owner + " are malformed.");
            value = checked(value * 10 + digit);
            digits++;
        }
        return offsets;
    }

    /// <inheritdoc />
    public override string ToString() => _owner + " (" + Count + " records, " + _length + " bytes)";
}
