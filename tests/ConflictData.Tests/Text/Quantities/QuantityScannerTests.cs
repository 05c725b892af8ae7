using System;
using System.Linq;
using ConflictData.Text;

namespace ConflictData.Tests.Text.Quantities;

public class QuantityScannerTests
{
    private static QuantityMention Single(string text)
    {
        var found = QuantityScanner.Default.Scan(text);
        Assert.True(found.Length == 1, $"expected one quantity in \"{text}\" but found {found.Length}: {string.Join(" | ", found)}");
        return found[0];
    }

    [Theory]
    // numerals, separators, decimals, multipliers
    [InlineData("It has 45,000 fighters.", "45,000 fighters", "[45000, 45000] best 45000", "person")]
    [InlineData("about 1000 troops", "about 1000 troops", "[500, 1500] best 1000", "person")]
    [InlineData("worth 2.5bn dollars", "2.5bn dollars", "[2500000000, 2500000000] best 2500000000", "USD")]
    [InlineData("a £39m fund", "£39m", "[39000000, 39000000] best 39000000", "GBP")]
    [InlineData("cost 231m", "231m", "[231000000, 231000000] best 231000000", null)]
    [InlineData("raised US$5 million", "US$5 million", "[5000000, 5000000] best 5000000", "USD")]
    [InlineData("paid EUR 1,250.50", "EUR 1,250.50", "[1250.5, 1250.5] best 1250.5", "EUR")]
    [InlineData("paid 300 euros", "300 euros", "[300, 300] best 300", "EUR")]
    [InlineData("some 10\u00A0000 refugees", "some 10\u00A0000 refugees", "[5000, 15000] best 10000", "person")]
    // number words
    [InlineData("almost eight million people", "almost eight million people", "[7500000, 8000000)", "person")]
    [InlineData("nine soldiers died", "nine soldiers", "[9, 9] best 9", "person")]
    [InlineData("a dozen villages", "a dozen villages", "[12, 12] best 12", "village")]
    [InlineData("twenty-five children", "twenty-five children", "[25, 25] best 25", "person")]
    [InlineData("one thousand and five hundred workers", "one thousand and five hundred workers", "[1500, 1500] best 1500", "person")]
    [InlineData("five (5) days", "five (5) days", "[5, 5] best 5", "day")]
    // percent, rates, durations, area
    [InlineData("rose 55 per cent", "rose 55 per cent", "[55, 55] best 55", "percent")]
    [InlineData("fell 75%", "fell 75%", "[-75, -75] best -75", "percent")]
    [InlineData("plunged 30%", "plunged 30%", "[-30, -30] best -30", "percent")]
    [InlineData("the toll stands at 45 killed", "45 killed", "[45, 45] best 45", "person")]
    [InlineData("The EU pledged EUR3.5bn in aid", "EUR3.5bn", "[3500000000, 3500000000] best 3500000000", "EUR")]
    [InlineData("a loan of USD12 million", "USD12 million", "[12000000, 12000000] best 12000000", "USD")]
    [InlineData("Nine out of ten residents fled.", "Nine out of ten residents", "[0.9, 0.9] best 0.9", "ratio:resident")]
    [InlineData("Damage is estimated at several hundred million dollars.", "several hundred million dollars", "[200000000, 1000000000)", "USD")]
    [InlineData("A few hundred thousand people were displaced.", "A few hundred thousand people", "[200000, 1000000)", "person")]
    [InlineData("Police detained 12 Kurds", "12 Kurds", "[12, 12] best 12", "person")]
    [InlineData("Nearly 1,000 Rohingya have fled", "Nearly 1,000 Rohingya", "[500, 1000)", "person")]
    [InlineData("some 40 Sudanese were held", "some 40 Sudanese", "[35, 45] best 40", "person")]
    [InlineData("three Frenchmen were freed", "three Frenchmen", "[3, 3] best 3", "person")]
    [InlineData("12 Alawites and", "12 Alawites", "[12, 12] best 12", "person")]
    [InlineData("2,000 IDPs were moved", "2,000 IDPs", "[2000, 2000] best 2000", "person")]
    [InlineData("The plane carried 150 passengers", "150 passengers", "[150, 150] best 150", "person")]
    [InlineData("Workers put up 12 poles", "12 poles", "[12, 12] best 12", "pole")]
    [InlineData("Estimates range from 500 to more than 1,000 fighters.", "from 500 to more than 1,000 fighters", "[500, )", "person")]
    [InlineData("Between 500 and more than 1,000 joined", "Between 500 and more than 1,000", "[500, )", null)]
    [InlineData("Between 200 and nearly 300 people died.", "Between 200 and nearly 300 people", "[200, 300)", "person")]
    [InlineData("between 50 and up to 80 percent", "between 50 and up to 80 percent", "[50, 80]", "percent")]
    [InlineData("The state allocated Rs 5 billion", "Rs 5 billion", "[5000000000, 5000000000] best 5000000000", "INR")]
    [InlineData("another Rs5bn was released", "Rs5bn", "[5000000000, 5000000000] best 5000000000", "INR")]
    [InlineData("damage put at Rs. 500 crore", "Rs. 500 crore", "[5000000000, 5000000000] best 5000000000", "INR")]
    [InlineData("Kenya spent Ksh2.5 billion", "Ksh2.5 billion", "[2500000000, 2500000000] best 2500000000", "KES")]
    [InlineData("a grant of Tk 300 crore", "Tk 300 crore", "[3000000000, 3000000000] best 3000000000", "BDT")]
    [InlineData("Nearly one in every five children", "Nearly one in every five children", "[0.15, 0.2)", "ratio:child")]
    [InlineData("with 12 missing after the flood", "12 missing", "[12, 12] best 12", "person")]
    [InlineData("jumped 12 percent", "jumped 12 percent", "[12, 12] best 12", "percent")]
    [InlineData("roughly 50 fighters per month", "roughly 50 fighters per month", "[45, 55] best 50", "person/month")]
    [InlineData("within six to 12 months", "six to 12 months", "[6, 12]", "month")]
    [InlineData("88,000 sq km", "88,000 sq km", "[88000, 88000] best 88000", "km2")]
    // the families of issue 10: glued and adjectival money, currency words, rates, bounds, fractions, ratios, lengths
    [InlineData("pledged €2.4billion", "€2.4billion", "[2400000000, 2400000000] best 2400000000", "EUR")]
    [InlineData("a 3-billion-dollar deal", "3-billion-dollar", "[3000000000, 3000000000] best 3000000000", "USD")]
    [InlineData("paid pounds 20m to pounds 40m", "pounds 20m to pounds 40m", "[20000000, 40000000]", "GBP")]
    [InlineData("spent 1,500 billion Lebanese pounds", "1,500 billion Lebanese pounds", "[1500000000000, 1500000000000] best 1500000000000", "LBP")]
    [InlineData("earned about $1m a day", "about $1m a day", "[500000, 1500000] best 1000000", "USD/day")]
    [InlineData("exports of 400,000 bpd", "400,000 bpd", "[400000, 400000] best 400000", "barrel/day")]
    [InlineData("5,000 troops at most", "5,000 troops at most", "( , 5000]", "person")]
    [InlineData("1,200+ people", "1,200+ people", "[1200, )", "person")]
    [InlineData("three quarters of a million people", "three quarters of a million people", "[750000, 750000] best 750000", "person")]
    [InlineData("a third of the population", "a third of the population", "[0.3333333333333333333333333333, 0.3333333333333333333333333333] best 0.3333333333333333333333333333", "ratio:population")]
    [InlineData("three times as many refugees", "three times as many refugees", "[3, 3] best 3", "ratio:refugee")]
    [InlineData("Two-thirds of the city was destroyed", "Two-thirds of the city", "[0.6666666666666666666666666667, 0.6666666666666666666666666667] best 0.6666666666666666666666666667", "ratio:city")]
    [InlineData("three-quarters of the displaced", "three-quarters of the displaced", "[0.75, 0.75] best 0.75", "ratio:displaced")]
    [InlineData("about 40pc of the budget", "about 40pc", "[35, 45] best 40", "percent")]
    [InlineData("a rise of 12 pc", "12 pc", "[12, 12] best 12", "percent")]
    [InlineData("up from 1.9m a year earlier", "1.9m", "[1900000, 1900000] best 1900000", null)]
    [InlineData("four times as many displaced people as in 2015", "four times as many displaced people", "[4, 4] best 4", "ratio:person")]
    [InlineData("twice as many armed fighters", "twice as many armed fighters", "[2, 2] best 2", "ratio:fighter")]
    [InlineData("one in five young men", "one in five young men", "[0.2, 0.2] best 0.2", "ratio:man")]
    [InlineData("between 1 in 4 and 1 in 3 children are hungry", "between 1 in 4 and 1 in 3 children", "[0.25, 0.3333333333333333333333333333]", "ratio:child")]
    [InlineData("between one in three and one in four children", "between one in three and one in four children", "[0.25, 0.3333333333333333333333333333]", "ratio:child")]
    [InlineData("1 in 5 to 1 in 4 people left", "1 in 5 to 1 in 4 people", "[0.2, 0.25]", "ratio:person")]
    [InlineData("one in three of the children", "one in three of the children", "[0.3333333333333333333333333333, 0.3333333333333333333333333333] best 0.3333333333333333333333333333", "ratio:child")]
    [InlineData("a third of the population depends on aid", "a third of the population", "[0.3333333333333333333333333333, 0.3333333333333333333333333333] best 0.3333333333333333333333333333", "ratio:population")]
    [InlineData("34,000 square miles", "34,000 square miles", "[34000, 34000] best 34000", "mi2")]
    [InlineData("a 1,300-kilometre border", "1,300-kilometre", "[1300, 1300] best 1300", "km")]
    [InlineData("A 5,000-strong force was sent", "5,000-strong", "[5000, 5000] best 5000", "person")]
    [InlineData("The 12,000-man army collapsed", "12,000-man", "[12000, 12000] best 12000", "person")]
    [InlineData("a 20-member delegation", "20-member", "[20, 20] best 20", "person")]
    [InlineData("A 72-hour ceasefire began", "72-hour", "[72, 72] best 72", "hour")]
    [InlineData("some 20-odd fighters", "some 20-odd fighters", "[15, 25] best 20", "person")]
    [InlineData("more than a decade", "more than a decade", "(10, )", "year")]
    [InlineData("the prisoners spent a year in solitary confinement", "a year", "[1, 1] best 1", "year")]
    [InlineData("rebuilding took a decade", "a decade", "[10, 10] best 10", "year")]
    // ranges
    [InlineData("between 14,000 and 18,000 militants", "between 14,000 and 18,000 militants", "[14000, 18000]", "person")]
    [InlineData("from 200 to 300 cells", "from 200 to 300 cells", "[200, 300]", "cell")]
    [InlineData("1000-5000 people", "1000-5000 people", "[1000, 5000]", "person")]
    [InlineData("1000 – 5000 people", "1000 – 5000 people", "[1000, 5000]", "person")]
    [InlineData("between £39m-231m in cash", "between £39m-231m", "[39000000, 231000000]", "GBP")]
    [InlineData("between 2 and 3 million people", "between 2 and 3 million people", "[2000000, 3000000]", "person")]
    [InlineData("$50 million to $300 million", "$50 million to $300 million", "[50000000, 300000000]", "USD")]
    [InlineData("more than 5 and up to 9 percent", "more than 5 and up to 9 percent", "(5, 9]", "percent")]
    [InlineData("at most 100 and at least 20 apples", "at most 100 and at least 20 apples", "[20, 100]", "apple")]
    // hedges
    [InlineData("slightly more than 50 have returned", "slightly more than 50", "(50, )", "person")]
    [InlineData("upwards of 30,000 civilians", "upwards of 30,000 civilians", "(30000, )", "person")]
    [InlineData("as many as 10,000 were", "as many as 10,000", "( , 10000]", null)]
    [InlineData("The toll could be as high as 2,500", "as high as 2,500", "( , 2500]", null)]
    [InlineData("2 million-plus refugees", "2 million-plus refugees", "[2000000, )", "person")]
    [InlineData("2m-plus refugees", "2m-plus refugees", "[2000000, )", "person")]
    [InlineData("two million-plus refugees", "two million-plus refugees", "[2000000, )", "person")]
    [InlineData("more than thirty years old", "more than thirty", "(30, )", null)]
    [InlineData("as little as $5m in aid", "as little as $5m", "[5000000, )", "USD")]
    [InlineData("turnout as low as 20 percent", "as low as 20 percent", "[20, )", "percent")]
    [InlineData("at least 2,500 members", "at least 2,500 members", "[2500, )", "person")]
    [InlineData("fewer than 100 hostages", "fewer than 100 hostages", "( , 100)", "person")]
    [InlineData("300 or so fighters", "300 or so fighters", "[250, 350] best 300", "person")]
    [InlineData("500 or more fighters", "500 or more fighters", "[500, )", "person")]
    [InlineData("most likely 50 per month", "most likely 50 per month", "[45, 55] best 50", "per-month")]
    [InlineData("nearly 2,000 troops", "nearly 2,000 troops", "[1500, 2000)", "person")]
    [InlineData("an estimated 40,000 foreign fighters", "an estimated 40,000 foreign fighters", "[35000, 45000] best 40000", "person")]
    // vague
    [InlineData("Hundreds of women", "Hundreds of women", "[200, 1000)", "person")]
    [InlineData("tens of thousands of refugees", "tens of thousands of refugees", "[20000, 100000)", "person")]
    [InlineData("only a handful returned", "a handful", "[2, 10)", "person")]
    [InlineData("thousands of them fled", "thousands", "[2000, 10000)", null)]
    [InlineData("troops fired dozens of times", "dozens", "[24, 120)", null)]
    [InlineData("billions of dollars in revenue", "billions of dollars", "[2000000000, 10000000000)", "USD")]
    [InlineData("deaths in the low thousands", "low thousands", "[1000, 4000)", null)]
    [InlineData("a toll in the high hundreds", "high hundreds", "[700, 1000)", "person")]
    [InlineData("the low tens of thousands of people", "low tens of thousands of people", "[10000, 40000)", "person")]
    [InlineData("the high hundreds of thousands of refugees", "high hundreds of thousands of refugees", "[700000, 1000000)", "person")]
    [InlineData("figures in the mid-hundreds", "mid-hundreds", "[400, 700)", null)]
    [InlineData("losses in the Mid thousands", "Mid thousands", "[4000, 7000)", null)]
    [InlineData("deaths remained in the single digits", "single digits", "[1, 10)", null)]
    [InlineData("inflation reached double digits", "double digits", "[10, 100)", null)]
    [InlineData("triple digits of people", "triple digits of people", "[100, 1000)", "person")]
    [InlineData("in the low double digits", "low double digits", "[10, 40)", null)]
    [InlineData("in the high single digits", "high single digits", "[7, 10)", null)]
    [InlineData("in the mid-single digits", "mid-single digits", "[4, 7)", null)]
    // noise
    [InlineData("all of the 2,\\000 US troops", "2,\\000 US troops", "[2000, 2000] best 2000", "person")]
    [InlineData("between 14,000\nand 18,000 militants", "between 14,000\nand 18,000 militants", "[14000, 18000]", "person")]
    [InlineData("some\u00A040,000 fighters", "some\u00A040,000 fighters", "[35000, 45000] best 40000", "person")]
    [InlineData("leave 400 \u201Cpeacekeepers\u201D in Syria", "400 \u201Cpeacekeepers\u201D", "[400, 400] best 400", "person")]
    public void Scan_Phrase_ReadsSpanValueAndUnit(string text, string quote, string value, string? unit)
    {
        var mention = Single(text);
        Assert.Equal(quote, mention.Text);
        Assert.Equal(quote, text.Substring(mention.Span.Start, mention.Span.Length));
        Assert.Equal(value, mention.Phrase.Value.ToString());
        Assert.Equal(unit, mention.Phrase.Unit?.Code);
    }

