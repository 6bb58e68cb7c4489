namespace CorpusSdk.Tests.Unseen;

/// <summary>
/// A third set of invented stories, written after the second round of fixes and before running the extractor on
/// them: British politics with "Sir", a US debate with two speakers of different genders, football with clubs named
/// like people, a start-up named like a person, and a court report with an unnamed source.
/// </summary>
internal static class ThirdRoundStories
{
    public static readonly Story[] All =
    {
        new("uk-election",
            new[]
            {
                "The prime minister, Edward Lyle, has ruled out an early election despite mounting pressure from his own backbenchers.",
                "Speaking on a visit to a school in Dunmore, Mr Lyle said: “The country wants us to get on with the job, not to spend six weeks campaigning.”",
                "But the former cabinet minister Sir Anthony Greaves said the party was “sleepwalking towards defeat”.",
                "“We have lost three by-elections in a row,” said Sir Anthony. “If that is not a warning, I don’t know what is.”",
                "Labour’s deputy leader, Carla Mendes-Whitby, told LBC radio that the government had “run out of road”.",
                "A Downing Street spokesperson said the prime minister had “full confidence” in his team.",
            },
            new GoldQuote[]
            {
                new("The country wants us to get on with the job, not to spend six weeks campaigning.", "Edward Lyle"),
                new("sleepwalking towards defeat", "Anthony Greaves", true),
                new("We have lost three by-elections in a row,", "Anthony Greaves"),
                new("If that is not a warning, I don’t know what is.", "Anthony Greaves"),
                new("run out of road", "Carla Mendes-Whitby", true),
                new("full confidence", null, true),
            },
            new[] { "Edward Lyle", "Anthony Greaves", "Carla Mendes-Whitby" }),

        new("us-debate",
            new[]
            {
                "CHICAGO — Two candidates for mayor clashed Tuesday night over police funding in their final debate before the April 4 runoff.",
                "Daniel Alvarez, a former alderman, said the city needed 500 more officers. Jennifer Brandt, a public defender, said the money would be better spent on mental health teams.",
                "“You cannot arrest your way out of a crisis,” she said.",
                "Mr. Alvarez shot back that Ms. Brandt had “never run anything bigger than a law office.”",
                "“I have managed a budget of $40 million,” Ms. Brandt replied. “He has managed a campaign.”",
                "Mr. Alvarez, 52, said afterward that he was pleased with the debate. “People saw the difference tonight,” he told The Associated Press.",
            },
            new GoldQuote[]
            {
                new("You cannot arrest your way out of a crisis,", "Jennifer Brandt"),
                new("never run anything bigger than a law office.", "Daniel Alvarez", true),
                new("I have managed a budget of $40 million,", "Jennifer Brandt"),
                new("He has managed a campaign.", "Jennifer Brandt"),
                new("People saw the difference tonight,", "Daniel Alvarez"),
            },
            new[] { "Daniel Alvarez", "Jennifer Brandt" }),

        new("sports-sacking",
            new[]
            {
                "Dynamo Karsk sacked manager Viktor Halloran on Monday after a run of six defeats left the club one point above the relegation zone.",
                "Halloran, who joined from Sporting Lisvane in the summer, leaves with the club having won only three of its 17 league games.",
                "“The board felt a change was needed,” club president Andrei Kostic said in a statement. “We thank Viktor for his work.”",
                "Captain Luka Mrvar said the players were to blame. “The problem,” the defender said, “is not the coach. It is us.”",
                "Former Karsk striker Hans-Peter Vogel, now a television pundit, told the club’s website that the decision was “harsh but understandable.”",
            },
            new GoldQuote[]
            {
                new("The board felt a change was needed,", "Andrei Kostic"),
                new("We thank Viktor for his work.", "Andrei Kostic"),
                new("The problem,", "Luka Mrvar"),
                new("is not the coach. It is us.", "Luka Mrvar"),
                new("harsh but understandable.", "Hans-Peter Vogel", true),
            },
            new[] { "Viktor Halloran", "Andrei Kostic", "Luka Mrvar", "Hans-Peter Vogel" }),

        new("tech-layoffs",
            new[]
            {
                "SAN FRANCISCO — Fenwick Hale, the payments start-up backed by several large banks, said on Thursday it would cut 20 percent of its staff.",
                "“These are painful decisions and they affect people we care about,” Fenwick Hale’s co-founder and chief executive, Nora Castellanos, wrote in a memo to employees.",
                "A spokeswoman for the company said most of the cuts would fall on sales teams.",
                "Fenwick Hale was valued at $6 billion in a funding round led by Pell & Ardent Ventures last year.",
                "“The whole sector raised too much money at valuations that never made sense,” said Tobias Grunwald, a partner at the venture firm Lindell Park.",
            },
            new GoldQuote[]
            {
                new("These are painful decisions and they affect people we care about,", "Nora Castellanos"),
                new("The whole sector raised too much money at valuations that never made sense,", "Tobias Grunwald"),
            },
            new[] { "Nora Castellanos", "Tobias Grunwald" }),

        new("uk-nurse-trial",
            new[]
            {
                "A former nurse accused of stealing painkillers from patients at a care home in Bexley told a jury on Tuesday that she had been “set up” by a colleague.",
                "Gemma Raine, 36, denies 14 counts of theft. Giving evidence at Redbridge Crown Court, she said: “I never took a single tablet. Someone wanted me out.”",
                "Prosecutor Simon Achebe told jurors that CCTV showed Ms Raine entering the drugs room 40 times in a month.",
                "According to a former colleague, who did not want to be named, the home’s records were “a mess from top to bottom.”",
                "The trial continues.",
            },
            new GoldQuote[]
            {
                new("set up", "Gemma Raine", true),
                new("I never took a single tablet. Someone wanted me out.", "Gemma Raine"),
                new("a mess from top to bottom.", null, true),
            },
            new[] { "Gemma Raine", "Simon Achebe" }),
    };
}
