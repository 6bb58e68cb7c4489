namespace CorpusSdk.Tests.Unseen;

/// <summary>
/// A second set of invented stories, written after the first round of fixes and before running the extractor on
/// them, to check the rules carry over rather than fit <see cref="InventedStories"/>.
/// </summary>
internal static class HeldOutStories
{
    public static readonly Story[] All =
    {
        new("us-science",
            new[]
            {
                "Bees exposed to a common garden pesticide forgot the way back to their hives twice as often as unexposed bees, according to a study published on Wednesday.",
                "“We were surprised by how small a dose it took,” said Dr. Priya Natarajan, an entomologist at Coldwater University who led the research. “These are amounts you would find in any suburban flower bed.”",
                "Dr. Natarajan and her colleagues tagged 3,000 bees with tiny radio chips.",
                "The manufacturer, Greenlane Agro, said in a statement that its products were safe when used as directed.",
                "Siobhan O’Riordan, a beekeeper in Vermont for three decades, said she had seen the effect herself. “You open the hive in August and half of them are just gone,” Ms. O’Riordan said.",
                "Marcus L. Whitfield Jr., who studies pollinators at a federal laboratory and was not involved in the study, called the findings “worrying but not yet conclusive.”",
                "“I would want to see this repeated in the field,” he said.",
            },
            new GoldQuote[]
            {
                new("We were surprised by how small a dose it took,", "Priya Natarajan"),
                new("These are amounts you would find in any suburban flower bed.", "Priya Natarajan"),
                new("You open the hive in August and half of them are just gone,", "Siobhan O’Riordan"),
                new("worrying but not yet conclusive.", "Marcus L. Whitfield Jr.", true),
                new("I would want to see this repeated in the field,", "Marcus L. Whitfield Jr."),
            },
            new[] { "Priya Natarajan", "Siobhan O’Riordan", "Marcus L. Whitfield Jr." }),

        new("uk-hospital",
            new[]
            {
                "Patients at Kingsmead General Hospital waited more than 12 hours in A&E on average last month, figures show.",
                "The hospital’s chief executive, Nadia Okonkwo-Hart, apologised to patients and said the trust was “doing everything we can” to cut waiting times.",
                "Speaking to BBC Radio Westshire, she said: “Our staff are working flat out. The building was designed for half the number of patients we now see.”",
                "Local MP Gareth Llewellyn said the figures were “a disgrace”.",
                "“I have written to the health secretary asking for an urgent meeting,” said Mr Llewellyn, who has campaigned for a new hospital since 2019.",
                "One patient, a 78-year-old woman from Ashcombe, told the Westshire Echo she had spent the night on a trolley in a corridor.",
                "“Nobody told me anything for hours,” she said.",
                "The Department of Health and Social Care said it was investing £2 billion in emergency care.",
            },
            new GoldQuote[]
            {
                new("doing everything we can", "Nadia Okonkwo-Hart", true),
                new("Our staff are working flat out. The building was designed for half the number of patients we now see.", "Nadia Okonkwo-Hart"),
                new("a disgrace", "Gareth Llewellyn", true),
                new("I have written to the health secretary asking for an urgent meeting,", "Gareth Llewellyn"),
                new("Nobody told me anything for hours,", null),
            },
            new[] { "Nadia Okonkwo-Hart", "Gareth Llewellyn" }),

        new("business-merger",
            new[]
            {
                "LONDON (Reuters) - Thornbury Capital agreed on Monday to buy rival asset manager Bramwell Fisher for 2.3 billion pounds, creating one of Britain’s largest independent fund groups.",
                "Bramwell Fisher shares jumped 31 percent in early trading.",
                "“This is a once-in-a-generation opportunity to bring two great firms together,” Thornbury Chief Executive Oliver Stanhope said on a call with reporters.",
                "Stanhope, 58, said he expected about 400 job cuts, mostly in back-office roles.",
                "Bramwell Fisher’s founder, Helen Bramwell, who owns 12 percent of the company, said she would vote in favour of the deal. “It is the right home for our clients,” she said.",
                "Analysts were more cautious. “The price looks full,” said Raj Mehta, an analyst at Cobham Securities.",
            },
            new GoldQuote[]
            {
                new("This is a once-in-a-generation opportunity to bring two great firms together,", "Oliver Stanhope"),
                new("It is the right home for our clients,", "Helen Bramwell"),
                new("The price looks full,", "Raj Mehta"),
            },
            new[] { "Oliver Stanhope", "Helen Bramwell", "Raj Mehta" }),

        new("sports-tennis",
            new[]
            {
                "MELBOURNE, Australia — Katarina Vukovic saved three match points to beat top seed Ana Lucia Ferreira 6-7, 7-5, 7-6 on Tuesday and reach her first Grand Slam semifinal.",
                "The 22-year-old Serbian fell to her knees after Ferreira’s final forehand landed long.",
                "“I don’t know how I’m standing right now,” Vukovic said in her on-court interview. “At 5-2 in the third I was already thinking about the flight home.”",
                "Ferreira, who had not dropped a set all tournament, said the heat had taken its toll. “My legs were gone in the third,” the Brazilian said.",
                "Vukovic will face Mei-Ling Zhao of China in the semifinals on Thursday.",
                "Zhao’s coach, Pierre-Alain Dufresne, said his player was “ready for anyone.”",
            },
            new GoldQuote[]
            {
                new("I don’t know how I’m standing right now,", "Katarina Vukovic"),
                new("At 5-2 in the third I was already thinking about the flight home.", "Katarina Vukovic"),
                new("My legs were gone in the third,", "Ana Lucia Ferreira"),
                new("ready for anyone.", "Pierre-Alain Dufresne", true),
            },
            new[] { "Katarina Vukovic", "Ana Lucia Ferreira", "Mei-Ling Zhao", "Pierre-Alain Dufresne" }),

        new("us-police-fire",
            new[]
            {
                "OAKDALE, Calif. — A fire that tore through a four-story apartment building early Sunday killed two people and left dozens homeless, officials said.",
                "Fire Chief Robert Delgado said the blaze began on a second-floor balcony shortly after 2 a.m. “By the time our first engine arrived, the whole back of the building was burning,” he said.",
                "A police spokeswoman, Officer Karen Mills, said investigators had not ruled out arson.",
                "Neighbors described a chaotic scene. “People were throwing their kids down to us from the windows,” said Luis Ortega, 41, who lives across the street.",
                "Mr. Ortega said he and his brother caught two children.",
                "The Red Cross said it had opened a shelter at Oakdale High School.",
            },
            new GoldQuote[]
            {
                new("By the time our first engine arrived, the whole back of the building was burning,", "Robert Delgado"),
                new("People were throwing their kids down to us from the windows,", "Luis Ortega"),
            },
            new[] { "Robert Delgado", "Karen Mills", "Luis Ortega" }),
    };
}