    [Theory]
    [InlineData("At least half of the 40,000 fighters were foreigners", "At least half", "[0.5, )", "ratio:fighter", "40,000 fighters")]
    [InlineData("Roughly one in five of the 600,000 refugees", "Roughly one in five", "[0.15, 0.25] best 0.2", "ratio:refugee", "600,000 refugees")]
    [InlineData("two-thirds of its 2.3 million residents", "two-thirds", "[0.6666666666666666666666666667, 0.6666666666666666666666666667] best 0.6666666666666666666666666667", "ratio:resident", "2.3 million residents")]
    [InlineData("About two-thirds of the camp's 80,000 residents", "About two-thirds", "[0.6166666666666666666666666667, 0.7166666666666666666666666667] best 0.6666666666666666666666666667", "ratio:resident", "80,000 residents")]
    [InlineData("half of Gaza’s 2.3 million people", "half", "[0.5, 0.5] best 0.5", "ratio:person", "2.3 million people")]
    [InlineData("one in three of the country's 4 million children", "one in three", "[0.3333333333333333333333333333, 0.3333333333333333333333333333] best 0.3333333333333333333333333333", "ratio:child", "4 million children")]
    public void Scan_ShareOfAStatedFigure_IsARatioOfItsNounBesideTheFigure(string text, string share, string value, string unit, string figure)
    {
        var found = QuantityScanner.Default.Scan(text);
        Assert.Equal([share, figure], found.Select(m => m.Text));
        Assert.Equal(value, found[0].Phrase.Value.ToString());
        Assert.Equal(unit, found[0].Phrase.Unit?.Code);
    }

