using System.Collections.Generic;

namespace CorpusSdk.Internal;

/// <summary>Where a generated article's data is: its record in a block, and the corpus's person table its indices point into.</summary>
internal readonly struct RecordRef(CorpusBlock block, int record, IReadOnlyList<Person> people)
{
    public CorpusBlock Block { get; } = block;

    public int Record { get; } = record;

    public IReadOnlyList<Person> People { get; } = people;
}
