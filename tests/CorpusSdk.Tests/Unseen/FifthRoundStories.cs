namespace CorpusSdk.Tests.Unseen;

/// <summary>
/// A fifth set of invented stories, written after the fourth round of fixes and before running the extractor on
/// them: a wire story with an anonymous official, a US police story with a shared surname, British cricket with an
/// age epithet, a company naming a chief executive, and a British council story with "Cllr" and "Mrs".
/// </summary>
internal static class FifthRoundStories
{
    public static readonly Story[] All =
    {
        new("wire-central-bank",
            new[]
            {
                "NAIROBI, May 12 (Reuters) - Kenya’s central bank left its benchmark lending rate unchanged at 10.5 percent on Tuesday, saying inflation was still too high to justify a cut.",
                "“We remain concerned about food prices, which have risen sharply because of the drought,” Governor Samuel Otieno Kariuki told a news conference.",
                "Kariuki said the bank expected inflation to fall to 6 percent by the end of the year.",
                "“The bank was right to hold,” said Wanjiru Mwangi, chief economist at Lakeside Capital in Nairobi. “A cut now would have weakened the shilling.”",
                "A finance ministry official, who asked not to be identified because he was not authorised to speak to the media, told Reuters the government had hoped for a cut.",
            },
            new GoldQuote[]
            {
                new("We remain concerned about food prices, which have risen sharply because of the drought,", "Samuel Otieno Kariuki"),
                new("The bank was right to hold,", "Wanjiru Mwangi"),
                new("A cut now would have weakened the shilling.", "Wanjiru Mwangi"),
            },
            new[] { "Samuel Otieno Kariuki", "Wanjiru Mwangi" }),

        new("us-store-shooting",
            new[]
            {
                "A 19-year-old man was charged with murder on Saturday in the shooting death of a convenience store clerk in East Alton, the police said.",
                "The suspect, Jordan Pruitt of St. Louis, was arrested on Friday night at a relative’s home, according to Detective Sgt. Anne Kowalczyk of the East Alton Police Department.",
                "“This was a senseless act,” Sergeant Kowalczyk said. “Mr. Haddad was working a double shift so he could pay for his daughter’s college.”",
                "The clerk, Samir Haddad, 58, had worked at the store for 11 years.",
                "His brother, Nabil Haddad, said the family was devastated. “He never hurt anyone,” Nabil Haddad said.",
            },
            new GoldQuote[]
            {
                new("This was a senseless act,", "Anne Kowalczyk"),
                new("Mr. Haddad was working a double shift so he could pay for his daughter’s college.", "Anne Kowalczyk"),
                new("He never hurt anyone,", "Nabil Haddad"),
            },
            new[] { "Jordan Pruitt", "Anne Kowalczyk", "Samir Haddad", "Nabil Haddad" }),

        new("uk-cricket",
            new[]
            {
                "England’s captain Oliver Pennington hit an unbeaten 142 as his side drew the second Test against the West Indies at Lord’s on Sunday.",
                "“It was one of those days when the ball just looked like a football,” said the 31-year-old, who had scored only 23 runs in his previous four innings.",
                "Head coach Martin Ashworth told BBC Sport: “Ollie has had a lot of noise around him, and he has answered it the best way.”",
                "West Indies captain Desmond Clarke-Joseph praised his bowlers but said his batters had “let them off the hook” on the final morning.",
            },
            new GoldQuote[]
            {
                new("It was one of those days when the ball just looked like a football,", "Oliver Pennington"),
                new("Ollie has had a lot of noise around him, and he has answered it the best way.", "Martin Ashworth"),
                new("let them off the hook", "Desmond Clarke-Joseph", true),
            },
            new[] { "Oliver Pennington", "Martin Ashworth", "Desmond Clarke-Joseph" }),

        new("us-new-ceo",
            new[]
            {
                "Quillon Systems, the cloud software maker, named Dana Whitcombe as its next chief executive on Monday, ending a six-month search.",
                "Ms. Whitcombe, 49, joins from the chip maker Arden Micro, where she ran the data-center business.",
                "“Dana is exactly the leader we need for the next decade,” the company’s chairman, Victor Osei-Mensah, said in a statement.",
                "She will succeed Paul Brenner, who announced his retirement in March after 14 years in the job.",
                "Investors cheered the appointment. Quillon shares rose 4 percent to $212.40 in afternoon trading.",
            },
            new GoldQuote[]
            {
                new("Dana is exactly the leader we need for the next decade,", "Victor Osei-Mensah"),
            },
            new[] { "Dana Whitcombe", "Victor Osei-Mensah", "Paul Brenner" }),

        new("uk-green-belt",
            new[]
            {
                "Plans to build 1,500 homes on green belt land near Ashvale have been approved despite more than 3,000 objections.",
                "Councillors voted seven to four in favour of the scheme at a meeting on Tuesday night.",
                "“We need these homes. Our young people cannot afford to live in the town they grew up in,” said Cllr Priya Sandhu, the council’s cabinet member for housing.",
                "But Margaret Hughes, chair of the Save Ashvale Fields campaign, said residents would seek a judicial review.",
                "“This is not the end,” said Mrs Hughes. “We will take this all the way.”",
            },
            new GoldQuote[]
            {
                new("We need these homes. Our young people cannot afford to live in the town they grew up in,", "Priya Sandhu"),
                new("This is not the end,", "Margaret Hughes"),
                new("We will take this all the way.", "Margaret Hughes"),
            },
            new[] { "Priya Sandhu", "Margaret Hughes" }),
    };
}
