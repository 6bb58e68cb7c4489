using System;
#if NET
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
#endif

namespace CorpusSdk.Internal;

/// <summary>
/// Finds a <see cref="CorpusDataAttribute"/>'s two strings in the loaded assembly's own metadata, as the UTF-8 bytes
/// the compiler wrote (ECMA-335 II.23.3: prolog 0x0001, then each string as a compressed length and UTF-8), without
/// copying them. Needs the runtime's raw metadata access (.NET Core 2.0 and later); elsewhere it says no and
/// <see cref="CorpusBlock"/> uses reflection.
/// </summary>
internal static unsafe class RawMetadataBlob
{
    public static bool TryRead(Type holder, out byte* offsets, out int offsetsLength, out byte* data, out int dataLength)
    {
        offsets = data = null;
        offsetsLength = dataLength = 0;
#if NET
        if (Reader(holder.Assembly) is not { } reader) return false;
        var type = reader.GetTypeDefinition((TypeDefinitionHandle)MetadataTokens.EntityHandle(holder.MetadataToken));
        foreach (var handle in type.GetCustomAttributes())
        {
            var attribute = reader.GetCustomAttribute(handle);
            if (!IsCorpusData(reader, attribute.Constructor)) continue;
            var blob = reader.GetBlobReader(attribute.Value);
            return blob.ReadUInt16() == 1
                && TryReadString(ref blob, out offsets, out offsetsLength)
                && TryReadString(ref blob, out data, out dataLength);
        }
#endif
        return false;
    }

#if NET
    // One reader per assembly, not per block: a corpus of 10,000 articles has 21 blocks, all read by its first query.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<System.Reflection.Assembly, MetadataReader> s_readers = new();

    private static MetadataReader? Reader(System.Reflection.Assembly assembly)
    {
        if (s_readers.TryGetValue(assembly, out var reader)) return reader;
        if (!assembly.TryGetRawMetadata(out var metadata, out var size)) return null;
        // The reader points into the assembly's loaded metadata, which lives exactly as long as the key it is kept under.
        return s_readers.GetValue(assembly, _ => new MetadataReader(metadata, size));
    }

    private static bool TryReadString(ref BlobReader blob, out byte* start, out int length)
    {
        start = null;
        length = 0;
        if (blob.RemainingBytes == 0 || *blob.CurrentPointer == 0xFF) return false; // null string
        length = blob.ReadCompressedInteger();
        if (length > blob.RemainingBytes) return false;
        start = blob.CurrentPointer;
        blob.Offset += length;
        return true;
    }

    private static bool IsCorpusData(MetadataReader reader, EntityHandle constructor)
    {
        StringHandle name, ns;
        if (constructor.Kind == HandleKind.MemberReference)
        {
            var parent = reader.GetMemberReference((MemberReferenceHandle)constructor).Parent;
            if (parent.Kind != HandleKind.TypeReference) return false;
            var reference = reader.GetTypeReference((TypeReferenceHandle)parent);
            (name, ns) = (reference.Name, reference.Namespace);
        }
        else if (constructor.Kind == HandleKind.MethodDefinition)
        {
            var definition = reader.GetTypeDefinition(reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType());
            (name, ns) = (definition.Name, definition.Namespace);
        }
        else return false;
        return reader.StringComparer.Equals(name, nameof(CorpusDataAttribute)) && reader.StringComparer.Equals(ns, typeof(CorpusDataAttribute).Namespace!);
    }
#endif
}
