namespace CorpusSdk.Tests.Unseen;

/// <summary>
/// A seventh set of invented stories, written after the sixth round of fixes and before running the extractor on
/// them, kept as the final held-out check: Australian style ("Ms Brennan", "told the ABC"), a multi-paragraph
/// health quote, a Tokyo wire story with ministry statements, and a US court ruling.
/// </summary>
internal static class SeventhRoundStories
{
    public static readonly Story[] All =
    {
        new("au-roads",
            new[]
            {
                "The New South Wales Premier has announced a $2 billion package to fix regional roads damaged by this year’s floods.",
                "Speaking in Dubbo on Monday, Premier Alicia Brennan said the money would be spent over four years. “Country people have waited long enough,” Ms Brennan said.",
                "The Nationals leader, Hamish Doyle, said the package was “too little, too late” for farmers who had lost crops.",
                "“I have been driving these roads for 40 years and I have never seen them this bad,” truck driver Wayne Kettle told the ABC.",
                "Mr Doyle said he would push for the money to be spent in the first two years.",
            },
            new GoldQuote[]
            {
                new("Country people have waited long enough,", "Alicia Brennan"),
                new("too little, too late", "Hamish Doyle", true),
                new("I have been driving these roads for 40 years and I have never seen them this bad,", "Wayne Kettle"),
            },
            new[] { "Alicia Brennan", "Hamish Doyle", "Wayne Kettle" }),

        new("health-blood-test",
            new[]
            {
                "A new blood test can detect pancreatic cancer up to two years before symptoms appear, researchers reported on Tuesday.",
                "The test, developed at the Halvorsen Institute in Oslo, picked up 85 percent of early-stage tumours in a trial of 4,000 patients.",
                "“Pancreatic cancer is usually found too late to treat. That is why the survival rate has barely moved in 50 years,” said Dr. Ingrid Aaland, who led the study.",
                "“If this holds up in larger trials, it could change that.”",
                "Other experts urged caution. Dr. Michael Osei of the University of Calder said the trial had included few patients from ethnic minorities.",
                "“We need to know it works for everyone,” he said.",
            },
            new GoldQuote[]
            {
                new("Pancreatic cancer is usually found too late to treat. That is why the survival rate has barely moved in 50 years,", "Ingrid Aaland"),
                new("If this holds up in larger trials, it could change that.", "Ingrid Aaland"),
                new("We need to know it works for everyone,", "Michael Osei"),
            },
            new[] { "Ingrid Aaland", "Michael Osei" }),

        new("wire-export-controls",
            new[]
            {
                "TOKYO (Reuters) - Japan’s trade ministry said on Friday it would tighten export controls on chip-making equipment, a move likely to anger Beijing.",
                "“This is about protecting our national security, not about targeting any one country,” Trade Minister Kenji Watanabe told reporters.",
                "China’s commerce ministry said in a statement it “firmly opposes” the measures and would take “necessary steps” to protect its companies.",
                "Industry group spokeswoman Yuki Hashimoto said members had been consulted. “We understand the government’s position,” she said.",
            },
            new GoldQuote[]
            {
                new("This is about protecting our national security, not about targeting any one country,", "Kenji Watanabe"),
                new("firmly opposes", null, true),
                new("necessary steps", null, true),
                new("We understand the government’s position,", "Yuki Hashimoto"),
            },
            new[] { "Kenji Watanabe", "Yuki Hashimoto" }),

        new("us-age-checks",
            new[]
            {
                "A federal judge on Monday blocked a Texas law that would have required age checks on social media sites, ruling that it likely violates the First Amendment.",
                "In a 42-page opinion, U.S. District Judge Carolyn Reese wrote that the law “sweeps far too broadly” and would burden adult users.",
                "The state’s attorney general, Douglas Whitaker, said he would appeal. “We will not stop fighting to protect Texas children,” Mr. Whitaker said in a statement.",
                "The Digital Commerce Alliance, the tech industry group that brought the suit, welcomed the ruling. “The First Amendment does not have an age limit,” said its general counsel, Priya Raman.",
            },
            new GoldQuote[]
            {
                new("sweeps far too broadly", "Carolyn Reese", true),
                new("We will not stop fighting to protect Texas children,", "Douglas Whitaker"),
                new("The First Amendment does not have an age limit,", "Priya Raman"),
            },
            new[] { "Carolyn Reese", "Douglas Whitaker", "Priya Raman" }),
    };
}