    /// <summary>A part of a stated figure counts what the figure counts; the figure is read beside it.</summary>
    [Theory]
    [InlineData("Some 2,500 of the 4,000 prisoners were released.", "Some 2,500", "person", "4,000 prisoners")]
    [InlineData("Only 7 of the 52 hospitals are functioning.", "7", "hospital", "52 hospitals")]
    [InlineData("Between 2,000 and 3,000 of the 10,000 fighters are foreigners.", "Between 2,000 and 3,000", "person", "10,000 fighters")]
    public void Scan_PartOfAStatedFigure_CountsItsNoun(string text, string part, string unit, string figure)
    {
        var found = QuantityScanner.Default.Scan(text);
        Assert.Equal([part, figure], found.Select(m => m.Text));
        Assert.Equal(unit, found[0].Phrase.Unit?.Code);
    }

    /// <summary>A change by one figure to another, or from one to another, is two figures, never one range.</summary>
    [Theory]
    [InlineData("The death toll rose by 17 to 243 on Sunday.", new[] { "17", "243" })]
    [InlineData("Arrivals fell from 2,000 to 1,500 last month.", new[] { "2,000", "1,500" })]
    [InlineData("Fatalities doubled from 150 to 300 in a year.", new[] { "doubled", "150", "300" })]
    [InlineData("The share rose from 12% to 15% of the force.", new[] { "12%", "15%" })]
    [InlineData("Estimates range from 10,000 to 15,000 fighters.", new[] { "from 10,000 to 15,000 fighters" })]
    public void Scan_Change_IsTwoFiguresNotARange(string text, string[] quotes) =>
        Assert.Equal(quotes, QuantityScanner.Default.Scan(text).Select(m => m.Text));

