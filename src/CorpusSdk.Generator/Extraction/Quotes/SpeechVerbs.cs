using System;
using System.Collections.Generic;

namespace CorpusSdk.Generator.Extraction.Quotes;

/// <summary>Verbs (and verb-like phrases) that attribute words to a speaker in news prose.</summary>
internal static class SpeechVerbs
{
    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "tells", "added", "adds", "urged", "urges", "warned", "warns", "stressed", "stresses",
        "noted", "notes", "insisted", "insists", "reported", "reports", "stated", "states", "declared", "declares",
        "announced", "announces", "explained", "explains", "asked", "asks", "replied", "replies", "continued",
        "argued", "argues", "claimed", "claims", "wrote", "writes", "quoted", "accused", "accuses", "acknowledged",
        "admitted", "admits", "affirmed", "agreed", "commented", "complained", "conceded", "confirmed", "contended",
        "cautioned", "emphasised", "emphasized", "estimated", "observed", "predicted", "promised", "recalled",
        "remarked", "responded", "suggested", "suggests", "vowed", "vows", "pledged", "underlined", "maintained",
        "denied", "charged", "alleged", "demanded", "threatened", "boasted", "lamented", "shouted", "testified",
        "tweeted", "posted", "quipped", "mused", "reiterated", "assured", "concluded", "described", "thanked",
        "praised", "condemned", "criticised", "criticized", "blamed", "welcomed", "called", "appealed", "advised",
        "answered", "recounted", "wondered", "worried", "predicts", "announcing", "adding", "saying", "telling",
        "warning", "urging", "stressing", "noting", "insisting", "accusing", "chanted", "read", "joked", "announced",
        "texted", "emailed", "messaged", "signalled", "signaled", "hinted", "conceded", "pleaded", "begged", "cried",
    };

    /// <summary>Verbs that, standing first in a clause, take the speaker after them ("…,” said Jane Doe).</summary>
    private static readonly HashSet<string> Invertible = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "added", "adds", "asked", "wrote", "writes", "continued", "explained", "warned", "noted",
        "insisted", "replied", "recalled", "stressed", "declared", "remarked", "quipped", "argued", "urged",
    };

    /// <summary>Participles that only attribute when they follow a finite verb ("…, adding that …").</summary>
    private static readonly HashSet<string> Participles = new(StringComparer.OrdinalIgnoreCase)
    {
        "announcing", "adding", "saying", "telling", "warning", "urging", "stressing", "noting", "insisting", "accusing",
    };

    public static bool IsVerb(string word) => Verbs.Contains(word);

    public static bool IsFiniteVerb(string word) => Verbs.Contains(word) && !Participles.Contains(word);

    public static bool IsInvertible(string word) => Invertible.Contains(word);
}
