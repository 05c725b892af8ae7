<Query Kind="Statements">
  <NuGetReference>ConflictData</NuGetReference>
  <Namespace>ConflictData</Namespace>
  <Namespace>ConflictData.Serialization</Namespace>
</Query>

// Your own estimates, curated in a spreadsheet: write the seed corpus as CSV, edit it, read it back.
// Every problem is reported with its line and column, and a file with a problem yields no estimates.
string csv = EstimateCsv.Serialize(SeedCorpus.Estimates);
var read = EstimateCsv.Deserialize(csv);
read.Dump("Read back");

var edited = csv.Replace(",14000,TRUE,18000,", ",19000,TRUE,18000,");
EstimateCsv.Deserialize(edited).Errors.Dump("A bad edit");

// The same queries work on your estimates as on the corpus.
read.Estimates.OfIndicator(Indicator.Fighters).InPlace(CountryCode.Iraq).OrderByReferenceTime().Dump("Fighters in Iraq");