    /// <summary>
    /// A hedged share is as wide as the same hedge on the share rounded to one significant digit ("about a third" as
    /// "about 30 percent"), moved onto the share; a share one digit states exactly reads as the hedge on that digit.
    /// </summary>
    [Theory]
    [InlineData("Nearly a third of detainees", "[0.2833333333333333333333333333, 0.3333333333333333333333333333)")]
    [InlineData("about a third of the population", "[0.2833333333333333333333333333, 0.3833333333333333333333333333] best 0.3333333333333333333333333333")]
    [InlineData("About a quarter of the fighters", "[0.20, 0.30] best 0.25")]
    [InlineData("almost half of the population", "[0.45, 0.5)")]
    [InlineData("more than a third of the population", "(0.3333333333333333333333333333, )")]
    [InlineData("roughly one in three children", "[0.2833333333333333333333333333, 0.3833333333333333333333333333] best 0.3333333333333333333333333333")]
    [InlineData("a third of the population", "[0.3333333333333333333333333333, 0.3333333333333333333333333333] best 0.3333333333333333333333333333")]
    public void Scan_HedgedShare_IsAsWideAsItsStatedPrecision(string text, string value) =>
        Assert.Equal(value, QuantityScanner.Default.Scan(text)[0].Phrase.Value.ToString());

