<Query Kind="Statements">
  <NuGetReference>ConflictData</NuGetReference>
  <Namespace>ConflictData</Namespace>
</Query>

// The five curated articles and every figure in them, embedded in the package.
var corpus = SeedCorpus.Load();
corpus.Documents.Dump("Documents");

// Each estimate dumps compactly: the figure as said, its range and unit, the hedge, what it measures, when, who.
corpus.Estimates.Take(5).Dump("First estimates");

corpus.Estimates
    .GroupBy(e => e.Measurand.Indicator.Code)
    .Select(g => new { Indicator = g.Key, Estimates = g.Count() })
    .OrderByDescending(x => x.Estimates)
    .Dump("Estimates per indicator");
