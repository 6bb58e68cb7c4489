namespace CorpusSdk.Tests.Unseen;

/// <summary>
/// A sixth set of invented stories, written after the fifth round of fixes and before running the extractor on
/// them: retail with capitalised noise ("Black Friday", "Main Street", "Wall Street"), English football with
/// "boss" and club adjectives, a White House story with "asked" inversions, and a hurricane with street names.
/// </summary>
internal static class SixthRoundStories
{
    public static readonly Story[] All =
    {
        new("us-black-friday",
            new[]
            {
                "Shoppers spent a record $11.2 billion online on Black Friday, according to Brightline Analytics, which tracks sales at 80 of the largest U.S. retailers.",
                "“Consumers are still spending, but they are hunting for deals harder than ever,” said Maya Lindgren, a lead analyst at Brightline.",
                "On Main Street in Fairhaven, the picture was mixed. Tom Castellano, who owns a toy shop, said foot traffic was down from last year.",
                "“People come in, look, and then buy it on their phones,” Mr. Castellano said. “What am I supposed to do?”",
                "Wall Street was cheered by the figures. Shares of Northway Stores rose 3 percent.",
            },
            new GoldQuote[]
            {
                new("Consumers are still spending, but they are hunting for deals harder than ever,", "Maya Lindgren"),
                new("People come in, look, and then buy it on their phones,", "Tom Castellano"),
                new("What am I supposed to do?", "Tom Castellano"),
            },
            new[] { "Maya Lindgren", "Tom Castellano" }),

        new("uk-football",
            new[]
            {
                "Kingsbridge Athletic moved top of the Premier League with a 2-0 win over Harcourt United at Vale Park on Saturday.",
                "Striker Kwame Boateng-Reid scored both goals, taking his tally for the season to 14.",
                "“Kwame is in the form of his life,” said Athletic manager Stefan Lindqvist-Moore. “I keep telling him to enjoy it.”",
                "Harcourt boss Gary Tindall was furious with the referee, Alan Pryor, who waved away two penalty appeals.",
                "“I have watched it back four times. It is a penalty every day of the week,” Tindall told Sky Sports.",
                "Asked about Tindall’s comments, Lindqvist-Moore said: “I didn’t see it. I was celebrating.”",
            },
            new GoldQuote[]
            {
                new("Kwame is in the form of his life,", "Stefan Lindqvist-Moore"),
                new("I keep telling him to enjoy it.", "Stefan Lindqvist-Moore"),
                new("I have watched it back four times. It is a penalty every day of the week,", "Gary Tindall"),
                new("I didn’t see it. I was celebrating.", "Stefan Lindqvist-Moore"),
            },
            new[] { "Kwame Boateng-Reid", "Stefan Lindqvist-Moore", "Gary Tindall", "Alan Pryor" }),

        new("us-tariffs",
            new[]
            {
                "WASHINGTON — The White House on Wednesday defended its decision to delay new tariffs on imported steel, a day after several Republican senators criticized the move.",
                "“The president has always said he would put American workers first, and that is what this does,” the White House press secretary, Renée Duval, told reporters.",
                "Senator Craig Hollister of Ohio was unconvinced. “Delay is just another word for surrender,” he wrote on social media.",
                "“Why now?” asked Senator Beth Oyelaran, Democrat of Michigan, at a committee hearing. “Who asked for this?”",
                "Ms. Duval said the administration would revisit the issue in the spring.",
            },
            new GoldQuote[]
            {
                new("The president has always said he would put American workers first, and that is what this does,", "Renée Duval"),
                new("Delay is just another word for surrender,", "Craig Hollister"),
                new("Why now?", "Beth Oyelaran"),
                new("Who asked for this?", "Beth Oyelaran"),
            },
            new[] { "Renée Duval", "Craig Hollister", "Beth Oyelaran" }),

        new("us-hurricane",
            new[]
            {
                "Hurricane Delia made landfall near Port Lavaca early Thursday with winds of 120 miles per hour, knocking out power to more than 400,000 homes.",
                "In Victoria County, Sheriff Lorenzo Pike ordered residents of low-lying areas to leave. “If you stay, we may not be able to reach you,” he said.",
                "Bill Hargrove, 71, rode out the storm in his brick house on Palmetto Drive. “I have been through five of these,” he said. “This was the worst.”",
                "The National Weather Service said the storm would weaken as it moved inland over the weekend.",
            },
            new GoldQuote[]
            {
                new("If you stay, we may not be able to reach you,", "Lorenzo Pike"),
                new("I have been through five of these,", "Bill Hargrove"),
                new("This was the worst.", "Bill Hargrove"),
            },
            new[] { "Lorenzo Pike", "Bill Hargrove" }),
    };
}