    [Theory]
    [InlineData("some 40,000 foreign fighters", "foreign fighters")]
    [InlineData("between 15,000 and 17,000 IS militants in Iraq", "IS militants")]
    [InlineData("300 or so hard-core IS fighters who", "hard-core IS fighters")]
    [InlineData("more than 2,500 children associated with", "children")]
    [InlineData("45,000 fighters from 110 countries", "fighters")]
    public void Scan_CountedNoun_IsAttached(string text, string noun) =>
        Assert.Equal(noun, QuantityScanner.Default.Scan(text)[0].Phrase.Noun);

    [Theory]
    [InlineData("some 40,000", HedgeKinds.Approximate, "some")]
    [InlineData("an estimated 10,000 to 15,000 fighters", HedgeKinds.Estimated | HedgeKinds.Range, "an estimated … to")]
    [InlineData("Between 2 and 3 people", HedgeKinds.Range, "Between … and")]
    [InlineData("is estimated to have between £39m-231m", HedgeKinds.Estimated | HedgeKinds.Range, "is estimated to have between … -")]
    [InlineData("more than 5 and up to 9 percent", HedgeKinds.MoreThan | HedgeKinds.UpTo, "more than … and up to")]
    [InlineData("thousands of jihadists", HedgeKinds.Vague, "thousands")]
    [InlineData("up\nto 3,000", HedgeKinds.UpTo, "up to")]
    public void Scan_Hedge_KeepsWordsAsStatedAndWhatTheySay(string text, HedgeKinds kinds, string words)
    {
        var hedge = Single(text).Phrase.Hedge;
        Assert.Equal(kinds, hedge.Kinds);
        Assert.Equal(words, hedge.Text);
    }

    [Fact]
    public void Scan_HedgeOverAList_IsSharedByTheNextBareFigure()
    {
        var found = QuantityScanner.Default.Scan("as upwards of 30,000 civilians and 5,000 fighters, slowly surrendered");
        Assert.Equal(2, found.Length);
        Assert.Equal("5,000 fighters", found[1].Text);
        Assert.Equal("upwards of", found[1].Phrase.Hedge.Text);
        Assert.Equal(RangedValue.MoreThan(5000), found[1].Phrase.Value);
    }

    [Fact]
    public void Scan_HedgeOverAList_IsNotSharedByAFigureWithItsOwnHedge()
    {
        var found = QuantityScanner.Default.Scan("about 1,000 civilians and 300 or so hard-core IS fighters");
        Assert.Equal("or so", found[1].Phrase.Hedge.Text);
    }

    [Fact]
    public void Scan_HedgeOverAList_IsNotSharedByAFigureWithoutNoun()
    {
        var found = QuantityScanner.Default.Scan("up to 30,000 fighters and 200 of which");
        Assert.Equal(Hedge.None, found[1].Phrase.Hedge);
    }

    [Fact]
    public void Scan_EllipticalFigure_CountsWhatItsParallelCounts()
    {
        var found = QuantityScanner.Default.Scan("between 15,000 and 17,000 IS militants in Iraq and between 13,000 and 14,000 in Syria");
        Assert.Equal("between 13,000 and 14,000", found[1].Text);
        Assert.Equal(Unit.Person, found[1].Phrase.Unit);
        Assert.Equal("IS militants", found[1].Phrase.Noun);
    }

    [Theory]
    [InlineData("5 fighters and -5")]
    [InlineData("between 15,000 and 17,000 militants and between -3 and -1")]
    [InlineData("5 fighters and minus 5")]
    public void Scan_EllipticalFigureItsParallelUnitCannotHold_StaysBare(string text)
    {
        var last = QuantityScanner.Default.Scan(text)[^1];
        Assert.Null(last.Phrase.Unit);
        Assert.True(last.Phrase.Value.Lower is { Value: < 0 }, $"expected the bare negative figure, got {last}");
    }

    // Found by the fuzzer: "kilometers" was read as the counted noun of "2 K kilometers", a count of "kilometer" that
    // the formatter writes as "2 kilometers" and the scanner reads back as a length.
    [Theory]
    [InlineData("2 K kilometers")]
    [InlineData("5 K miles")]
    [InlineData("40 new hectares")]
    public void Scan_MeasureWordAfterModifiers_IsNeverACountedNoun(string text) =>
        Assert.DoesNotContain(QuantityScanner.Default.Scan(text), m => m.Phrase.Unit is { Dimension: Dimension.Count });

    // Found by the fuzzer: a multiple whose "as much" ends the text threw on an empty ratio reference.
    [Theory]
    [InlineData(" tripling as much", "ratio")]
    [InlineData("prices doubled as much", "ratio")]
    [InlineData("it tripled the", "ratio")]
    [InlineData("it tripled the population", "ratio:population")]
    public void Scan_MultipleWithoutReference_IsAPlainRatio(string text, string unit) =>
        Assert.Equal(unit, Assert.Single(QuantityScanner.Default.Scan(text)).Phrase.Unit?.Code);

