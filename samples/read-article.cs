// Reads hedged figures and dates out of an English article given as an argument, resolving relative dates against
// the publication date (the second argument, yyyy-MM-dd; today when left out).
// Run from the repository root:  dotnet run samples/read-article.cs -- seeds/004_21cca053a9288443.txt 2019-03-24
#:project ../src/ConflictData/ConflictData.csproj
#:property PublishAot=false

using System;
using System.IO;
using ConflictData;
using ConflictData.Text;
using NodaTime;
using NodaTime.Text;

if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: dotnet run samples/read-article.cs -- ARTICLE.txt [yyyy-MM-dd]");
    return 2;
}
var published = args.Length == 2
    ? LocalDatePattern.Iso.Parse(args[1]).GetValueOrThrow()
    : SystemClock.Instance.GetCurrentInstant().InUtc().Date;
var article = new Document(new DocumentId("article"), File.ReadAllText(args[0]), PublicationTime.OnDate(published));
var found = TextExtractor.Default.Extract(article);
Console.WriteLine($"{found.Quantities.Length} figures, {found.Dates.Length} dates");
foreach (var mention in found.Quantities)
{
    Console.WriteLine($"  {mention.Span,-14} {mention.Text,-40} → {mention.Phrase.Value} {mention.Phrase.Unit?.Code}");
}
foreach (var date in found.Dates)
{
    Console.WriteLine($"  {date.Span,-14} {date.Text,-40} → {date.Resolution}");
}
return 0;
