using System;
using System.ComponentModel;
using System.Threading;

namespace CorpusSdk.Internal;

/// <summary>The data blocks of a generated class, each read the first time it is needed. Safe to read from several threads.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class CorpusBlocks
{
    private readonly Type[] _holders;
    private readonly CorpusBlock?[] _blocks;

    /// <summary>Blocks carried by <paramref name="holders"/>, in order (generated code only).</summary>
    public CorpusBlocks(Type[] holders)
    {
        _holders = holders ?? throw new ArgumentNullException(nameof(holders));
        _blocks = new CorpusBlock?[holders.Length];
    }

    /// <summary>Block <paramref name="index"/>, read on first use.</summary>
    public CorpusBlock this[int index]
    {
        [System.Runtime.CompilerServices.MethodImpl(Jit.Optimized)]
        get
        {
            return Volatile.Read(ref _blocks[index]) ?? LazyField.Publish(ref _blocks[index], CorpusBlock.Load(_holders[index]));
        }
    }
}
