using System;
using System.Collections;
using System.Collections.Generic;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using System.Threading;

namespace CorpusSdk.Internal;

/// <summary>
/// The list behind <c>Articles.All</c>: an article is decoded the first time it is read, and then kept.
/// Enumerating decodes one article at a time; nothing is built up front. Safe to read from several threads.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class LazyArticleList : IReadOnlyList<Article>
{
    private readonly Article?[] _items;
    private readonly Func<int, Article> _decode;
    private int _decoded;

    /// <summary>Creates a list of <paramref name="count"/> articles decoded by <paramref name="decode"/>.</summary>
    public LazyArticleList(int count, Func<int, Article> decode)
    {
        _items = new Article?[count];
        _decode = decode;
    }

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <summary>How many articles have been decoded so far (for tests and diagnostics: reading it decodes nothing).</summary>
    public int DecodedCount => Volatile.Read(ref _decoded);

    /// <inheritdoc />
    public Article this[int index]
    {
        [MethodImpl(Jit.Optimized)]
        get
        {
            var item = Volatile.Read(ref _items[index]);
            if (item is not null) return item;
            var made = _decode(index);
            Interlocked.Increment(ref _decoded);
            return LazyField.Publish(ref _items[index], made);
        }
    }

    /// <inheritdoc />
    public IEnumerator<Article> GetEnumerator() => new Enumerator(this);

    /// <summary>Hand-written rather than an iterator, so its loop runs optimised from the first query (see Jit).</summary>
    private sealed class Enumerator(LazyArticleList list) : IEnumerator<Article>
    {
        private int _index = -1;

        public Article Current { get; private set; } = null!;

        object IEnumerator.Current => Current;

        [MethodImpl(Jit.Optimized)]
        public bool MoveNext()
        {
            if (++_index >= list.Count) { _index = list.Count; return false; }
            Current = list[_index];
            return true;
        }

        public void Reset() => _index = -1;

        public void Dispose() { }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
