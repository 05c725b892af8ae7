// Competing estimates of IS fighters in Iraq and Syria, from the embedded seed corpus.
// Run from the repository root:  dotnet run samples/competing-estimates.cs
// From an app or script outside the repository, reference the package instead:  #:package ConflictData@0.1.0
#:project ../src/ConflictData/ConflictData.csproj
#:property PublishAot=false

using System;
using System.Linq;
using ConflictData;

var corpus = SeedCorpus.Load();

var fighters = corpus.Estimates
    .Where(e => e.Measurand.Indicator == Indicator.Fighters)
    .Where(e => e.Measurand.Places.Contains(CountryCode.Iraq) || e.Measurand.Places.Contains(CountryCode.Syria))
    .OrderBy(e => e.ReferenceTime?.From);

foreach (var estimate in fighters)
{
    string places = string.Join("+", estimate.Measurand.Places);
    Console.WriteLine($"{estimate.ReferenceTime,-28} {places,-6} {estimate,-45} {estimate.Sources[0].Origin.Name}");
}

// The Coalition's July 2018 figures were given per country; their sum is the comparable total.
var iraq = corpus.GetEstimate("004-coalition-iraq-2018").Quantity;
var syria = corpus.GetEstimate("004-coalition-syria-2018").Quantity;
Console.WriteLine($"July 2018, Iraq + Syria: {iraq.Add(syria)}");
