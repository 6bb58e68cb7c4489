namespace CorpusSdk.Tests.Unseen;

/// <summary>
/// An eighth set of invented stories, written after the seventh round and before running the extractor on them:
/// a recall with "she added" chains, a British police statement with "Det Insp", and a profile where a married
/// couple share part of a surname.
/// </summary>
internal static class EighthRoundStories
{
    public static readonly Story[] All =
    {
        new("us-recall",
            new[]
            {
                "Ridgeline Motors said on Tuesday it would recall 212,000 pickup trucks because a faulty seat belt sensor could fail in a crash.",
                "The company said it was not aware of any injuries linked to the problem.",
                "“Safety is our first priority, and we are moving quickly,” said Angela M. Torres, Ridgeline’s head of vehicle safety, in an interview.",
                "“Owners do not need to stop driving the trucks,” she added. “But they should book a repair as soon as the parts arrive.”",
                "Consumer advocates said the recall came too late. Joan Claybrook-Hayes, the president of Drivers First, a safety group, said complaints had been filed for more than a year.",
                "“They knew, and they waited,” Ms. Claybrook-Hayes said.",
            },
            new GoldQuote[]
            {
                new("Safety is our first priority, and we are moving quickly,", "Angela M. Torres"),
                new("Owners do not need to stop driving the trucks,", "Angela M. Torres"),
                new("But they should book a repair as soon as the parts arrive.", "Angela M. Torres"),
                new("They knew, and they waited,", "Joan Claybrook-Hayes"),
            },
            new[] { "Angela M. Torres", "Joan Claybrook-Hayes" }),

        new("uk-stabbing",
            new[]
            {
                "A 34-year-old man has been charged with the murder of a father-of-two who was stabbed outside a pub in Chelmsworth on Saturday night.",
                "Kieran Walsh, 41, died at the scene on Grove Road. His family paid tribute to him as “a devoted dad who would do anything for anyone”.",
                "Det Insp Rachel Boateng, of Essexshire Police, said: “This was a horrific attack and our thoughts remain with Kieran’s family.”",
                "Lee Marsden, of no fixed address, is due to appear before magistrates on Monday.",
            },
            new GoldQuote[]
            {
                new("a devoted dad who would do anything for anyone", null, true),
                new("This was a horrific attack and our thoughts remain with Kieran’s family.", "Rachel Boateng"),
            },
            new[] { "Kieran Walsh", "Rachel Boateng", "Lee Marsden" }),

        new("uk-bakery-profile",
            new[]
            {
                "When Elena Marchetti-Rossi opened her bakery in a former bank on Harbour Street in 2015, friends told her she was mad.",
                "“Everyone said nobody would pay five pounds for a loaf,” she recalled on a recent morning, flour on her apron. “Now we sell 400 a day.”",
                "Her husband, Marco Rossi, handles the accounts. “I do the numbers. She does the magic,” he said.",
                "Marchetti-Rossi, 46, grew up in Naples, where her grandmother ran a bakery.",
                "“My grandmother never measured anything,” she said. “I measure everything. That is the only thing I changed.”",
            },
            new GoldQuote[]
            {
                new("Everyone said nobody would pay five pounds for a loaf,", "Elena Marchetti-Rossi"),
                new("Now we sell 400 a day.", "Elena Marchetti-Rossi"),
                new("I do the numbers. She does the magic,", "Marco Rossi"),
                new("My grandmother never measured anything,", "Elena Marchetti-Rossi"),
                new("I measure everything. That is the only thing I changed.", "Elena Marchetti-Rossi"),
            },
            new[] { "Elena Marchetti-Rossi", "Marco Rossi" }),
    };
}