    [Fact]
    public void Scan_SharedHedgeItsPolicyReadsAsNegative_IsNotShared()
    {
        var found = new QuantityScanner(new ShiftingPolicy()).Scan("some 40,000 fighters and 5 civilians");
        Assert.Equal(Hedge.None, found[1].Phrase.Hedge);
        Assert.Equal(RangedValue.Exact(5), found[1].Phrase.Value);
    }

    [Theory]
    [InlineData("Ukraine will receive 24 F-16s by May", "24 F-16s", null, "F-16s")]
    [InlineData("Russia has lost 12 T-72 tanks.", "12 T-72 tanks", "tank", "T-72 tanks")]
    [InlineData("30 BMP-2 vehicles were hit", "30 BMP-2 vehicles", "vehicle", "BMP-2 vehicles")]
    [InlineData("Some 60 Su-25SM jets", "Some 60 Su-25SM jets", "jet", "Su-25SM jets")]
    [InlineData("and two MiG-29s", "two MiG-29s", null, "MiG-29s")]
    [InlineData("14 Leopard 2 tanks", "14 Leopard 2 tanks", "tank", "Leopard 2 tanks")]
    [InlineData("40 Boeing 737 jets", "40 Boeing 737 jets", "jet", "Boeing 737 jets")]
    [InlineData("3 MQ-9 Reaper drones", "3 MQ-9 Reaper drones", "drone", "MQ-9 Reaper drones")]
    [InlineData("They lost 12 A-10 jets.", "12 A-10 jets", "jet", "A-10 jets")]
    public void Scan_CountOfAModel_KeepsTheDesignationInItsNoun(string text, string quote, string? unit, string noun)
    {
        var mention = Single(text);
        Assert.Equal(quote, mention.Text);
        Assert.Equal(unit, mention.Phrase.Unit?.Code);
        Assert.Equal(noun, mention.Phrase.Noun);
    }

    [Theory]
    [InlineData("They sent 300 Marines 2 weeks ago.", "Marines 2")]
    public void Scan_NameAndNumberBeforeNoNoun_IsNoDesignation(string text, string name)
    {
        var found = QuantityScanner.Default.Scan(text);
        Assert.DoesNotContain(found, m => m.Phrase.Noun?.Contains(name, StringComparison.Ordinal) == true);
        Assert.Contains(found, m => m.Text == "300 Marines" && m.Phrase.Unit == Unit.Person);
    }

    [Theory]
    [InlineData("roughly 1.9 million were displaced", "roughly 1.9 million")]
    [InlineData("At least 300 have been killed", "At least 300")]
    [InlineData("dozens were reportedly wounded", "dozens")]
    [InlineData("Thousands fled across the border", "Thousands")]
    [InlineData("12 could have been rescued", "12")]
    [InlineData("In 2014, 45 were executed.", "45")]
    [InlineData("Of the 200 detained, 50 were freed.", "50")]
    [InlineData("9 were critically injured", "9")]
    [InlineData("Another 20,000 are expected to flee.", "20,000")]
    [InlineData("40 were forced to return.", "40")]
    [InlineData("300 are likely to have died.", "300")]
    [InlineData("more than 5,600 had returned to their countries", "more than 5,600")]
    [InlineData("5 die in crash", "5")]
    [InlineData("The death toll rose to 1,234 on Monday.", "1,234")]
    [InlineData("strikes killed 50 people, bringing the toll to more than 34,000.", "more than 34,000")]
    [InlineData("The toll now stands at 500.", "500")]
    [InlineData("A toll of 80 was reported.", "80")]
    [InlineData("The toll, officials said, rose to 300 on Tuesday.", "300")]
    [InlineData("The toll, according to the ministry, rose to 300.", "300")]
    [InlineData("The blast killed 15, officials said.", "15")]
    [InlineData("Soldiers shot and killed 15 of them.", "15")]
    [InlineData("Gunmen stormed the village, killing 12 and wounding 30.", "30")]
    [InlineData("The strike killed at least 20 and injured dozens.", "dozens")]
    [InlineData("Police arrested 200 and detained 50 more.", "50")]
    [InlineData("The army had evacuated 3,000 from the town.", "3,000")]
    [InlineData("The fighting claimed the lives of more than 300.", "more than 300")]
    [InlineData("Casualties were estimated at 400.", "400")]
    [InlineData("The number of dead has climbed to 300.", "300")]
    [InlineData("The UN put the number of refugees at 2.5 million.", "2.5 million")]
    [InlineData("The death toll is now in the hundreds.", "hundreds")]
    [InlineData("The casualty figure is put at between 80 and 100.", "between 80 and 100")]
    [InlineData("The body count rose to 52.", "52")]
    [InlineData("The militia, which numbers 20,000-25,000, controls the city.", "20,000-25,000")]
    [InlineData("The population rose to 3 million.", "3 million")]
    [InlineData("Russian forces numbered about 150,000.", "about 150,000")]
    [InlineData("The force is 10,000 strong.", "10,000 strong")]
    public void Scan_BareFigureOfAPeopleVerbOrAToll_CountsPeople(string text, string quote)
    {
        var mention = QuantityScanner.Default.Scan(text)[^1];
        Assert.Equal(quote, mention.Text);
        Assert.Equal(Unit.Person, mention.Phrase.Unit);
        Assert.Null(mention.Phrase.Noun);
    }

