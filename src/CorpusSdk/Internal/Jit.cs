using System.Runtime.CompilerServices;

namespace CorpusSdk.Internal;

/// <summary>JIT hints for the decoder.</summary>
internal static class Jit
{
    /// <summary>
    /// MethodImplOptions.AggressiveOptimization (.NET Core 3.0+; ignored elsewhere): compile fully optimised at once.
    /// The decoder runs hot exactly once, on an app's first query over the corpus; under tiered compilation it would
    /// run that whole query as unoptimised tier-0 code (measured: about 4x slower first query).
    /// </summary>
    public const MethodImplOptions Optimized = (MethodImplOptions)512;

    /// <summary>
    /// <see cref="Optimized"/> and never inlined: for the token reader's primitives, called from many places in the
    /// decoder. Inlined everywhere they made the decoder a large method whose optimised compile alone cost about as
    /// much as the tier-0 code it replaced (measured with JitInfo.GetCompilationTime).
    /// </summary>
    public const MethodImplOptions OptimizedCall = Optimized | MethodImplOptions.NoInlining;
}
