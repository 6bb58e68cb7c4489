namespace CorpusSdk.Tests.Unseen;

/// <summary>
/// A fourth set of invented stories, written after the third round of fixes and before running the extractor on
/// them: military ranks with straight quotes, Dutch particles with a capitalised "De" at a sentence start, an
/// obituary with family members, Arabic and Korean names, and a school-board meeting with several speakers.
/// </summary>
internal static class FourthRoundStories
{
    public static readonly Story[] All =
    {
        new("us-helicopter",
            new[]
            {
                "FORT HADLEY, Texas — The Army has suspended training flights at Fort Hadley after a helicopter crash that killed two soldiers on Friday, officials said.",
                "Lt. Col. Sarah Brennan-Ortiz, a spokeswoman for the base, said the cause was under investigation. \"Our hearts are with the families,\" she said.",
                "The soldiers were identified as Sgt. Marcus Lee, 27, of Dayton, Ohio, and Specialist Tyler J. Hammond, 22, of Boise, Idaho.",
                "Sergeant Lee's mother, Denise Lee, said her son had wanted to fly since he was a boy. \"He used to build model helicopters on the kitchen table,\" she told The Dayton Herald.",
                "\"It is a dangerous job, and they all know it,\" according to retired Col. Frank Adair, a former instructor at the base.",
            },
            new GoldQuote[]
            {
                new("Our hearts are with the families,", "Sarah Brennan-Ortiz"),
                new("He used to build model helicopters on the kitchen table,", "Denise Lee"),
                new("It is a dangerous job, and they all know it,", "Frank Adair"),
            },
            new[] { "Sarah Brennan-Ortiz", "Marcus Lee", "Tyler J. Hammond", "Denise Lee", "Frank Adair" }),

        new("nl-farmers",
            new[]
            {
                "THE HAGUE — Dutch farmers blocked motorways with tractors on Wednesday to protest against new limits on nitrogen emissions.",
                "Pieter de Vries, who farms 200 cows near Zwolle, said the rules would put him out of business within five years.",
                "De Vries said he had borrowed heavily to modernise his barns. “Now they tell me the barns are the problem,” he said.",
                "Agriculture Minister Annelies Kuipers said the government had no choice. “The courts have ruled. We must bring emissions down, and we will help farmers do it,” she said in parliament.",
                "Opposition leader Joost van den Berg called the plan “a war on the countryside.”",
            },
            new GoldQuote[]
            {
                new("Now they tell me the barns are the problem,", "Pieter de Vries"),
                new("The courts have ruled. We must bring emissions down, and we will help farmers do it,", "Annelies Kuipers"),
                new("a war on the countryside.", "Joost van den Berg", true),
            },
            new[] { "Pieter de Vries", "Annelies Kuipers", "Joost van den Berg" }),

        new("uk-obituary",
            new[]
            {
                "Harold Finch-Bowen, the jazz pianist whose recordings in the 1960s helped define the Northern soul sound, died on Saturday at his home in Leeds. He was 84.",
                "His death was confirmed by his daughter, Claire Winslow. “He played until the very end. Last month he was still teaching the neighbour’s children,” she said.",
                "Born in Bradford in 1941, Mr Finch-Bowen learned to play on a church organ. In a 2009 interview with The Guardian, he said: “The organ taught me patience. The piano taught me joy.”",
                "The saxophonist Ray Dunmore, who toured with him for a decade, described him as “the most generous musician I ever met.”",
            },
            new GoldQuote[]
            {
                new("He played until the very end. Last month he was still teaching the neighbour’s children,", "Claire Winslow"),
                new("The organ taught me patience. The piano taught me joy.", "Harold Finch-Bowen"),
                new("the most generous musician I ever met.", "Ray Dunmore", true),
            },
            new[] { "Harold Finch-Bowen", "Claire Winslow", "Ray Dunmore" }),

        new("gulf-oil",
            new[]
            {
                "RIYADH — Saudi Arabia’s energy minister, Abdullah bin Saleh al-Harbi, said on Monday the kingdom would keep oil output steady through the end of the year.",
                "“The market is well supplied and we see no reason to change course,” al-Harbi told reporters on the sidelines of a conference in the capital.",
                "South Korea’s trade minister, Kim Min-jun, who was also at the conference, said Seoul wanted long-term supply contracts. Kim said talks would continue in Seoul next month.",
                "Analysts were unconvinced. “They have said this before and then cut a month later,” said Ingrid Solberg, head of commodities research at Nordvik Bank.",
            },
            new GoldQuote[]
            {
                new("The market is well supplied and we see no reason to change course,", "Abdullah bin Saleh al-Harbi"),
                new("They have said this before and then cut a month later,", "Ingrid Solberg"),
            },
            new[] { "Abdullah bin Saleh al-Harbi", "Kim Min-jun", "Ingrid Solberg" }),

        new("us-school-board",
            new[]
            {
                "Parents packed a school board meeting in Millbrook on Monday night to oppose a plan to close two elementary schools.",
                "“You are taking the heart out of this neighborhood,” one parent, Rachel Dunaway, told the board. Another, who gave only his first name, Carlos, said his children would face a 40-minute bus ride.",
                "Superintendent Gregory Pals defended the plan: “We have 1,200 empty seats across the district. We cannot heat and staff buildings for children who are not there.”",
                "Board member Linda Osterhaus said she would vote against it. “I was elected to represent these families,” Ms. Osterhaus said, “not to balance a spreadsheet.”",
                "A vote is expected on March 3.",
            },
            new GoldQuote[]
            {
                new("You are taking the heart out of this neighborhood,", "Rachel Dunaway"),
                new("We have 1,200 empty seats across the district. We cannot heat and staff buildings for children who are not there.", "Gregory Pals"),
                new("I was elected to represent these families,", "Linda Osterhaus"),
                new("not to balance a spreadsheet.", "Linda Osterhaus"),
            },
            new[] { "Rachel Dunaway", "Gregory Pals", "Linda Osterhaus", "Carlos" }),
    };
}