    [Theory]
    [InlineData("300 more people fled.", "300 more people", "people")]
    [InlineData("Three more soldiers died.", "Three more soldiers", "soldiers")]
    [InlineData("Two other soldiers arrived.", "Two other soldiers", "soldiers")]
    [InlineData("a dozen more were wounded", "a dozen", null)]
    public void Scan_CountAddedToAnother_CountsTheSameThings(string text, string quote, string? noun)
    {
        var mention = Single(text);
        Assert.Equal(quote, mention.Text);
        Assert.Equal(Unit.Person, mention.Phrase.Unit);
        Assert.Equal(noun, mention.Phrase.Noun);
    }

    [Theory]
    [InlineData("The number of IDPs has fallen from 6.8 million to 6.5 million.", "6.8 million|6.5 million", "|")]
    [InlineData("The camp population has swollen from 20,000 to 80,000 people.", "20,000|80,000 people", "person|person")]
    [InlineData("The toll climbed from 300 to 450.", "300|450", "person|person")]
    [InlineData("Costs rose from $5m to 9m.", "$5m|9m", "USD|USD")]
    [InlineData("Costs rose from 5 to $9m.", "5|$9m", "|USD")]
    public void Scan_LevelsOfOneChange_AreTwoFiguresOfOneUnit(string text, string quotes, string units)
    {
        var found = QuantityScanner.Default.Scan(text);
        Assert.Equal(quotes, string.Join("|", found.Select(m => m.Text)));
        Assert.Equal(units, string.Join("|", found.Select(m => m.Phrase.Unit?.Code)));
    }

    [Theory]
    [InlineData("300 homes were destroyed", "home")]
    [InlineData("$5 million was spent", "USD")]
    [InlineData("40 percent were displaced", "percent")]
    [InlineData("of whom 3 were later released", null)]
    [InlineData("Police said 7 were not killed", null)]
    [InlineData("5 were taken", null)]
    [InlineData("The road toll is 5 dollars", "USD")]
    [InlineData("He wanted 300 more than anyone", null)]
    [InlineData("The rebels have 300, the army has 1,000.", null)]
    [InlineData("Refugees from 12 arrived.", null)]
    [InlineData("Civilians were 400.", null)]
    [InlineData("The toll, a road charge, rose to 5.", null)]
    [InlineData("The number of attacks rose to 300.", "attack")]
    [InlineData("Prices rose to 300.", null)]
    [InlineData("Refugees in the 12 camps", "camp")]
    [InlineData("The figure rose to 300.", null)]
    [InlineData("Refugees were in the hundreds.", null)]
    [InlineData("The army has 300, the navy 40.", null)]
    [InlineData("The forces of 12 arrived.", null)]
    [InlineData("The vote killed 15 of the bills.", null)]
    public void Scan_FigureOfAnyOtherVerb_KeepsItsOwnUnit(string text, string? unit) =>
        Assert.Equal(unit, QuantityScanner.Default.Scan(text)[^1].Phrase.Unit?.Code);

    [Theory]
    [InlineData("An estimated 3,000-4,000 fighters remain, down from 10,000 a year earlier.", "10,000", "person", "fighters")]
    [InlineData("Revenue was $4bn, up from 3bn in 2017.", "3bn", "USD", null)]
    [InlineData("Unemployment rose to 12 percent from 9.", "9", "percent", null)]
    [InlineData("Some 5,000 troops are deployed, compared with 8,000 last year.", "8,000", "person", "troops")]
    [InlineData("The toll rose to 243 deaths from 200", "200", "person", "deaths")]
    [InlineData("The attack killed 15 people, taking the total to 4,000 this year.", "4,000", "person", "people")]
    [InlineData("Donors pledged $20m more, bringing the tally to 150m.", "150m", "USD", null)]
    public void Scan_FigureComparedWith_TakesTheUnitOfTheFigureComparedToIt(string text, string quote, string unit, string? noun)
    {
        var mention = QuantityScanner.Default.Scan(text).Single(m => m.Text == quote);
        Assert.Equal(unit, mention.Phrase.Unit?.Code);
        Assert.Equal(noun, mention.Phrase.Noun);
    }

    [Theory]
    [InlineData("About 300 people died. From 2015, 20 fled abroad from 9")]
    [InlineData("5,000 troops (up from 8,000)")]
    [InlineData("5,000 troops arrived; up from 8,000")]
    [InlineData("5,000 troops arrived from the north and from 8,000")]
    [InlineData("About 300 people died. The total to 400")]
    public void Scan_FigureNotComparedInTheSameClause_KeepsNoUnit(string text) =>
        Assert.Null(QuantityScanner.Default.Scan(text)[^1].Phrase.Unit);

