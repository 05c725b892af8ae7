// The foreign-fighter conflict explained: "more than 45,000" (US officials, 2019) and "up to 40,000" (RNZ, 2019)
// cannot both be right. Reconciliation groups them, finds the conflict and explains every result.
// Run from the repository root:  dotnet run samples/foreign-fighters-conflict.cs
#:project ../src/ConflictData/ConflictData.csproj
#:property PublishAot=false

using System;
using System.Linq;
using ConflictData;

var travelled = SeedCorpus.Estimates.OfIndicator(new Indicator("foreign-fighters-travelled")).InPlace(CountryCode.Syria);
foreach (var estimate in travelled.OrderByPublicationTime())
{
    Console.WriteLine($"{estimate.Published,-44} {estimate,-42} {estimate.Sources[0].Origin.Name}");
}

var report = travelled.Reconcile();
foreach (var diagnostic in report.Diagnostics.Where(d => d.Id == "CD0001"))
{
    Console.WriteLine(diagnostic);
}
foreach (var group in report.Groups.Where(g => g.HasConflict))
{
    Console.WriteLine(group.Explain());
}
