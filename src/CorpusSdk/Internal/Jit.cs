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
}
