namespace CorpusSdk.Tests.Unseen;

/// <summary>An expected quote: the words between the marks, the speaker's full name (null when unnamed), partial.</summary>
internal sealed record GoldQuote(string Text, string? Speaker, bool Partial = false);

/// <summary>One invented story: clean body paragraphs, the quotes and the people a careful annotator would list.</summary>
internal sealed record Story(string Name, string[] Paragraphs, GoldQuote[] Quotes, string[] People);

/// <summary>
/// Invented news stories (names, places and events made up) in the styles of real publishers' pages: US bylined
/// stories with "Mr."/"Ms." later mentions, British style ("Mr" without a period, "said the minister", "told Sky
/// News"), business copy with company names that look like people, sports, court reports, and a story collecting
/// the harder attribution patterns. The expectations were written before running the extractor.
/// </summary>
internal static class InventedStories
{
    public static readonly Story[] All =
    {
        new("us-shelter",
            new[]
            {
                "WESTBROOK, Ore. — The city council of Westbrook voted 5 to 2 on Tuesday night to close the Fenwick Street shelter, ending a two-year fight that divided this river town of 40,000.",
                "“We have run out of money and out of patience,” said Mayor Dolores Hartigan, who cast the deciding vote. “This was never meant to be permanent.”",
                "Ms. Hartigan said the city would move the 60 residents to motels by the end of the month.",
                "But Raymond T. Okafor, who has run the shelter since it opened, called the decision “a betrayal of the people who trusted us.”",
                "“They are sending families into the cold with a voucher and a prayer,” Mr. Okafor said in an interview on Wednesday. “I have buried three of my clients this year. I do not intend to bury more.”",
                "The council member who proposed the closing, Peter Vandermolen, said the motels were safer. Mr. Vandermolen, 61, a retired firefighter, has represented the east side since 2014.",
                "“Nobody on this council wants to see anyone on the street,” he said.",
                "Residents of the shelter were less sure. Alma Reyes, 34, who has lived there with her two sons since March, said she had not been told where she would go.",
                "“They tell us it is a plan,” Ms. Reyes said. “It does not feel like a plan.”",
                "A county official, who spoke on condition of anonymity because she was not authorized to discuss the matter, said the motels had been booked for only 30 days.",
            },
            new GoldQuote[]
            {
                new("We have run out of money and out of patience,", "Dolores Hartigan"),
                new("This was never meant to be permanent.", "Dolores Hartigan"),
                new("a betrayal of the people who trusted us.", "Raymond T. Okafor", true),
                new("They are sending families into the cold with a voucher and a prayer,", "Raymond T. Okafor"),
                new("I have buried three of my clients this year. I do not intend to bury more.", "Raymond T. Okafor"),
                new("Nobody on this council wants to see anyone on the street,", "Peter Vandermolen"),
                new("They tell us it is a plan,", "Alma Reyes"),
                new("It does not feel like a plan.", "Alma Reyes"),
            },
            new[] { "Dolores Hartigan", "Raymond T. Okafor", "Peter Vandermolen", "Alma Reyes" }),

        new("uk-coastguard",
            new[]
            {
                "Ministers have been accused of “tearing up the rulebook” after plans to close three coastguard stations were leaked to a Sunday newspaper.",
                "The shadow transport secretary, Bronwen Ashdown, said the proposals were “reckless and dangerous” and demanded an urgent statement in the Commons.",
                "“People will die if these stations close. It is as simple as that,” she told the BBC’s Sunday Politics programme.",
                "The transport minister, Giles Pemberton, insisted that no decision had been taken. “We are looking at how best to keep our coasts safe, and that means modern equipment, not old buildings,” said the minister.",
                "Mr Pemberton added that any savings would be “reinvested in frontline rescue services”.",
                "Coastguard volunteers in Porthcarrow, one of the stations on the list, said they had learned of the plans from the newspaper.",
                "Station officer Tamsin Penrose, 47, who has served for 22 years, told Sky News: “Nobody from the department has picked up the phone to us. Not once.”",
                "Dr Hamish Ferguson-Reid, a maritime safety researcher at the University of Aberdour, said response times could double in bad weather.",
                "“The sea does not care about budgets,” Dr Ferguson-Reid said.",
                "A Department for Transport spokesman said: “No final decisions have been made and we will consult fully with local communities.”",
            },
            new GoldQuote[]
            {
                new("tearing up the rulebook", null, true),
                new("reckless and dangerous", "Bronwen Ashdown", true),
                new("People will die if these stations close. It is as simple as that,", "Bronwen Ashdown"),
                new("We are looking at how best to keep our coasts safe, and that means modern equipment, not old buildings,", "Giles Pemberton"),
                new("reinvested in frontline rescue services", "Giles Pemberton", true),
                new("Nobody from the department has picked up the phone to us. Not once.", "Tamsin Penrose"),
                new("The sea does not care about budgets,", "Hamish Ferguson-Reid"),
                new("No final decisions have been made and we will consult fully with local communities.", null),
            },
            new[] { "Bronwen Ashdown", "Giles Pemberton", "Tamsin Penrose", "Hamish Ferguson-Reid" }),

        new("business-devices",
            new[]
            {
                "NEW YORK (Reuters) - Shares of Hartley Weiss fell 14 percent on Thursday after the medical device maker cut its annual forecast, blaming weaker demand in Europe and the cost of a product recall.",
                "“The second half will be challenging,” Hartley Weiss said in a statement, adding that it expected revenue of $4.1 billion to $4.3 billion for the year.",
                "Chief Executive Anita Sorensen told analysts on a conference call that the recall of the company’s insulin pumps had cost more than expected. “We underestimated how long it would take to replace every unit in the field,” she said.",
                "Morgan & Pryce, which advised Hartley Weiss on its purchase of Lindqvist Medical last year, cut its rating on the stock to hold from buy.",
                "“Visibility is poor and we think the guidance still looks optimistic,” Morgan & Pryce analyst Devon Marsh wrote in a note to clients.",
                "Lindqvist Medical founder Erik Lindqvist, who left the company in January, declined to comment.",
                "Hartley Weiss Inc. shares were down $6.20 at $38.15 in afternoon trading on the New York Stock Exchange.",
            },
            new GoldQuote[]
            {
                new("The second half will be challenging,", null),
                new("We underestimated how long it would take to replace every unit in the field,", "Anita Sorensen"),
                new("Visibility is poor and we think the guidance still looks optimistic,", "Devon Marsh"),
            },
            new[] { "Anita Sorensen", "Devon Marsh", "Erik Lindqvist" }),

        new("sports-comeback",
            new[]
            {
                "SAN ESTEBAN, Spain — Real Montalba came from two goals down to beat Atlético Varena 3-2 on Saturday, with substitute Iker Zubiaurre scoring twice in the last 10 minutes.",
                "Zubiaurre, 19, came on in the 71st minute and headed in a corner from Mateo Lasarte before firing a low shot past goalkeeper Jonas Brekke in stoppage time.",
                "“I just wanted to help the team. When the second one went in I didn’t know where to run,” Zubiaurre said.",
                "Montalba coach Ernesto Galindo praised his young forward but said the first half had been “unacceptable.”",
                "“We were asleep for 45 minutes,” Galindo said. “At half-time I told them that if they played like that again, they would be watching the next match from the stands.”",
                "Varena’s Dutch coach, Wim van der Heijden, blamed fatigue after his side’s midweek cup tie.",
                "“My players gave everything on Wednesday. Today there was nothing left in the legs,” van der Heijden told reporters.",
                "Brekke, who was at fault for the equaliser, apologised on social media.",
            },
            new GoldQuote[]
            {
                new("I just wanted to help the team. When the second one went in I didn’t know where to run,", "Iker Zubiaurre"),
                new("unacceptable.", "Ernesto Galindo", true),
                new("We were asleep for 45 minutes,", "Ernesto Galindo"),
                new("At half-time I told them that if they played like that again, they would be watching the next match from the stands.", "Ernesto Galindo"),
                new("My players gave everything on Wednesday. Today there was nothing left in the legs,", "Wim van der Heijden"),
            },
            new[] { "Iker Zubiaurre", "Mateo Lasarte", "Jonas Brekke", "Ernesto Galindo", "Wim van der Heijden" }),

        new("court-van",
            new[]
            {
                "A man who drove his van into a crowd outside a nightclub in Harrowgate in March was jailed for 14 years on Friday.",
                "Dean Colclough, 29, of Millfield Road, had admitted causing serious injury by dangerous driving. Four people were taken to hospital.",
                "Sentencing him at Castlebury Crown Court, the judge, Mary Ellison, told the court: “You used a vehicle as a weapon. It is only by good fortune that nobody was killed.”",
                "Colclough’s barrister, Anthony Brightwell, said his client had been drinking heavily and “deeply regrets” what happened.",
                "“He has written to each of the victims,” Mr Brightwell said.",
                "A police spokeswoman said: “This was a shocking incident and we hope today’s sentence brings some comfort to those affected.”",
                "One of the victims, Shanice Oduya, 22, said in a statement read outside court that she still could not sleep. “Every time I close my eyes I hear the engine,” she said.",
            },
            new GoldQuote[]
            {
                new("You used a vehicle as a weapon. It is only by good fortune that nobody was killed.", "Mary Ellison"),
                new("deeply regrets", "Anthony Brightwell", true),
                new("He has written to each of the victims,", "Anthony Brightwell"),
                new("This was a shocking incident and we hope today’s sentence brings some comfort to those affected.", null),
                new("Every time I close my eyes I hear the engine,", "Shanice Oduya"),
            },
            new[] { "Dean Colclough", "Mary Ellison", "Anthony Brightwell", "Shanice Oduya" }),

        new("us-forest-sale",
            new[]
            {
                "The governor’s plan to sell off state forest land drew sharp criticism on Monday from environmental groups and from within her own party.",
                "Gov. Linda Marchetti defended the sale at a news conference in the capital. “This land is costing taxpayers $9 million a year,” she said, “and nobody is using most of it.”",
                "State Sen. Howard J. Kimbrough, a fellow Democrat, was unmoved. He said the governor had not consulted the legislature.",
                "“I read about this in the newspaper,” Mr. Kimbrough said. “That is not how you treat partners.”",
                "Ms. Marchetti said she had briefed legislative leaders last week. She added that the proceeds would go to schools.",
                "Tom Baker, 54, a cattle farmer from Pine Hollow whose land borders the forest, put it more bluntly:",
                "“They sell it, somebody builds on it, and then the creek is gone. I have seen it happen in the next county.",
                "“My father fished that creek. My kids fish that creek. What do I tell them?”",
                "According to a senior official in the governor’s office who spoke on condition of anonymity, the sale could be completed “within six months” if the legislature does not intervene.",
                "Sofia de la Cruz, director of the Pine Hollow Watershed Alliance, said the group would sue. “We will see them in court,” she said.",
                "Baker said he would join the suit.",
            },
            new GoldQuote[]
            {
                new("This land is costing taxpayers $9 million a year,", "Linda Marchetti"),
                new("and nobody is using most of it.", "Linda Marchetti"),
                new("I read about this in the newspaper,", "Howard J. Kimbrough"),
                new("That is not how you treat partners.", "Howard J. Kimbrough"),
                new("They sell it, somebody builds on it, and then the creek is gone. I have seen it happen in the next county. My father fished that creek. My kids fish that creek. What do I tell them?", "Tom Baker"),
                new("within six months", null, true),
                new("We will see them in court,", "Sofia de la Cruz"),
            },
            new[] { "Linda Marchetti", "Howard J. Kimbrough", "Tom Baker", "Sofia de la Cruz" }),

        new("uk-solar-marsh",
            new[]
            {
                "The energy company Solbright wants to cover 400 acres of the Ashby marshes with floating solar panels.",
                "Project manager Fiona Kettering said the scheme would power 30,000 homes. “It is the largest project of its kind in the country,” she said.",
                "Not everyone is convinced. Local angling club secretary Graham Pike said the panels could harm fish stocks.",
                "“Nobody has shown us what this does to the wildlife,” he said.",
                "Ms Kettering said an environmental assessment would be published in the spring.",
                "Parish councillor Rosemary Allard-Finch, 71, said the village was split. “Half of them want the money and half of them want the view,” she said.",
            },
            new GoldQuote[]
            {
                new("It is the largest project of its kind in the country,", "Fiona Kettering"),
                new("Nobody has shown us what this does to the wildlife,", "Graham Pike"),
                new("Half of them want the money and half of them want the view,", "Rosemary Allard-Finch"),
            },
            new[] { "Fiona Kettering", "Graham Pike", "Rosemary Allard-Finch" }),

        new("us-highway-bill",
            new[]
            {
                "WASHINGTON — Senator Margaret Thorne and Representative Calvin Osei spent much of Thursday trading accusations over a stalled highway bill.",
                "Ms. Thorne, a Republican from Kansas, accused House leaders of “playing games with people’s commutes.”",
                "Mr. Osei fired back within the hour. “The senator knows exactly why this bill is stuck,” he said in a statement. “She wrote the amendment that stuck it.”",
                "Asked about that at a news conference, she said: “I am proud of that amendment and I would write it again.”",
                "A spokesman for the Senate majority leader, Dwight Kessler, said the chamber would take up the bill next week.",
                "“We expect a vote before the recess,” the spokesman, Aaron Feld, said.",
            },
            new GoldQuote[]
            {
                new("playing games with people’s commutes.", "Margaret Thorne", true),
                new("The senator knows exactly why this bill is stuck,", "Calvin Osei"),
                new("She wrote the amendment that stuck it.", "Calvin Osei"),
                new("I am proud of that amendment and I would write it again.", "Margaret Thorne"),
                new("We expect a vote before the recess,", "Aaron Feld"),
            },
            new[] { "Margaret Thorne", "Calvin Osei", "Dwight Kessler", "Aaron Feld" }),

        new("intl-flood",
            new[]
            {
                "Rescue teams in the flooded city of Qasr Amin were still searching for survivors on Sunday, three days after the dam above the city burst.",
                "Interior Minister Khalid bin Rashed al-Tamimi said at least 212 people had died and more than 1,000 were missing.",
                "“We are racing against time,” the minister told state television. “Every hour matters.”",
                "A doctor at the city’s main hospital, who asked not to be named, said staff had been working without a break since Thursday. “We have no clean water and the generators are failing,” he said.",
                "Aid agencies say the toll is likely to rise. “What we are seeing is catastrophic,” said Leila Haddad, the regional director of the charity Relief Without Borders, speaking to Al Majd television.",
                "Mohammed, a 40-year-old shopkeeper who lost his home, said he had not seen his brother since the flood. “I go to the river every morning and I look,” he said.",
            },
            new GoldQuote[]
            {
                new("We are racing against time,", "Khalid bin Rashed al-Tamimi"),
                new("Every hour matters.", "Khalid bin Rashed al-Tamimi"),
                new("We have no clean water and the generators are failing,", null),
                new("What we are seeing is catastrophic,", "Leila Haddad"),
                new("I go to the river every morning and I look,", "Mohammed"),
            },
            new[] { "Khalid bin Rashed al-Tamimi", "Leila Haddad", "Mohammed" }),
    };
}
