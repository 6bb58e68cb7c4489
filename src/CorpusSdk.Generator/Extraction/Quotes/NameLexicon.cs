using System;
using System.Collections.Generic;

namespace CorpusSdk.Generator.Extraction.Quotes;

/// <summary>Word lists that tell person names from titles, function words, organisations and places.</summary>
internal static class NameLexicon
{
    private static HashSet<string> Set(string words)
        => new(words.Split(new[] { ' ', '\n', '\r' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    /// <summary>Titles written before a name ("Foreign Minister", "Ayatollah", "Gen.").</summary>
    public static readonly HashSet<string> Titles = Set(@"
        President Vice Prime Minister Secretary Secretary-General Deputy Foreign Defense Defence Interior Finance
        Justice Leader Supreme Ayatollah Grand Chancellor King Queen Prince Princess Crown Sheikh Sheik Emir Sultan
        General Gen Lt Lieutenant Col Colonel Major Maj Captain Capt Sgt Sergeant Admiral Adm Commander Brig Brigadier
        Dr Mr Mrs Ms Miss Cllr Insp Supt Det Sir Dame Lord Lady Senator Sen Rep Representative Congressman Congresswoman Governor Gov
        Mayor Judge Cardinal Pope Bishop Archbishop Rabbi Imam Mullah Cleric Rev Reverend Professor Prof
        Ambassador Envoy Spokesman Spokeswoman Spokesperson Speaker Chairman Chairwoman Chief Director Premier First
        Acting Former Ex Economy Trade Oil Energy Health Education Labour Labor Commerce Agriculture
        President-elect Attorney Vice-President Deputy-Prime
        Sheikha Pastor Father Senior Top Veteran Economic Political Mr. Mrs. Dr. Coach Manager Officer Inspector
        Detective Constable Superintendent Sheriff Agent Councillor Councilman Councilwoman Alderman Assemblyman
        Assemblywoman Delegate Commissioner Chancellor Provost Sergeant-Major Corporal
        Private Marshal Field Air Vice-Admiral Rear Emeritus Saint Elder Deacon Brother Sister Mother Patriarch
        Organizer Organiser Resident Volunteer Campaigner Witness Neighbour Neighbor Shopkeeper Owner Student Parent
        Spokesperson Landlord Tenant Driver Engineer Worker Welder Fisherman Farmer Retired Local");

    /// <summary>Lower-case role nouns that stand before a name ("spokesman Jane Doe") or head a description.</summary>
    public static readonly HashSet<string> Roles = Set(@"
        spokesman spokeswoman spokesperson minister president ambassador envoy adviser advisor aide official cleric
        leader chief commander general secretary director analyst strongman counterpart lawmaker legislator senator
        governor mayor negotiator diplomat official officer head chairman chairwoman premier king queen prince
        ruler colonel captain lieutenant sergeant professor expert economist researcher lawyer attorney judge
        prosecutor activist campaigner witness resident correspondent editor reporter journalist columnist
        executive ceo founder owner manager coach candidate deputy representative speaker militant commander
        cardinal bishop rabbi imam mullah clergyman member envoy ayatollah vice-president spokesmen officials
        councillor councilor barrister solicitor striker midfielder defender goalkeeper winger forward captain
        treasurer chair trustee organiser organizer volunteer constable inspector detective superintendent
        strategist consultant partner principal headteacher headmaster pastor priest vicar founder chancellor");

    /// <summary>Nouns for people that head a description ("a police officer", "one resident").</summary>
    public static readonly HashSet<string> PersonNouns = Set(@"
        man woman boy girl person resident witness survivor victim mother father son daughter farmer worker student
        teacher doctor nurse driver soldier officer policeman policewoman fighter protester demonstrator shopkeeper
        owner neighbour neighbor relative friend source insider veteran voter supporter critic passenger pilot
        engineer trader banker investor refugee migrant villager local customer employee colleague patient pupil
        commuter shopper tourist visitor fan spectator mourner motorist cyclist pedestrian tenant homeowner landlord
        client guest volunteer parent grandmother grandfather husband wife sister brother nurse carer caregiver
        holidaymaker bystander onlooker diner worshipper owner manager player athlete runner");

    /// <summary>Capitalised words that are never part of a person's name.</summary>
    public static readonly HashSet<string> Stop = Set(@"
        The A An In On At But And Or If As For With From By Of To Into He She They It We I You His Her Its Their Our
        My Your This That These Those There Here Then When While After Before Since Until During Meanwhile However
        According Also Although Though Because Despite Under Over Between Among Without Within Speaking Asked Some
        Many Most All Both Other Others One Two Three Four Five Several No Not Yes Why What Who How Where Which
        Earlier Later Last Next Today Tonight Yesterday Tomorrow Now So Still Yet Even Only Just Such Each Every
        Another Any Once Thus Instead Indeed Already Analysts Officials Sources Police Troops Witnesses Residents
        January February March April May June July August September October November December Jan Feb Mar Apr Jun
        Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday Sunday God Allah Islam
        Internet Web Mass Christmas Easter Ramadan Eid New Year Photo Reporting Editing Writing Additional Copyright");

    /// <summary>Words that make a capitalised run an organisation, medium or place rather than a person.</summary>
    public static readonly HashSet<string> NonPerson = Set(@"
        Ministry Department Agency Council Party Army Guards Guard Republic Government University Committee Court Bank
        Company Corporation Corp Inc Ltd News Press Times Post Journal Television TV Radio Association Union Office
        House Church Forces Force Militia Assembly Parliament Congress Senate Revolution Organization Organisation
        Institute Center Centre Foundation Group Network Channel Street City Province State States Kingdom Emirates
        Nations Airlines Airways Brigade Brigades Front Movement Authority Commission Service Services Navy Embassy
        Consulate Fund Club Team School College Hospital Airport Square Road Avenue Sea Ocean Gulf River Mountains
        Island Islands Valley Bay Strait District County Region Republicans Democrats Mission Programme Program
        Project Summit Conference Forum Treaty Accord Act Bill Cup League Museum Zone Coalition Alliance Federation
        Bureau Division Unit Corps Command Administration Media Broadcasting Daily Herald Tribune Gazette Review
        Magazine Online Website Games Olympics Park Stadium Hotel Palace Mosque Temple Cathedral Bridge Tower Plaza
        Mall Market Exchange Index Holdings Partners Capital Industries Motors Systems Technologies Labs Petroleum
        Arabia Korea Africa America Zealand Lanka Leone Rica Guinea Coast Strip Peninsula Heights East Asia Europe
        Muslims Shiites Sunnis Christians Jews Kurds Arabs Workers Reuters Militias Council Security Committee
        Ministries Court Tribunal Organisation Prize Award Festival Show Series Film Book Times Monitor Observer
        Economist Insider Wire Television Broadcast Broadcaster Republic's Xinhua Interfax Yonhap Kyodo Anadolu
        Bernama Tass Twitter Facebook Instagram Telegram YouTube TikTok WhatsApp Google Microsoft Amazon Apple
        Quay Quays Wharf Pier Docks Yards Marina Embankment Esplanade Promenade");

    /// <summary>First words of multi-word place names.</summary>
    public static readonly HashSet<string> PlaceStart = Set(@"
        New San Santa Los Las Hong Tel Sri North South East West Central Northern Southern Western Eastern Upper
        Lower Middle Greater United Saudi Mount Lake Cape Port Fort Gaza Abu-Dhabi Costa Puerto Buenos Rio Sao Kuala
        St Sankt Saint Sainte");

    /// <summary>Nationality, religion and affiliation adjectives written before names.</summary>
    public static readonly HashSet<string> Demonyms = Set(@"
        Iraqi Iranian Israeli Palestinian Saudi Syrian Lebanese Egyptian Jordanian Turkish Kurdish Afghan Pakistani
        Indian Chinese Japanese Korean Russian Ukrainian American British French German Italian Spanish Polish Dutch
        Swedish Norwegian Danish Finnish Greek Canadian Mexican Brazilian Australian Kenyan Ugandan Nigerian Somali
        Sudanese Ethiopian Yemeni Qatari Kuwaiti Emirati Bahraini Omani Libyan Tunisian Algerian Moroccan European
        African Asian Arab Arabic Shiite Shi'ite Sunni Muslim Islamic Jewish Catholic Kurd Republican Democratic
        Democrat Conservative Labour Liberal Socialist Communist Western Eastern Islamist Christian Orthodox Hindu
        Sikh Buddhist Belgian Swiss Austrian Irish Scottish Welsh English Czech Hungarian Romanian Serbian Croatian
        Bosnian Georgian Armenian Azeri Uzbek Kazakh Tajik Turkmen Chechen Venezuelan Colombian Argentine Chilean
        Peruvian Cuban Haitian Filipino Indonesian Malaysian Thai Vietnamese Burmese Bangladeshi Nepalese");

    public static readonly HashSet<string> Pronouns = Set("he she they it");

    /// <summary>Lower-case name particles allowed inside a name ("Ludwig van Beethoven", "Osama bin Laden").</summary>
    public static readonly HashSet<string> Particles = Set("al el bin ibn bint de da di du del della der den van von la le dos das ter ten y");

    /// <summary>Function words that end a title prefix or mark a description rather than a name.</summary>
    public static readonly HashSet<string> Function = Set(@"
        a an the of to for with in on at by from and or but that which who whose whom as into about after before
        his her its their our my your this these those than then is was were are be been has had have will would
        not no it he she they we i when while because since says said told");

    /// <summary>Capitalised words that open a leading adverbial ("In Baghdad, …", "Speaking to reporters, …").</summary>
    public static readonly HashSet<string> AdverbialStart = Set(@"
        In On At After Before During Meanwhile However Separately Later Earlier Also Yesterday Today Speaking Asked
        Since Until From Despite Under Over Following Last Addressing Writing Elsewhere Still Instead Moreover
        Nonetheless Nevertheless Indeed Overall Back Outside Inside Across Amid Amidst Without Besides Like Unlike
        Responding Interviewed Quoted Earlier Thursday Friday Monday Tuesday Wednesday Saturday Sunday");

    public static bool IsDemonym(string word)
    {
        var w = Normalise(word);
        if (Demonyms.Contains(w)) return true;
        return w.EndsWith("ian", StringComparison.Ordinal) && w.Length > 6;
    }

    /// <summary>Straightens curly apostrophes so lists written with ' match ’ and ‘.</summary>
    public static string Normalise(string word)
        => word.IndexOf('’') < 0 && word.IndexOf('‘') < 0 ? word : word.Replace('’', '\'').Replace('‘', '\'');

    public static bool IsTitle(string word)
    {
        // word.TrimEnd('.') without its params array (netstandard2.0 has no single-char overload).
        var end = word.Length;
        while (end > 0 && word[end - 1] == '.') end--;
        var w = end == word.Length ? word : word.Substring(0, end);
        if (Titles.Contains(w)) return true;
        // One list of title heads serves both recognisers ("Chief Executive", "Station Officer", "Coach").
        if (People.NameLexicon.TitleHeads.Contains(w) || People.NameLexicon.TitleHeads.Contains(word)) return true;
        var dash = w.IndexOf('-');
        if (dash > 0)
        {
            foreach (var part in w.Split('-'))
                if (part.Length > 0 && (part.Equals("President", StringComparison.OrdinalIgnoreCase)
                    || part.Equals("Minister", StringComparison.OrdinalIgnoreCase)
                    || part.Equals("General", StringComparison.OrdinalIgnoreCase)
                    || part.Equals("Secretary", StringComparison.OrdinalIgnoreCase)))
                    return true;
        }
        return false;
    }
}
