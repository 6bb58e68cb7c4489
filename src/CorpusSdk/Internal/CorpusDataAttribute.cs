using System;
using System.ComponentModel;

namespace CorpusSdk.Internal;

/// <summary>
/// Carries one block of generated corpus data: the records in <see cref="TokenFormat"/>, one after another, and the
/// UTF-8 byte offset where each starts, as decimal numbers separated by spaces (one more offset than there are
/// records: the last is the end; a string, not an int[], which is not CLS-compliant as an attribute argument). Placed by the
/// generator on a private nested class, one per block, and read back by <see cref="CorpusBlock"/>.
/// </summary>
/// <remarks>
/// An attribute, not a <c>"..."u8</c> literal, because the compiler stores an attribute's string as it is (UTF-8, in
/// the metadata blob heap), while it lowers a u8 literal to one bound node per byte before writing it: measured, the
/// same text compiles about ten times faster this way. Attribute strings are not in the user-string heap either, so
/// there is no limit on the corpus size (CS8103), and they work in every C# version.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class CorpusDataAttribute : Attribute
{
    /// <summary>Creates the attribute (generated code only).</summary>
    public CorpusDataAttribute(string offsets, string data)
    {
        Offsets = offsets;
        Data = data;
    }

    /// <summary>The UTF-8 byte offset where each record starts, then the end: decimal numbers separated by spaces.</summary>
    public string Offsets { get; }

    /// <summary>The records.</summary>
    public string Data { get; }
}
