using System;
using System.Collections.Generic;

namespace CorpusSdk.Generator.Extraction.People;

/// <summary>
/// Small lexicons of GENERIC words used to tell people from everything else that is capitalised in news text.
/// They hold common nouns, titles and function words only, never the proper names of any particular person,
/// place or organisation, so the rules carry over to pages never seen before.
/// </summary>
internal static class NameLexicon
{
    private static HashSet<string> Set(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Title heads: a capitalised run that starts with these ("Prime Minister", "Ayatollah", "Dr.") carries a
    /// title, not a name part; lower-case ones before a name ("spokesman Jane Doe") and in appositions
    /// ("Jane Doe, the government spokesman") are recorded as titles. Honorifics are here on purpose.
    /// </summary>
    public static readonly HashSet<string> TitleHeads = Set(
        "President", "Vice-President", "Vice-Premier", "President-elect", "Premier", "Minister", "Secretary",
        "Secretary-General", "Leader", "Ayatollah", "Hojatoleslam", "Grand", "Spokesman", "Spokeswoman", "Spokesperson",
        "Ambassador", "Envoy", "Adviser", "Advisor", "Aide", "Cleric", "Chief", "General", "Gen.", "Lieutenant",
        "Lt.", "Colonel", "Col.", "Major", "Maj.", "Captain", "Capt.", "Sergeant", "Sgt.", "Admiral", "Adm.",
        "Commander", "Cmdr.", "Marshal", "Brigadier", "Director", "Chairman", "Chairwoman", "Chairperson", "Governor",
        "Gov.", "Mayor", "Senator", "Sen.", "Representative", "Rep.", "Congressman", "Congresswoman", "Lawmaker",
        "MP", "Judge", "King", "Queen", "Prince", "Princess", "Emir", "Sheikh", "Shaikh", "Sultan", "Pope",
        "Cardinal", "Bishop", "Archbishop", "Imam", "Mullah", "Rabbi", "Reverend", "Rev.", "Father", "Dr.", "Dr",
        "Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Prof.", "Professor", "Sir", "Dame", "Lord", "Lady",
        "Head", "Official", "Analyst", "Strongman", "Chancellor", "Speaker", "Commissioner", "Inspector",
        "Officer", "Attorney", "Prosecutor", "Lawyer", "Economist", "Correspondent", "Editor", "Reporter",
        "Photographer", "CEO", "Founder", "Coach", "Manager", "Superintendent", "Detective", "Constable",
        "Mufti", "Patriarch", "Chief-of-Staff", "Dictator", "Counsel", "Negotiator", "Diplomat", "Deputy",
        "Executive", "Columnist", "Writer", "Author", "Anchor", "Host", "Actor", "Actress", "Singer", "Player",
        "Striker", "Midfielder", "Defender", "Goalkeeper", "Quarterback", "Pitcher", "Candidate", "Nominee",
        "Activist", "Scientist", "Researcher", "Historian", "Expert", "Teacher", "Doctor", "Nurse", "Pastor",
        "Priest", "Corporal", "Cpl.", "Private", "Pvt.", "Specialist", "Spc.", "Trooper", "Agent", "Investigator",
        "Sheriff", "Undersheriff", "Warden", "Coroner", "Chaplain", "Councillor", "Councilor", "Cllr", "Cllr.", "Insp.", "Insp", "Supt.", "Supt", "Det.", "Det", "Alderman", "Barrister", "Solicitor", "Headteacher", "Trustee",
        "Ombudsman", "Treasurer", "Comptroller", "Registrar", "Provost", "Rector", "Vicar", "Sheik",
        "Hajji", "Haji", "Mawlawi", "Maulana", "Mullah", "Crown-Prince", "Lt.-Gen.", "Maj.-Gen.", "Brig.", "Gen",
        // Role nouns that open a sentence capitalised ("Organizer Jane Doe said", "Resident John Roe, 54,").
        "Councilman", "Councilwoman", "Assemblyman", "Assemblywoman", "Organizer", "Organiser", "Resident",
        "Volunteer", "Campaigner", "Witness", "Neighbour", "Neighbor", "Shopkeeper", "Owner", "Student", "Parent",
        "Spokesperson", "Landlord", "Tenant", "Driver", "Engineer", "Worker", "Welder", "Fisherman", "Farmer");

    /// <summary>
    /// Honorifics and offices that, capitalised right before one word, make that word a person on its own
    /// ("President X", "Mr. X", "King X"); looser heads ("Analyst", "Agent", "Host") do not.
    /// </summary>
    public static readonly HashSet<string> PersonalTitles = Set(
        "President", "Premier", "Minister", "Secretary", "Chancellor", "King", "Queen", "Prince", "Princess", "Emir",
        "Sheikh", "Sheik", "Shaikh", "Sultan", "Pope", "Ayatollah", "Imam", "Mullah", "Cardinal", "Bishop",
        "Archbishop", "Rabbi", "Reverend", "Rev.", "Father", "Sir", "Dame", "Lord", "Lady", "Mr.", "Mr", "Mrs.", "Mrs",
        "Ms.", "Ms", "Dr.", "Dr", "Prof.", "Professor", "General", "Gen.", "Senator", "Sen.", "Rep.", "Governor",
        "Gov.", "Mayor", "Judge", "Speaker", "Admiral", "Adm.", "Colonel", "Col.", "Captain", "Capt.", "Lieutenant",
        "Lt.", "Sergeant", "Sgt.", "Commander", "Ambassador", "Congressman", "Congresswoman", "Chairman",
        "Councillor", "Cllr", "Cllr.", "Detective", "Inspector", "Insp.", "Superintendent", "Supt.", "Constable");

    /// <summary>Words that qualify a title ("Prime", "Foreign", "Deputy", "national security") but are no title alone.</summary>
    public static readonly HashSet<string> TitleModifiers = Set(
        "Prime", "Vice", "Deputy", "First", "Second", "Acting", "Former", "Supreme", "Foreign", "Defense", "Defence",
        "Interior", "Homeland", "Finance", "Oil", "Trade", "Economy", "Health", "Education", "Energy", "Justice", "Labour",
        "Labor", "Information", "Culture", "Agriculture", "Transport", "Environment", "Intelligence", "Home",
        "State", "National", "Security", "Senior", "Top", "Assistant", "Executive", "Associate", "Chief",
        "Military", "Army", "Police", "Political", "Religious", "Spiritual", "Opposition", "Government",
        "International", "Affairs", "Foreign-Policy", "Presidential", "Royal", "Crown", "Lieutenant", "Staff",
        "Elder", "Embassy", "Party", "Council", "Ministry", "Office", "Department", "Nuclear", "Top-ranking");

    /// <summary>
    /// Organisation words: a run containing one names an organisation (ministry, army, party, agency, broadcaster),
    /// not a person ("X Army", "Press TV", "Foreign Ministry", "State Department", "Revolutionary Guards").
    /// </summary>
    public static readonly HashSet<string> OrganisationWords = Set(
        "Ministry", "Ministries", "Army", "Armies", "Party", "Parties", "Council", "Agency", "Agencies", "News",
        "Television", "TV", "Radio", "Guards", "Guard", "Forces", "Force", "Department", "Office", "Committee",
        "Commission", "Company", "Co.", "Corp.", "Corp", "Corporation", "Inc.", "Inc", "Ltd", "Ltd.", "LLC", "Group",
        "Bank", "Union", "Association", "Organization", "Organisation", "Institute", "Institution", "Court",
        "Parliament", "Assembly", "Congress", "Senate", "Church", "Brigade", "Brigades", "Front", "Movement",
        "Republic", "Kingdom", "Emirates", "States", "Nations", "Times", "Post", "Press", "Network", "Channel",
        "Service", "Services", "Authority", "Police", "Navy", "Corps", "Fund", "Foundation", "Center", "Centre",
        "Club", "League", "Federation", "Alliance", "Coalition", "Bureau", "Board", "Cabinet", "Administration",
        "Government", "Regime", "Embassy", "Consulate", "Mission", "Militia", "Militias", "Journal", "Gazette",
        "Herald", "Tribune", "Daily", "Weekly", "Magazine", "Broadcasting", "Broadcast", "Media", "Images",
        "Photo", "Photos", "Pictures", "Reuters", "Wire", "Online", "Holdings", "Industries", "Systems", "Airlines",
        "Airways", "Motors", "Exchange", "Market", "Markets", "Index", "Court", "Tribunal", "Jihad", "Brotherhood",
        "Taliban", "Hezbollah", "Qaeda", "Revolution", "Revolutionary", "Secretariat", "Directorate", "Unit",
        "Division", "Battalion", "Regiment", "Command", "Trust", "Society", "Academy", "College", "School",
        "Hospital", "Program", "Programme", "Project", "Initiative", "Summit", "Conference", "Treaty", "Accord",
        "Agreement", "Act", "Plan", "Festival", "Games", "Cup", "Championship", "Olympics", "Prize",
        "Award", "Awards", "Studios", "Records", "Labs", "Technologies", "House", "United", "Rights", "International",
        "Average", "Industrial", "Hurricane", "Typhoon", "Storm", "Cyclone", "Brothers", "Partners", "Capital",
        "Associates", "Securities", "Investments", "Petroleum", "Electric", "Pharmaceuticals", "Entertainment",
        "Sports", "Athletic", "Rovers", "Wanderers", "FC", "Airline", "Railways", "Watch", "War", "Day", "Eve", "Week",
        "Olympic", "Paralympic", "Marines", "Cross", "Crescent", "Red",
        // Company heads and sports-club words ("X Medical", "X Therapeutics", "Real X", "Atlético X").
        "Medical", "Pharma", "Therapeutics", "Biotech", "Financial", "Insurance", "Foods", "Brands", "Logistics",
        "Software", "Solutions", "Networks", "Communications", "Telecom", "Resources", "Mining", "Minerals",
        "Realty", "Properties", "Ventures", "Bancorp", "Bancshares", "Trading", "Enterprises", "Devices",
        "Real", "Atlético", "Atletico", "Sporting", "Dynamo", "Dinamo", "Deportivo", "Olympique", "Racing",
        "Borussia", "Hotspur", "Albion", "Athletico",
        // Newspaper names and public-service heads ("the X Echo", "Health and Social Care").
        "Echo", "Chronicle", "Sentinel", "Dispatch", "Bulletin", "Inquirer", "Examiner", "Advertiser", "Argus",
        "Mercury", "Courier", "Telegraph", "Mirror", "Guardian", "Care", "Social", "Welfare");

    /// <summary>
    /// Place words: a name followed by one of these is a place named after a person ("X City", "X Square",
    /// "X Airport"); generic geographic heads ("Arabia", "Gulf", "East") mark compound place names too.
    /// </summary>
    public static readonly HashSet<string> PlaceWords = Set(
        "City", "Square", "Street", "St.", "Province", "District", "Airport", "University", "Road", "Avenue",
        "Ave.", "Boulevard", "Bridge", "River", "Mountain", "Mountains", "Mount", "Mt.", "Lake", "Valley", "Gulf",
        "Sea", "Ocean", "Island", "Islands", "County", "Region", "Governorate", "Camp", "Base", "Port", "Stadium",
        "Palace", "Mosque", "Shrine", "Hotel", "Station", "Heights", "Zone", "Strait",
        "Canal", "Desert", "Peninsula", "Bay", "Beach", "Coast", "Arabia", "Africa", "America", "Americas", "Asia",
        "Europe", "Korea", "Zealand", "Lanka", "Leone", "Guinea", "Herzegovina", "Territory", "Territories",
        "Bank", "Strip", "Plateau", "Highway", "Quarter", "Town", "Village", "Prison", "Building", "Tower",
        "Towers", "Center", "Centre", "Museum", "Cathedral", "Temple", "Capitol", "Pentagon", "Kremlin",
        "East", "West", "North", "South", "Middle", "Northern", "Southern", "Eastern", "Western", "Central",
        "Upper", "Lower", "New", "Saint", "St", "Sankt", "Sainte", "São", "Fort", "Lakes", "Falls", "Springs", "Harbour", "Harbor", "Yard", "San", "Santa", "Los", "Las", "Cape", 
        "Forest", "Hospital", "Oblast", "Prefecture", "State", "Emirate", "Sahara");

    /// <summary>
    /// Ethnic and religious adjectives and nouns that are capitalised in English but name no one
    /// ("Shi'ite", "Sunni", "Arab", "Kurdish"); demonyms are also caught by suffix (see <see cref="IsDemonym"/>).
    /// </summary>
    public static readonly HashSet<string> Adjectives = Set(
        "Sunni", "Sunnis", "Shiite", "Shiites", "Shi'ite", "Shi'ites", "Shia", "Shi'a", "Shias", "Muslim", "Muslims",
        "Moslem", "Moslems", "Islamic", "Islamist", "Islamists", "Christian", "Christians", "Catholic", "Catholics",
        "Protestant", "Protestants", "Orthodox", "Jew", "Jews", "Jewish", "Hindu", "Hindus", "Buddhist", "Buddhists",
        "Sikh", "Sikhs", "Druze", "Alawite", "Alawites", "Arab", "Arabs", "Arabic", "Kurd", "Kurds", "Kurdish",
        "Persian", "Turkmen", "Pashtun", "Baluch", "Berber", "Western", "Eastern", "Northern", "Southern",
        "Westerners", "Zionist", "Coptic", "Copts", "Evangelical", "Latino", "Hispanic", "Asian", "African",
        "European", "American", "Americans", "Iraqi", "Iraqis", "Saudi", "Saudis", "Israeli", "Israelis", "Pakistani",
        "Pakistanis", "Afghan", "Afghans", "Yemeni", "Yemenis", "Kuwaiti", "Qatari", "Omani", "Emirati", "Bahraini",
        "Somali", "Bangladeshi", "Nepali", "Thai", "Azeri", "Uzbek", "Kazakh", "Tajik", "Turkish", "Greek", "Greeks",
        "Dutch", "French", "British", "Irish", "Welsh", "Scottish", "Swiss", "Czech", "Polish", "Danish", "Swedish",
        "Finnish", "Spanish", "Portuguese", "German", "Germans", "Russian", "Russians", "Chinese", "Japanese",
        "Vietnamese", "Lebanese", "Sudanese", "Congolese", "Senegalese", "Taiwanese", "Iranian", "Iranians",
        "Syrian", "Syrians", "Egyptian", "Egyptians", "Palestinian", "Palestinians", "Jordanian", "Libyan",
        "Tunisian", "Algerian", "Moroccan", "Turk", "Turks", "Israeli-Palestinian", "Anglo", "Allied", "Allies",
        "Republican", "Republicans", "Democrat", "Democrats", "Democratic", "Conservative", "Conservatives",
        "Liberal", "Liberals", "Labour", "Socialist", "Communist", "Baathist", "Baathists", "Marxist", "Maoist");

    /// <summary>Function words that are capitalised only because they start a sentence or a heading ("But", "The").</summary>
    public static readonly HashSet<string> FunctionWords = Set(
        "The", "A", "An", "But", "And", "Or", "Nor", "So", "Yet", "In", "On", "At", "Of", "For", "With", "Without",
        "From", "To", "By", "As", "If", "When", "While", "Whilst", "After", "Before", "Since", "Until", "Although",
        "Though", "Because", "During", "Despite", "Under", "Over", "Between", "Among", "Amid", "Against", "About",
        "Into", "Through", "Across", "Along", "Around", "Near", "Outside", "Inside", "Within", "Beyond", "Like",
        "Unlike", "Than", "This", "That", "These", "Those", "It", "Its", "It's", "He", "She", "They", "We", "You",
        "I", "His", "Her", "Their", "Our", "Your", "My", "Him", "Them", "Us", "Me", "Who", "Whom", "Whose", "What",
        "Which", "Where", "Why", "How", "There", "Here", "Then", "Now", "Also", "Still", "Even", "Only", "Just",
        "Not", "No", "Yes", "All", "Some", "Any", "Many", "Much", "More", "Most", "Few", "Several", "Each", "Every",
        "Both", "Either", "Neither", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
        "Another", "Other", "Others", "Such", "According", "However", "Meanwhile", "Moreover", "Furthermore",
        "Instead", "Indeed", "Yesterday", "Today", "Tomorrow", "Tonight", "Last", "Next", "Earlier", "Later",
        "Asked", "Speaking", "Reporting", "Editing", "Writing", "Additional", "Photo", "Photos", "Picture", "Video",
        "Click", "Read", "See", "Share", "Follow", "Copyright", "Related", "Advertisement", "Updated", "Posted",
        "Published", "Contact", "Email", "Tel", "Fax", "Sources", "Source", "Officials", "Analysts", "Experts",
        "People", "Dear", "Please", "Thank", "Thanks", "Hello", "Oh", "Well", "Let", "Do", "Does", "Did",
        "Was", "Were", "Is", "Are", "Be", "Has", "Have", "Had", "Will", "Would", "Can", "Could", "Should", "May",
        "Might", "Must", "Shall", "Once", "Again", "Very", "Too", "Almost", "Already", "Perhaps", "Maybe",
        "Separately", "Elsewhere", "Nevertheless", "Nonetheless", "Additionally", "Finally", "Recently", "Afterwards",
        "Overall", "Initially", "Previously", "Currently", "Eventually", "Similarly", "Likewise", "Otherwise", "Thus",
        "Hence", "Therefore", "Apparently", "Reportedly", "Allegedly", "Ultimately", "Officially", "Clearly",
        "Dozens", "Hundreds", "Thousands", "Millions", "Many", "Witnesses", "Residents", "Police", "Troops");

    /// <summary>Month names and weekdays (with their abbreviations): dates, never names (they end a name run).</summary>
    public static readonly HashSet<string> Weekdays = Set(
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun");

    /// <summary>Month names: a date when a number is beside them ("April 4", "4 May") or when alone.</summary>
    public static readonly HashSet<string> Months = Set(
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.");

    /// <summary>Lower-case name particles, allowed inside a name ("Osama bin X", "Ludwig van X", "Sami al-X").</summary>
    public static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "al", "el", "bin", "ibn", "bint", "ben", "de", "da", "di", "du", "dos", "das", "do", "del", "della", "van",
        "von", "der", "den", "ter", "ten", "le", "la", "y", "zu", "af",
    };

    /// <summary>Arabic article prefixes joined by hyphen ("al-", "el-", and the sun-letter forms "ad-", "ash-" ...).</summary>
    public static readonly HashSet<string> ArticlePrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "al", "el", "ad", "ar", "as", "at", "ash", "az", "an", "ath", "adh", "ul", "ud", "ur", "us",
    };

    /// <summary>Generational suffixes, part of a name but not its surname.</summary>
    public static readonly HashSet<string> Suffixes = Set("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

    /// <summary>Abbreviations that keep their period inside a name or title ("Dr.", "Gen.", "St.").</summary>
    public static readonly HashSet<string> Abbreviations = Set(
        "Dr", "Mr", "Mrs", "Ms", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Cmdr", "Gov", "Sen", "Rep",
        "Rev", "Prof", "St", "Mt", "Jr", "Sr", "Co", "Corp", "Inc", "Ltd", "Ave", "Jan", "Feb", "Mar", "Apr", "Aug",
        "Sep", "Sept", "Oct", "Nov", "Dec", "No", "Fr", "Hon", "Cllr", "Insp", "Supt", "Det");

    /// <summary>
    /// Demonyms by suffix ("-ian", "-ese", "-ish", "-ans") for ones the list lacks. Only used where the word stands
    /// before a title or alone, because given names end the same way ("Julian", "Christian").
    /// </summary>
    public static bool IsDemonym(string word)
    {
        if (Adjectives.Contains(word)) return true;
        if (word.Length < 6) return false;
        return word.EndsWith("ian", StringComparison.Ordinal) || word.EndsWith("ians", StringComparison.Ordinal)
            || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal);
    }

    /// <summary>
    /// Lower-case tails that make a hyphenated capitalised word a compound adjective ("X-led", "X-backed"); other
    /// short tails are name syllables ("Ki-moon", "Jong-un"). Tails of five letters or more are adjectival too.
    /// </summary>
    public static readonly HashSet<string> AdjectiveTails = new(StringComparer.OrdinalIgnoreCase)
    {
        "led", "run", "born", "made", "era", "like", "held", "wide", "type", "area", "zone", "bred", "ruled",
    };

    /// <summary>
    /// Abstract-noun endings no personal name has ("-tion", "-sion", "-ism", "-ities", "-ology", "-ment" in words of
    /// eight letters or more): a capitalised run holding one is a heading, event or body ("Economic Cooperation").
    /// </summary>
    public static bool HasNounSuffix(string w)
    {
        if (w.Length < 6) return false;
        return w.EndsWith("tion", StringComparison.Ordinal) || w.EndsWith("tions", StringComparison.Ordinal)
            || w.EndsWith("sion", StringComparison.Ordinal) || w.EndsWith("ism", StringComparison.Ordinal)
            || w.EndsWith("ities", StringComparison.Ordinal) || w.EndsWith("ology", StringComparison.Ordinal)
            || (w.Length >= 8 && w.EndsWith("ment", StringComparison.Ordinal));
    }

    /// <summary>
    /// Street and venue heads that make a run a place only as its last word ("X Park", "X Drive"), since a few are
    /// also surnames or given names elsewhere in a name.
    /// </summary>
    public static readonly HashSet<string> TrailingPlaceWords = Set(
        "Park", "Drive", "Place", "Gardens", "Terrace", "Parade", "Mews", "Arena", "Crescent", "Grounds", "Showground",
        // Waterfront and works ("X Quay", "X Yards"), and the last word of organisations and papers ("Health and
        // Safety Executive", "The Morning Star"), which are also surnames or given names elsewhere in a name.
        "Quay", "Quays", "Wharf", "Pier", "Docks", "Dock", "Yards", "Marina", "Embankment", "Esplanade", "Promenade",
        "Executive", "Star", "Standard", "Express", "Record", "Sun", "Times");

    public static bool IsTitleWord(string w) => TitleHeads.Contains(w) || TitleModifiers.Contains(w);

    public static bool IsOrgOrPlace(string w) => OrganisationWords.Contains(w) || PlaceWords.Contains(w);
}
