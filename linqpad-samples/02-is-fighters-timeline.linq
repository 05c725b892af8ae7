<Query Kind="Statements">
  <NuGetReference>ConflictData</NuGetReference>
  <Namespace>ConflictData</Namespace>
  <Namespace>NodaTime</Namespace>
</Query>

// Every estimate of IS fighters in Syria — a figure for Iraq and Syria together counts, because it covers Syria —
// in the order of the time it is about.
var fighters = SeedCorpus.Estimates
    .OfIndicator(Indicator.Fighters)
    .InPlace(CountryCode.Syria)
    .OrderByReferenceTime();
fighters.Dump("IS fighters in Syria (alone or with Iraq)");

// What was known of the foreign fighters who travelled, on 1 January 2018: the 2019 figures were not yet published.
SeedCorpus.Estimates.OfIndicator(new Indicator("foreign-fighters-travelled")).KnownOn(new LocalDate(2018, 1, 1)).Dump("Known on 2018-01-01");
