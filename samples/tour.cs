// A tour of the embedded seed corpus: the articles, how many figures each holds, and a few figures with their sources.
// Run from the repository root:  dotnet run samples/tour.cs
#:project ../src/ConflictData/ConflictData.csproj
#:property PublishAot=false

using System;
using System.Linq;
using ConflictData;

var corpus = SeedCorpus.Load();
Console.WriteLine($"{corpus.Documents.Length} articles, {corpus.Estimates.Length} estimates");
foreach (var document in corpus.Documents)
{
    Console.WriteLine($"  {document.Outlet,-6} {document.Published,-44} {corpus.GetEstimates(document.Id).Length,3} figures  {document.Title}");
}

Console.WriteLine("Money, in any currency:");
foreach (var estimate in corpus.Estimates.OfDimension(Dimension.Money).OrderByPublicationTime())
{
    Console.WriteLine($"  {estimate,-40} {estimate.Measurand.Indicator,-10} from {estimate.Sources[0].Origin.Name}");
}
