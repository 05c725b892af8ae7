using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using ConflictData.Text.Scanning;

namespace ConflictData.Text;

/// <summary>
/// The English words the quantity scanner knows, each list in one place, looked up by span without allocating.
/// </summary>
internal static class QuantityLexicon
{
    private static readonly FrozenDictionary<string, (NumberWordKind Kind, long Value)> NumberWords = BuildNumberWords();

    private static readonly FrozenDictionary<string, (NumberWordKind Kind, long Value)>.AlternateLookup<ReadOnlySpan<char>> NumberWordLookup =
        NumberWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> SuffixMultipliers =
        new Dictionary<string, decimal>(StringComparer.Ordinal)
        {
            ["k"] = 1_000m, ["K"] = 1_000m, ["m"] = 1_000_000m, ["mn"] = 1_000_000m, ["M"] = 1_000_000m,
            ["bn"] = 1_000_000_000m, ["b"] = 1_000_000_000m, ["B"] = 1_000_000_000m, ["tn"] = 1_000_000_000_000m,
        }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Months are matched with their capital ("May", not the verb "may").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Months = Set(StringComparer.Ordinal,
        "January February March April May June July August September October November December " +
        "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec");

    // Words that end a noun phrase after a number: determiners, prepositions, auxiliaries, pronouns, conjunctions,
    // and verbs ending in "s" that would otherwise look like plurals.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWords = Set(StringComparer.OrdinalIgnoreCase,
        "a an the and or but nor of in on at to from for with without by as that which who whom whose where when while " +
        "than then per into onto across over under since until after before during about around among between against " +
        "through via within is was are were be been being am has had have having will would could should may might " +
        "must can cannot did do does done not no yes this these those it its they them their he him his she her we us " +
        "our you your i me my said says say told tells reported according still also only even just more less most " +
        "least each every all both either neither some any such other another so if because though although whether " +
        "here there seems remains means appears makes takes goes comes includes needs wants gets continues plans " +
        "believes thinks knows shows puts lets keeps holds runs ago old later earlier percent cent");

    // Head nouns that count people; a count of one of these has the unit "person".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PeopleNouns = Set(StringComparer.OrdinalIgnoreCase,
        "people person persons individual individuals fighter fighters militant militants civilian civilians child " +
        "children member members troop troops soldier soldiers foreigner foreigners woman women man men peacekeeper " +
        "peacekeepers adherent adherents jihadist jihadists returnee returnees refugee refugees captive captives " +
        "prisoner prisoners detainee detainees operative operatives recruit recruits insurgent insurgents combatant " +
        "combatants national nationals citizen citizens resident residents worker workers officer officers official " +
        "officials personnel migrant migrants victim victims casualties hostage hostages volunteer volunteers " +
        "supporter supporters follower followers leader leaders commander commanders student students journalist " +
        "journalists gunman gunmen militiaman militiamen policeman policemen tribesman tribesmen boy boys girl girls " +
        "adult adults minor minors infant infants orphan orphans inhabitants displaced dead killed missing wounded " +
        "injured deaths extremists extremist terrorists terrorist rebels rebel guerrillas guerrilla contractors " +
        "contractor advisers advisors adviser advisor mercenaries mercenary defenders defender deserters deserter " +
        "protesters protester demonstrators demonstrator fatalities survivors survivor patients patient voters voter " +
        "employees employee passenger passengers pilot pilots sailor sailors seafarers doctor doctors nurse nurses " +
        "medic medics paramedics teacher teachers farmer farmers fishermen miner miners staff staffers crew inmate " +
        "inmates pilgrims worshippers mourners shoppers bystanders attacker attackers assailant assailants suspect " +
        "suspects kidnappers abductees snipers paratroopers marines airmen conscripts reservists cadets veterans " +
        "pensioners toddlers babies newborns teenagers youths pupils schoolchildren villagers locals tourists " +
        "visitors immigrant immigrants seekers evacuees deportees internees defector defectors convicts lawmakers " +
        "legislators senators ministers diplomats delegates envoys observers inspectors police guards bodyguards " +
        "firefighters rescuers engineers scientists researchers experts analysts activist activists dissidents " +
        "opponents jihadis islamists loyalists separatists");

    // Peoples, faiths and factions named by a capitalised word that no suffix marks ("Kurds", "Rohingya", "Taliban"), in
    // their own case: "poles" and "turks" in lower case are other things. Most names are found by their ending instead
    // (QuantityGrammar.TryHead: "Syrians", "Iraqis", "Sudanese", "Frenchmen", "Alawites", "Islamists").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PeopleNames = Set(StringComparer.Ordinal,
        "Kurds Turks Arabs Britons Uyghurs Uighurs Serbs Croats Bosniaks Poles Czechs Slovaks Danes Swedes Finns Scots " +
        "Greeks Thais Filipinos Jews Sikhs Hindus Muslims Buddhists Catholics Protestants Shias Copts Druze Pashtuns Tajiks " +
        "Uzbeks Kazakhs Kyrgyz Turkmen Hazaras Baloch Berbers Tuaregs Tamils Hutus Rohingya Taliban Fulani Bedouin Bedouins " +
        "Chechens Maasai Amhara Oromo Nuer Dinka Masalit Zaghawa Roma Inuit Kachin Karen Shan Rakhine IDPs POWs PoWs MPs");

    // Verbs said only of people, as a figure's verb: "1.9 million were displaced", "5,600 had returned", "thousands fled".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PeopleVerbs = Set(StringComparer.OrdinalIgnoreCase,
        "killed wounded injured hurt displaced arrested detained evacuated executed abducted kidnapped rescued deported " +
        "freed captured murdered massacred slain hospitalised hospitalized imprisoned jailed sentenced convicted expelled " +
        "exiled uprooted buried recruited radicalised radicalized repatriated resettled conscripted mobilised mobilized " +
        "trapped stranded died fled perished drowned starved surrendered defected deserted escaped returned " +
        "protested marched voted disappeared flee die return perish starve drown surrender defect escape");

    // What stands between a figure and its verb: "could have been killed", "were reportedly wounded", "have since fled".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Modals = Set(StringComparer.OrdinalIgnoreCase,
        "will would could may might must should");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Auxiliaries = Set(StringComparer.OrdinalIgnoreCase,
        "is are was were be have has had");

    // The words between a toll, or what a figure counts, and the figure: "toll rose to", "toll has now reached", "toll
    // of", "refugees were estimated at", "the dead numbered".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectLinks = Set(StringComparer.OrdinalIgnoreCase,
        "to at of from in the is was were are has had have been now rose risen climbed reached stood stands hit jumped passed " +
        "increased grew stand reach rise climb estimated put numbered number numbers totalled totaled topped exceeded surpassed " +
        "neared approached soared swelled swollen");

    // Of these links, the ones that say how large a count is; "refugees have 300" or "soldiers from 12" says nothing.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AuxiliaryLinks = Set(StringComparer.OrdinalIgnoreCase,
        "of from in the is was were are has had have been now");

    // Bodies of people whose size is a count of people: "the militia numbers 20,000", "the population rose to 3 million".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BodiesOfPeople = Set(StringComparer.OrdinalIgnoreCase,
        "militia militias army armies force forces group groups garrison garrisons contingent contingents battalion " +
        "brigade brigades population populations crowd crowds community communities workforce delegation");

    // A count of the dead or hurt is a count word after a casualty word: "the casualty figure", "the body count", "the
    // death tally".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CountWords = Set(StringComparer.OrdinalIgnoreCase,
        "figure figures count counts tally tallies number numbers");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CasualtyWords = Set(StringComparer.OrdinalIgnoreCase,
        "casualty casualties death deaths fatality body");

    // Verbs whose object is people, in the forms news writes them: "killed 15", "killing at least 20", "wounding 30".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PeopleObjectVerbs = Set(StringComparer.OrdinalIgnoreCase,
        "kill kills killed killing wounded wounding wounds injure injures injured injuring arrest arrested arresting " +
        "detain detains detained detaining abduct abducts abducted abducting kidnap kidnaps kidnapped kidnapping " +
        "evacuate evacuates evacuated evacuating execute executes executed executing rescue rescues rescued rescuing " +
        "deport deports deported deporting free frees freed freeing massacre massacred massacring murder murders " +
        "murdered murdering displace displaces displaced displacing expel expels expelled expelling recruit recruits " +
        "recruited recruiting repatriate repatriated repatriating resettle resettled resettling imprison imprisoned " +
        "imprisoning jail jailed jailing conscript conscripted conscripting hospitalised hospitalized slaughtered " +
        "slaughtering");

    // Verbs that close a parenthetical report inside a clause: "the toll, officials said, rose to 300".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ReportVerbs = Set(StringComparer.OrdinalIgnoreCase,
        "said says say reported reports added noted told stated confirmed claimed estimated believe believed warned");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AdverbsBeforeVerb = Set(StringComparer.OrdinalIgnoreCase,
        "reportedly allegedly also already since subsequently later now recently eventually ultimately still seriously " +
        "critically severely fatally badly lightly slightly mortally forcibly");

    // Words before a number that make it part of a name or a reference, not a figure ("part one", "Resolution 2254").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameContexts = Set(StringComparer.OrdinalIgnoreCase,
        "part chapter section article resolution route number no flight page volume vol episode season room grade " +
        "phase stage level act scene paragraph clause item table figure appendix annex highway road channel platform " +
        "gate bus line");

    // Verbs whose object is a stretch of time: after one, "a year" is a duration ("spent a year", "took a decade").
    private const string DurationVerbWords =
        "last lasts lasted lasting take takes took taking spend spends spent spending stay stays stayed remain remains " +
        "remained wait waits waited";

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DurationVerbs = Set(StringComparer.OrdinalIgnoreCase, DurationVerbWords);

    // Words before "over" that make it "more than" before a duration ("lasted over six weeks", "for over a decade");
    // elsewhere "over six weeks" is the period something happened in ("fled over six weeks").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LastingWords = Set(StringComparer.OrdinalIgnoreCase,
        DurationVerbWords + " for in after within than be been being is was are were");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FallingWords = Set(StringComparer.OrdinalIgnoreCase,
        "down fell dropped declined decreased decline drop fall falling dropping declining decreasing plunged plummeted " +
        "slumped tumbled fallen shrank shrunk slipped sank sunk dipped eased");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RisingWords = Set(StringComparer.OrdinalIgnoreCase,
        "up rose increased grew climbed rise increase growth rising increasing growing climbing jumped soared surged " +
        "risen grown swelled swollen ballooned spiked");

    // Words other than hedges and number words that can open a phrase ("an hour", "scores of").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Starters = Set(StringComparer.OrdinalIgnoreCase,
        "a an between from minus negative dozens several scores tens hundreds thousands millions billions low mid high " +
        "single double triple");

    private static readonly FrozenDictionary<string, TimeUnit>.AlternateLookup<ReadOnlySpan<char>> TimeUnits =
        new Dictionary<string, TimeUnit>(StringComparer.OrdinalIgnoreCase)
        {
            ["day"] = TimeUnit.Day, ["days"] = TimeUnit.Day, ["week"] = TimeUnit.Week, ["weeks"] = TimeUnit.Week,
            ["month"] = TimeUnit.Month, ["months"] = TimeUnit.Month, ["year"] = TimeUnit.Year, ["years"] = TimeUnit.Year,
            ["night"] = TimeUnit.Day, ["nights"] = TimeUnit.Day, ["hour"] = TimeUnit.Hour, ["hours"] = TimeUnit.Hour,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CurrencyWords =
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["dollar"] = "USD", ["dollars"] = "USD", ["pound"] = "GBP", ["pounds"] = "GBP", ["sterling"] = "GBP",
            ["euro"] = "EUR", ["euros"] = "EUR", ["yen"] = "JPY", ["rupee"] = "INR", ["rupees"] = "INR", ["dinar"] = "IQD",
            ["dinars"] = "IQD", ["ruble"] = "RUB", ["rubles"] = "RUB", ["rouble"] = "RUB", ["roubles"] = "RUB",
            ["naira"] = "NGN", ["shilling"] = "KES", ["shillings"] = "KES", ["yuan"] = "CNY", ["renminbi"] = "CNY",
            ["shekel"] = "ILS", ["shekels"] = "ILS", ["lira"] = "TRY", ["riyal"] = "SAR", ["riyals"] = "SAR",
            ["rial"] = "IRR", ["rials"] = "IRR", ["dirham"] = "AED", ["dirhams"] = "AED", ["hryvnia"] = "UAH",
            ["hryvnias"] = "UAH", ["afghani"] = "AFN", ["afghanis"] = "AFN", ["rand"] = "ZAR",
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // A currency word whose country comes first: the adjective decides the code ("Lebanese pounds", "Swiss francs").
    private static readonly FrozenDictionary<string, string> QualifiedCurrencies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["US dollars"] = "USD", ["U.S. dollars"] = "USD", ["American dollars"] = "USD", ["Canadian dollars"] = "CAD",
        ["Australian dollars"] = "AUD", ["Singapore dollars"] = "SGD", ["Swiss francs"] = "CHF", ["Swiss franc"] = "CHF",
        ["Lebanese pounds"] = "LBP", ["Egyptian pounds"] = "EGP", ["Syrian pounds"] = "SYP", ["Sudanese pounds"] = "SDG",
        ["Turkish lira"] = "TRY", ["Saudi riyals"] = "SAR", ["Qatari riyals"] = "QAR", ["Iranian rials"] = "IRR",
        ["Pakistani rupees"] = "PKR", ["Indian rupees"] = "INR", ["Iraqi dinars"] = "IQD", ["Jordanian dinars"] = "JOD",
        ["Libyan dinars"] = "LYD", ["Kenyan shillings"] = "KES", ["Ugandan shillings"] = "UGX", ["Ukrainian hryvnias"] = "UAH",
        ["Russian rubles"] = "RUB", ["Russian roubles"] = "RUB", ["Chinese yuan"] = "CNY", ["Japanese yen"] = "JPY",
        ["Israeli shekels"] = "ILS", ["new shekels"] = "ILS", ["CFA francs"] = "XOF",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> QualifiedCurrencyLookup =
        QualifiedCurrencies.GetAlternateLookup<ReadOnlySpan<char>>();

    // Fractions a figure may be stated in: "half a million", "three quarters of the population", "a fifth of".
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Fractions =
        new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["half"] = 2, ["halves"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4, ["fourth"] = 4,
            ["fourths"] = 4, ["fifth"] = 5, ["fifths"] = 5, ["sixth"] = 6, ["sixths"] = 6, ["seventh"] = 7, ["sevenths"] = 7,
            ["eighth"] = 8, ["eighths"] = 8, ["ninth"] = 9, ["ninths"] = 9, ["tenth"] = 10, ["tenths"] = 10,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Verbs and adverbs that state a multiple of an earlier figure: "doubled", "almost tripled", "twice as high".
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Multiples =
        new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["doubled"] = 2, ["doubling"] = 2, ["tripled"] = 3, ["trebled"] = 3, ["tripling"] = 3, ["quadrupled"] = 4,
            ["quintupled"] = 5, ["twice"] = 2, ["thrice"] = 3,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Words that lead into a stated amount without hedging it, kept with the hedge words: "totalling around $2bn".
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadIns = Set(StringComparer.OrdinalIgnoreCase,
        "totalling totaling numbering amounting");

    // The country prefixes written before "$": "US$25m", "A$10".
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> DollarPrefixes =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["US"] = "USD", ["A"] = "AUD", ["AU"] = "AUD", ["C"] = "CAD", ["CA"] = "CAD", ["NZ"] = "NZD", ["HK"] = "HKD", ["S"] = "SGD",
        }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // Currencies written by an abbreviation before the figure, in its own case: "Rs 5 billion", "Rs. 500", "KSh 2m". Like
    // "rupees", "Rs" is read as the Indian rupee; Pakistani and Sri Lankan reports use the same letters.
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CurrencyAbbreviations =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Rs"] = "INR", ["Rp"] = "IDR", ["Tk"] = "BDT", ["KSh"] = "KES", ["Ksh"] = "KES",
        }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    // The listed words that open a phrase without a hedge (see MayOpenUnhedged), all compared ignoring case as their lists
    // are: one look-up instead of one per list.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnhedgedOpeners =
        Starters.Set.Concat(FallingWords.Set).Concat(RisingWords.Set).Concat(LeadIns.Set).Concat(Multiples.Dictionary.Keys)
            .Concat(Fractions.Dictionary.Keys).Concat(NumberWords.Keys).Concat(CurrencyWords.Dictionary.Keys)
            .Concat(CurrencyAbbreviations.Dictionary.Keys)
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // The listed words a unit after a figure may start with (QuantityGrammar.TryUnit): the time units, the currency words
    // and the first words of the qualified currencies. The words the grammar names itself are in MayStartUnit.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitFirstWords =
        TimeUnits.Dictionary.Keys.Concat(CurrencyWords.Dictionary.Keys).Concat(QualifiedCurrencies.Keys.Select(k => k.Split(' ')[0]))
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    internal static NumberWordKind NumberWord(ReadOnlySpan<char> word, out long value)
    {
        if (NumberWordLookup.TryGetValue(word, out var entry))
        {
            value = entry.Value;
            return entry.Kind;
        }
        // "twenty-five": tens, a hyphen, a unit.
        int hyphen = word.IndexOfAny('-', '\u2010');
        if (hyphen > 0 && NumberWordLookup.TryGetValue(word[..hyphen], out var tens) && tens.Kind == NumberWordKind.Tens
            && NumberWordLookup.TryGetValue(word[(hyphen + 1)..], out var unit) && unit.Kind == NumberWordKind.Unit && unit.Value > 0)
        {
            value = tens.Value + unit.Value;
            return NumberWordKind.Tens;
        }
        value = 0;
        return NumberWordKind.None;
    }

    internal static bool IsNumberWord(ReadOnlySpan<char> word) => NumberWord(word, out _) != NumberWordKind.None;

    internal static decimal? SuffixMultiplier(ReadOnlySpan<char> word) => SuffixMultipliers.TryGetValue(word, out var m) ? m : null;

    internal static bool IsMonth(ReadOnlySpan<char> word) => Months.Contains(word);

    /// <summary>Whether the word ends a noun phrase. All-capital words are acronyms ("IS", "US"), never stop words.</summary>
    internal static bool IsStopWord(ReadOnlySpan<char> word) => !IsAcronym(word) && StopWords.Contains(word);

    internal static bool IsPeopleNoun(ReadOnlySpan<char> word) => !IsAcronym(word) && PeopleNouns.Contains(word);

    /// <summary>Whether the capitalised word names a people, faith or faction (<see cref="PeopleNames"/>), in its own case.</summary>
    internal static bool IsPeopleName(ReadOnlySpan<char> word) => PeopleNames.Contains(word);

    internal static bool IsNameContext(ReadOnlySpan<char> word) => NameContexts.Contains(word);

    /// <summary>
    /// What each word of this lexicon can do in a phrase: start one (a number word, a hedge's first word, a vague word,
    /// a range opener, a direction, a dollar prefix) and whether it stands for a number itself. The
    /// <see cref="WordTable"/> merges these with the date grammar's words, so the lexer classifies each word once.
    /// </summary>
    internal static IEnumerable<(string Word, WordClass Class)> WordClasses()
    {
        static IEnumerable<(string, WordClass)> Each(IEnumerable<string> words, WordClass wordClass) => words.Select(w => (w, wordClass));
        return Each(Starters.Set, WordClass.Starter)
            .Concat(Each(FallingWords.Set, WordClass.Starter))
            .Concat(Each(RisingWords.Set, WordClass.Starter))
            .Concat(Each(DollarPrefixes.Dictionary.Keys, WordClass.Starter))
            .Concat(Each(HedgePhrases.FirstWords, WordClass.Starter))
            .Concat(Each(NumberWords.Keys, WordClass.Starter | WordClass.Numeric))
            .Concat(Each(["handful", "dozens", "hundreds", "thousands", "millions", "billions", "scores", "decade", "decades", "digits"], WordClass.Numeric))
            .Concat(Each(["scores", "few", "couple", "several", "more"], WordClass.Starter))
            .Concat(Each(Fractions.Dictionary.Keys, WordClass.Starter | WordClass.Numeric))
            .Concat(Each(Multiples.Dictionary.Keys, WordClass.Starter | WordClass.Numeric))
            .Concat(Each(LeadIns.Set, WordClass.Starter))
            .Concat(Each(CurrencyWords.Dictionary.Keys, WordClass.Starter))
            .Concat(Each(CurrencyAbbreviations.Dictionary.Keys, WordClass.Starter))
            .Concat(Each(QualifiedCurrencies.Keys.Select(k => k.Split(' ')[0]), WordClass.Starter))
            .Concat(Each(TimeUnits.Dictionary.Keys, WordClass.Numeric));
    }

    /// <summary>
    /// Whether a phrase may open with this word when no hedge starts there: a word that starts a vague quantity, a range,
    /// a sign, a direction, a lead-in, a multiple, a fraction, a number, or a currency. The rest of the words that can
    /// start a phrase ("in", "is", "as", "at") only start a hedge ("in excess of", "is estimated to have").
    /// </summary>
    /// <remarks>One look-up of the listed words (<see cref="UnhedgedOpeners"/>); only a hyphenated word can be a number or
    /// fraction beyond them.</remarks>
    internal static bool MayOpenUnhedged(ReadOnlySpan<char> word) =>
        UnhedgedOpeners.Contains(word) || DollarPrefix(word) is not null || CurrencyCode(word) is not null
        || (word.ContainsAny('-', '\u2010') && (IsNumberWord(word) || TryHyphenatedFraction(word, out _, out _) || IsPartOfMagnitude(word)));

    /// <summary>Whether a unit may start with this word after a figure; false where none can.</summary>
    internal static bool MayStartUnit(ReadOnlySpan<char> word) =>
        IsUnitWordOfTheGrammar(word) || UnitFirstWords.Contains(word) || MeasureWord(word) is not null || CurrencyCode(word) is not null;

    /// <summary>The words <c>QuantityGrammar.TryUnit</c> names itself ("percent", "per cent", "square", "bpd", "b/d",
    /// "times", "decade"), ignoring case as it compares them.</summary>
    private static bool IsUnitWordOfTheGrammar(ReadOnlySpan<char> word) => word.Length switch
    {
        1 => QuantityGrammar.EqualsIgnoringCase(word, "b"),
        2 => QuantityGrammar.EqualsIgnoringCase(word, "pc") || QuantityGrammar.EqualsIgnoringCase(word, "sq") || QuantityGrammar.EqualsIgnoringCase(word, "mi"),
        3 => QuantityGrammar.EqualsIgnoringCase(word, "pct") || QuantityGrammar.EqualsIgnoringCase(word, "per") || QuantityGrammar.EqualsIgnoringCase(word, "bpd"),
        5 => QuantityGrammar.EqualsIgnoringCase(word, "times"),
        6 => QuantityGrammar.EqualsIgnoringCase(word, "square") || QuantityGrammar.EqualsIgnoringCase(word, "decade"),
        7 => QuantityGrammar.EqualsIgnoringCase(word, "percent") || QuantityGrammar.EqualsIgnoringCase(word, "decades"),
        _ => false,
    };

    /// <summary>The magnitude a plural scale word names: "hundreds" 100, "thousands", "millions", "billions".</summary>
    internal static decimal? PluralScale(ReadOnlySpan<char> word) => word.Length switch
    {
        8 when QuantityGrammar.EqualsIgnoringCase(word, "hundreds") => 100m,
        8 when QuantityGrammar.EqualsIgnoringCase(word, "millions") => 1_000_000m,
        8 when QuantityGrammar.EqualsIgnoringCase(word, "billions") => 1_000_000_000m,
        9 when QuantityGrammar.EqualsIgnoringCase(word, "thousands") => 1_000m,
        _ => null,
    };

    /// <summary>The magnitude of a number of digits before "digits": "single" 1, "double" 10, "triple" 100.</summary>
    internal static decimal? DigitCount(ReadOnlySpan<char> word) => word.Length switch
    {
        6 when QuantityGrammar.EqualsIgnoringCase(word, "single") => 1m,
        6 when QuantityGrammar.EqualsIgnoringCase(word, "double") => 10m,
        6 when QuantityGrammar.EqualsIgnoringCase(word, "triple") => 100m,
        _ => null,
    };

    /// <summary>A part of a magnitude glued to it ("mid-hundreds", "low-single"), which opens a vague quantity.</summary>
    internal static bool IsPartOfMagnitude(ReadOnlySpan<char> word)
    {
        int hyphen = word.IndexOfAny('-', '\u2010');
        return hyphen > 0 && LeadingDigits.TryPart(word[..hyphen], out _)
            && (PluralScale(word[(hyphen + 1)..]) is not null || DigitCount(word[(hyphen + 1)..]) is not null);
    }

    /// <summary>Whether a figure that is this verb's subject counts people ("were displaced", "fled").</summary>
    internal static bool IsPeopleVerb(ReadOnlySpan<char> word) => PeopleVerbs.Contains(word);

    internal static bool IsModal(ReadOnlySpan<char> word) => Modals.Contains(word);

    /// <summary>Whether the word may stand between a toll or a counted subject and its figure ("rose", "to", "now", "of").</summary>
    internal static bool IsSubjectLink(ReadOnlySpan<char> word) => SubjectLinks.Contains(word);

    /// <summary>Whether a link to a figure is only an auxiliary or a preposition, saying nothing of its size.</summary>
    internal static bool IsAuxiliaryLink(ReadOnlySpan<char> word) => AuxiliaryLinks.Contains(word);

    /// <summary>Whether the words name a count of the dead or hurt: "casualty figure", "body count", "death tally".</summary>
    internal static bool IsCasualtyCount(ReadOnlySpan<char> casualtyWord, ReadOnlySpan<char> countWord) =>
        CountWords.Contains(countWord) && CasualtyWords.Contains(casualtyWord);

    /// <summary>Whether the word names a body of people whose size counts people ("militia", "population").</summary>
    internal static bool IsBodyOfPeople(ReadOnlySpan<char> word) => BodiesOfPeople.Contains(word);

    internal static bool IsPeopleObjectVerb(ReadOnlySpan<char> word) => PeopleObjectVerbs.Contains(word);

    internal static bool IsReportVerb(ReadOnlySpan<char> word) => ReportVerbs.Contains(word);

    internal static bool IsAuxiliary(ReadOnlySpan<char> word) => Auxiliaries.Contains(word);

    internal static bool IsAdverbBeforeVerb(ReadOnlySpan<char> word) => AdverbsBeforeVerb.Contains(word);

    /// <summary>Whether "over" after this word means "more than" before a duration ("lasted over six weeks").</summary>
    internal static bool IsLastingWord(ReadOnlySpan<char> word) => LastingWords.Contains(word);

    internal static bool IsDurationVerb(ReadOnlySpan<char> word) => DurationVerbs.Contains(word);

    internal static bool IsFalling(ReadOnlySpan<char> word) => FallingWords.Contains(word);

    internal static bool IsRising(ReadOnlySpan<char> word) => RisingWords.Contains(word);

    internal static bool TryTimeUnit(ReadOnlySpan<char> word, out TimeUnit unit) => TimeUnits.TryGetValue(word, out unit);

    /// <summary>The one list of time-unit words ("day", "weeks", "nights", "hours"), lower case, which the date grammar's
    /// words draw on too.</summary>
    internal static IEnumerable<KeyValuePair<string, TimeUnit>> TimeUnitWords => TimeUnits.Dictionary;

    internal static string? CurrencyWord(ReadOnlySpan<char> word) => CurrencyWords.TryGetValue(word, out var code) ? code : null;

    /// <summary>The code of a currency named by a country adjective and a currency word ("Lebanese", "pounds"), or null.</summary>
    internal static string? QualifiedCurrency(ReadOnlySpan<char> adjective, ReadOnlySpan<char> word)
    {
        int length = adjective.Length + 1 + word.Length;
        if (length > 32)
        {
            return null;
        }
        Span<char> key = stackalloc char[length];
        adjective.CopyTo(key);
        key[adjective.Length] = ' ';
        word.CopyTo(key[(adjective.Length + 1)..]);
        return QualifiedCurrencyLookup.TryGetValue(key, out var code) ? code : null;
    }

    /// <summary>The denominator a fraction word names ("third" 3, "quarters" 4), or 0.</summary>
    internal static int Fraction(ReadOnlySpan<char> word) => Fractions.TryGetValue(word, out int d) ? d : 0;

    /// <summary>"two-thirds", "three-quarters", "one-fifth": a fraction spelt as one hyphenated word.</summary>
    internal static bool TryHyphenatedFraction(ReadOnlySpan<char> word, out decimal numerator, out int denominator)
    {
        numerator = 0;
        denominator = 0;
        int hyphen = word.IndexOf('-');
        if (hyphen <= 0 || word[(hyphen + 1)..].Contains('-')
            || NumberWord(word[..hyphen], out long count) is not (NumberWordKind.Unit or NumberWordKind.Teen) || count <= 0)
        {
            return false;
        }
        numerator = count;
        denominator = Fraction(word[(hyphen + 1)..]);
        return denominator != 0;
    }

    /// <summary>The multiple a verb or adverb states ("doubled" 2, "tripled" 3, "twice" 2), or 0.</summary>
    internal static int Multiple(ReadOnlySpan<char> word) => Multiples.TryGetValue(word, out int m) ? m : 0;

    internal static bool IsLeadIn(ReadOnlySpan<char> word) => LeadIns.Contains(word);

    // Every prefix is one or two letters: longer words are turned away without hashing.
    internal static string? DollarPrefix(ReadOnlySpan<char> word) => word.Length <= 2 && DollarPrefixes.TryGetValue(word, out var code) ? code : null;

    /// <summary>The ISO code a currency abbreviation stands for in its own case ("Rs", "KSh"), or null.</summary>
    internal static string? CurrencyAbbreviation(ReadOnlySpan<char> word) =>
        word.Length <= 3 && CurrencyAbbreviations.TryGetValue(word, out var code) ? code : null;

    /// <summary>The ISO code a currency symbol stands for, or null.</summary>
    internal static string? CurrencySymbol(ReadOnlySpan<char> symbol) => symbol switch
    {
        "$" => "USD",
        "£" => "GBP",
        "€" => "EUR",
        "¥" => "JPY",
        "₹" => "INR",
        _ => null,
    };

    /// <summary>An ISO 4217 code written in capitals ("USD", "GBP").</summary>
    internal static string? CurrencyCode(ReadOnlySpan<char> word)
    {
        if (word.Length != 3 || !IsAcronym(word))
        {
            return null;
        }
        string code = word.ToString();
        return Currency.IsKnownCode(code) ? code : null;
    }

    /// <summary>Two or more letters, all capitals.</summary>
    internal static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }
        foreach (char c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Lower-case ASCII letters and inner hyphens only: what <see cref="Unit.Count"/> accepts.</summary>
    internal static bool IsLowerWord(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || word[0] == '-' || word[^1] == '-')
        {
            return false;
        }
        foreach (char c in word)
        {
            if (c is not ((>= 'a' and <= 'z') or '-'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// The unit a measure word names on its own: a length ("km", "kilometres", "Kilometers", "miles") or an area
    /// ("km2", "sqkm", "hectares", "ha"); null for any other word. "mi" and "square ..." need their context, which the
    /// grammar reads.
    /// </summary>
    internal static Unit? MeasureWord(ReadOnlySpan<char> word) => word switch
    {
        "km" or "kilometre" or "kilometres" or "kilometer" or "kilometers" or "Km" or "Kilometres" or "Kilometers" => Unit.Kilometre,
        "mile" or "miles" => Unit.Mile,
        "km2" or "sqkm" => Unit.SquareKilometre,
        "hectares" or "hectare" or "ha" => Unit.Hectare,
        _ => null,
    };

    /// <summary>
    /// Why the grammar would not read a count of <paramref name="singular"/> back as that count, or null when it would:
    /// <see cref="EnglishNouns"/> does not undo the plural <see cref="QuantityFormatter"/> writes ("buses" reads as
    /// "buse", "rws" as nothing), or the word or its plural names people (read as person), a currency, a measure unit
    /// ("kilometers" reads as km), a number or
    /// magnitude, or is a function word that ends a noun phrase.
    /// </summary>
    internal static string? CountedNounConflict(string singular)
    {
        string plural = QuantityFormatter.CountWord(singular, isSingular: false);
        if (EnglishNouns.Singular(plural) != singular || (EnglishNouns.Singular(singular) ?? singular) != singular)
        {
            return $"English cannot tell its plural \"{plural}\" from that of another word, so the count could not be read back";
        }
        foreach (string word in (ReadOnlySpan<string>)[singular, plural])
        {
            if (IsPeopleNoun(word))
            {
                return $"\"{word}\" names people, who are counted in the unit person (the word stays the estimate's noun)";
            }
            if (CurrencyWord(word) is { } code)
            {
                return $"\"{word}\" names the currency {code}; use a money unit";
            }
            if (MeasureWord(word) is { } measure)
            {
                // Otherwise "2,000 kilometers" would be written for the count and read back as a length.
                return $"\"{word}\" names the measure unit {measure.Code}; use that unit";
            }
            if ((WordTable.Classify(word).Class & WordClass.Numeric) != 0 || IsStopWord(word))
            {
                return $"English reads \"{word}\" as a number or a function word, so the count could not be read back";
            }
        }
        return null;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(StringComparer comparer, string words) =>
        words.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, (NumberWordKind, long)> BuildNumberWords()
    {
        var words = new Dictionary<string, (NumberWordKind, long)>(StringComparer.OrdinalIgnoreCase);
        string[] small = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (int i = 0; i < small.Length; i++)
        {
            words[small[i]] = (i < 10 ? NumberWordKind.Unit : NumberWordKind.Teen, i);
        }
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (int i = 0; i < tens.Length; i++)
        {
            words[tens[i]] = (NumberWordKind.Tens, (i + 2) * 10);
        }
        words["hundred"] = (NumberWordKind.Hundred, 100);
        words["thousand"] = (NumberWordKind.Scale, 1_000);
        words["million"] = (NumberWordKind.Scale, 1_000_000);
        words["billion"] = (NumberWordKind.Scale, 1_000_000_000);
        words["trillion"] = (NumberWordKind.Scale, 1_000_000_000_000);
        words["dozen"] = (NumberWordKind.Dozen, 12);
        words["lakh"] = (NumberWordKind.Scale, 100_000);
        words["crore"] = (NumberWordKind.Scale, 10_000_000);
        return words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
