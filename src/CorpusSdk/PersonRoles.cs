using System;

namespace CorpusSdk;

/// <summary>What a person is to one article. A person can hold several roles.</summary>
[Flags]
public enum PersonRoles
{
    /// <summary>No role.</summary>
    None = 0,
    /// <summary>Named in the text.</summary>
    Mentioned = 1,
    /// <summary>Speaker of at least one quote.</summary>
    Quoted = 2,
    /// <summary>Credited for a photo.</summary>
    Photographer = 4,
    /// <summary>Credited for reporting.</summary>
    Reporting = 8,
    /// <summary>Credited for editing.</summary>
    Editing = 16,
    /// <summary>The byline's author.</summary>
    Author = 32,
}
