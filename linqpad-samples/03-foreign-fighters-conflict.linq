<Query Kind="Statements">
  <NuGetReference>ConflictData</NuGetReference>
  <Namespace>ConflictData</Namespace>
</Query>

// "More than 45,000" foreign fighters (US officials via VOA, 2019) and "up to 40,000" (RNZ, 2019) cannot both be
// right: the first range lies wholly above the second.
var corpus = SeedCorpus.Load();
var travelled = corpus.Estimates.OfIndicator(new Indicator("foreign-fighters-travelled")).OrderByPublicationTime().ToList();
travelled.Dump("Foreign fighters who travelled");

var moreThan = travelled.Single(e => e.Quantity.Value.Lower is { IsInclusive: false, Value: 45_000 });
var upTo = travelled.Single(e => e.Quantity.Value.Upper is { Value: 40_000 });
new { MoreThan = moreThan.ToString(), UpTo = upTo.ToString(), Overlap = moreThan.Quantity.Overlaps(upTo.Quantity) }.Dump("Do they agree?");
