namespace CorpusSdk;

/// <summary>What a credited person did for the article.</summary>
public enum CreditRole
{
    /// <summary>Wrote the story (a byline).</summary>
    Author,
    /// <summary>Contributed reporting ("Additional reporting by ...").</summary>
    Reporting,
    /// <summary>Edited the story ("Editing by ...").</summary>
    Editing,
    /// <summary>Took a photo (a caption's credit).</summary>
    Photo,
}

/// <summary>A person credited for the article: byline, reporting, editing or photo.</summary>
/// <param name="Role">What they did.</param>
/// <param name="Name">Their name as the page writes it.</param>
public sealed record Credit(CreditRole Role, string Name);