    [Theory]
    [InlineData("up to 30,000 fighters. As many as 10,000 were at large")]
    [InlineData("some 400 peacekeepers in Syria for a period of time, 200 of which")]
    [InlineData("between 15,000 and 17,000 militants and 5,600 were at large")]
    public void Scan_BareFigureNotParallel_KeepsNoUnit(string text) =>
        Assert.Null(QuantityScanner.Default.Scan(text)[^1].Phrase.Unit);

    [Theory]
    [InlineData("since the caliphate was declared in 2014.")]
    [InlineData("In 2017, the Pentagon offered")]
    [InlineData("on March 12, 2019.")]
    [InlineData("24 Mar 2019")]
    [InlineData("published 22-07-2017 by Rudaw")]
    [InlineData(" date 2019-05-02 HOME")]
    [InlineData("7:25 pm on Sunday")]
    [InlineData("at 10 pm")]
    [InlineData("the 1st battalion and 3rd brigade")]
    [InlineData("This is part one of a four-part series.")]
    [InlineData("the four-star general in charge")]
    [InlineData("in one of the countries")]
    [InlineData("as the two terror groups battle")]
    [InlineData("Pentagon was citing two years ago")]
    [InlineData("flew an F-16 over G7 talks")]
    [InlineData("UN Resolution 2254 calls for talks")]
    [InlineData("+1-222-2222-2222 is a phone number")]
    [InlineData("a 2016 mass shooting in Florida")]
    [InlineData("At one point, we were worried")]
    [InlineData("the 9/11 attacks")]
    [InlineData("a large number of fighters and any number of returnees")]
    [InlineData("Tokyo 2020 was postponed by a year.")]
    [InlineData("2016 was a year of sieges")]
    [InlineData("they spent a fortune on arms")]
    [InlineData("passed by a two-thirds majority")]
    [InlineData("A 12-year-old boy and a man aged 45 were hurt.")]
    [InlineData("an 8-year-old girl, a six-month-old baby and a 70-year-old man")]
    [InlineData("Recruits aged between 18 and 25 were sent north.")]
    [InlineData("people aged over 60 years")]
    [InlineData("a man 60 years of age was arrested")]
    [InlineData("A 7.8-magnitude earthquake struck")]
    [InlineData("Page 3 of the 40-page report")]
    [InlineData("a 3-fold rise")]
    [InlineData("the high cost of a double room")]
    [InlineData("a low turnout and the mid-term vote")]
    [InlineData("a single digit was missing")]
    [InlineData("Boeing 737 crashed.")]
    [InlineData("Version2.5 million was released.")]
    public void Scan_NotAQuantity_FindsNothing(string text) =>
        Assert.Empty(QuantityScanner.Default.Scan(text));

    [Fact]
    public void Scan_InjectedPolicy_DecidesWhatAHedgedNumberMeans()
    {
        var scanner = new QuantityScanner(new TenPercentPolicy());
        Assert.Equal(RangedValue.Between(36_000, 44_000, 40_000), scanner.Scan("some 40,000 fighters")[0].Phrase.Value);
    }

    [Fact]
    public void Scan_NegativeCount_IsNeverAQuantityOfPeople() =>
        Assert.DoesNotContain(QuantityScanner.Default.Scan("minus 5 people, -3 fighters"), m => m.Phrase.Value.Lower is { Value: < 0 });

    [Theory]
    [InlineData("57102381081324354595197176099 decades")]
    [InlineData("between 8 and 9,000,000,000,000,000,000,000,000,000 decades")]
    public void Scan_DecadesBeyondTheDecimalRange_AreNotReadAsYears(string text) =>
        Assert.DoesNotContain(QuantityScanner.Default.Scan(text), m => m.Phrase.Unit == Unit.Duration(TimeUnit.Year));

    [Fact]
    public void Scan_NegativePercent_IsKept() =>
        Assert.Equal("[-9, -9] best -9", Single("a change of -9 percent").Phrase.Value.ToString());

    [Fact]
    public void Scan_Mentions_AreInTextOrderAndNeverOverlap()
    {
        var found = QuantityScanner.Default.Scan("between 2 and 5, 7-9 people, 300 or so, more than 40 and less than 10");
        Assert.Equal(found.OrderBy(m => m.Span.Start), found);
        Assert.All(found.Zip(found.Skip(1)), pair => Assert.True(pair.First.Span.End <= pair.Second.Span.Start));
    }

    /// <summary>A replaceable policy may read a small count as reaching below zero; the scanner must not throw on it.</summary>
    private sealed class ShiftingPolicy : IApproximationPolicy
    {
        public RangedValue Interpret(decimal stated, HedgeKinds hedge) =>
            hedge == HedgeKinds.None ? RangedValue.Exact(stated) : RangedValue.Between(stated - 100, stated + 100, stated);
    }

    private sealed class TenPercentPolicy : IApproximationPolicy
    {
        public RangedValue Interpret(decimal stated, HedgeKinds hedge) =>
            hedge == HedgeKinds.None ? RangedValue.Exact(stated) : RangedValue.Between(stated * 0.9m, stated * 1.1m, stated);
    }
}
