using System;
using System.Threading;

namespace CorpusSdk.Generator.Diagnostics;

/// <summary>
/// Test-only fault injection: lets tests prove that an exception inside the generator becomes CSDK000 and that the rest
/// of the output survives. Flow-local (AsyncLocal), so a test that sets a hook affects only its own generator runs;
/// unset (the normal case) it costs one null check per page and per corpus.
/// </summary>
internal static class FaultInjection
{
    private static readonly AsyncLocal<Action<string>?> s_page = new();
    private static readonly AsyncLocal<Action?> s_corpus = new();
    private static readonly AsyncLocal<Action?> s_emit = new();

    /// <summary>Called with the page's path before it is extracted.</summary>
    public static Action<string>? Page { get => s_page.Value; set => s_page.Value = value; }

    /// <summary>Called before the corpus-wide model is built.</summary>
    public static Action? Corpus { get => s_corpus.Value; set => s_corpus.Value = value; }

    /// <summary>Called before the corpus is written as C#.</summary>
    public static Action? Emit { get => s_emit.Value; set => s_emit.Value = value; }
}
