using System.Threading;

namespace CorpusSdk.Internal;

/// <summary>The publish step of every decode-on-first-read field: safe when several threads read the same field at once.</summary>
internal static class LazyField
{
    /// <summary>Stores <paramref name="made"/> unless another thread stored a value first; returns the stored value (every reader sees one object).</summary>
    public static T Publish<T>(ref T? field, T made) where T : class
        => Interlocked.CompareExchange(ref field, made, null) ?? made;
}
