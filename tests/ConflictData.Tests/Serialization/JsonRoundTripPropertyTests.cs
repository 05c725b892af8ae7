using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using ConflictData.Serialization;
using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Serialization;

/// <summary>deserialize(serialize(x)) == x, for whole files and for each type's mapping and converter on its own.</summary>
public class JsonRoundTripPropertyTests
{
    private static readonly Config Cfg = Config.QuickThrowOnFailure.WithMaxTest(300);

    private static readonly Arbitrary<Estimate[]> EstimateLists = ModelGenerators.EstimateList.ToArbitrary();

    [Fact]
    public void EstimatesFile_RoundTrips() =>
        Prop.ForAll(EstimateLists, estimates =>
            EstimateJson.Deserialize(EstimateJson.Serialize(estimates)).SequenceEqual(estimates)).Check(Cfg);

    [Fact]
    public void EstimatesFile_RoundTripsThroughStreams() =>
        Prop.ForAll(EstimateLists, estimates =>
        {
            using var stream = new MemoryStream();
            EstimateJson.Serialize(estimates, stream);
            stream.Position = 0;
            return EstimateJson.Deserialize(stream).SequenceEqual(estimates);
        }).Check(Cfg.WithMaxTest(100));

    [Fact]
    public void EstimatesFile_WritingAgain_GivesTheSameText() =>
        Prop.ForAll(EstimateLists, estimates =>
        {
            string json = EstimateJson.Serialize(estimates);
            return EstimateJson.Serialize(EstimateJson.Deserialize(json)) == json;
        }).Check(Cfg.WithMaxTest(100));

    [Fact]
    public void EstimatesFile_TextIsTheSameUnderEveryCulture() =>
        Prop.ForAll(EstimateLists, estimates => CultureScope.AssertInvariant(() => EstimateJson.Serialize(estimates))).Check(Cfg.WithMaxTest(50));

    [Fact]
    public void EstimatesFile_ReadsTheSameUnderEveryCulture() =>
        Prop.ForAll(EstimateLists, estimates =>
        {
            string json = EstimateJson.Serialize(estimates);
            foreach (string culture in CultureScope.HostileCultures)
            {
                Assert.Equal(estimates, CultureScope.Run(culture, () => EstimateJson.Deserialize(json)).ToArray());
            }
        }).Check(Cfg.WithMaxTest(50));

    [Fact]
    public void Estimate_RoundTrips_AndShrinksWhenItFails() =>
        Prop.ForAll(ModelGenerators.EstimateArbitrary, estimate =>
            Equals(estimate, ViaDto(estimate, EstimateDto.From, Context.EstimateDto, (dto, path) => dto.ToModel(path)))).Check(Cfg);

    [Fact]
    public void Quantity_RoundTrips() =>
        Prop.ForAll(ModelGenerators.Quantity.ToArbitrary(), quantity =>
            Equals(quantity, ViaDto(quantity, QuantityDto.From, Context.QuantityDto, (dto, path) => dto.ToModel(path)))).Check(Cfg);

    [Fact]
    public void RangedValue_RoundTripsAsAPercentQuantity() =>
        Prop.ForAll(ModelGenerators.RangedValueArbitrary(ModelGenerators.RangedValue), value =>
        {
            var quantity = new Quantity(value, Unit.Percent);
            return Equals(value, ViaDto(quantity, QuantityDto.From, Context.QuantityDto, (dto, path) => dto.ToModel(path)).Value);
        }).Check(Cfg);

    [Fact]
    public void Unit_RoundTripsInAQuantity() =>
        Prop.ForAll(ModelGenerators.Unit.ToArbitrary(), unit =>
        {
            var read = ViaDto(Quantity.Exact(1, unit), QuantityDto.From, Context.QuantityDto, (dto, path) => dto.ToModel(path)).Unit;
            return read == unit && read.Dimension == unit.Dimension && read.Currency == unit.Currency && read.Period == unit.Period;
        }).Check(Cfg);

    [Fact]
    public void Hedge_RoundTrips() =>
        Prop.ForAll(ModelGenerators.Hedge.ToArbitrary(), hedge =>
            Equals(hedge, ViaDto(hedge, HedgeDto.From, Context.HedgeDto, (dto, path) => dto.ToModel(path)))).Check(Cfg);

    [Fact]
    public void Measurand_RoundTrips() =>
        Prop.ForAll(ModelGenerators.Measurand.ToArbitrary(), measurand =>
            Equals(measurand, ViaDto(measurand, MeasurandDto.From, Context.MeasurandDto, (dto, path) => dto.ToModel(path)))).Check(Cfg);

    [Fact]
    public void ReferenceTime_RoundTrips() =>
        Prop.ForAll(ModelGenerators.ReferenceTime.ToArbitrary(), time =>
            Equals(time, ViaDto(time, ReferenceTimeDto.From, Context.ReferenceTimeDto, (dto, path) => dto.ToModel(path)))).Check(Cfg);

    [Fact]
    public void PublicationTime_RoundTrips() =>
        Prop.ForAll(ModelGenerators.PublicationTime.ToArbitrary(), time =>
            Equals(time, ViaDto(time, PublicationTimeDto.FromModel, Context.PublicationTimeDto, (dto, path) => dto.ToModel(path)))).Check(Cfg);

    [Fact]
    public void Source_RoundTrips() =>
        Prop.ForAll(ModelGenerators.Source.ToArbitrary(), source =>
            Equals(source, ViaDto(source, SourceDto.From, Context.SourceDto, (dto, path) => dto.ToModel(path)))).Check(Cfg);

    [Fact]
    public void SourceChain_RoundTripsInAnEstimate() =>
        Prop.ForAll(ModelGenerators.SourceChain.ToArbitrary(), chain =>
        {
            var estimate = new Estimate("chain", Quantity.Exact(1, Unit.Person), new Measurand(Indicator.Fighters), sources: [chain]);
            return Equals(chain, Assert.Single(EstimateJson.Deserialize(EstimateJson.Serialize([estimate]))).Sources.Single());
        }).Check(Cfg);

    [Fact]
    public void Evidence_RoundTrips() =>
        Prop.ForAll(ModelGenerators.Evidence.ToArbitrary(), evidence =>
            Equals(evidence, ViaDto(evidence, EvidenceDto.From, Context.EvidenceDto, (dto, path) => dto.ToModel(path)))).Check(Cfg);

    [Fact]
    public void StatedConfidence_RoundTrips() =>
        Prop.ForAll(ModelGenerators.StatedConfidence.ToArbitrary(), confidence =>
            Equals(confidence, ViaDto(confidence, ConfidenceDto.From, Context.ConfidenceDto, (dto, path) => dto.ToModel(path)))).Check(Cfg);

    [Fact]
    public void ReliabilityGrade_RoundTripsInAnEstimate() =>
        Prop.ForAll(ModelGenerators.ReliabilityGrade.ToArbitrary(), grade =>
        {
            var estimate = new Estimate("graded", Quantity.Exact(1, Unit.Person), new Measurand(Indicator.Fighters), reliability: grade);
            return Assert.Single(EstimateJson.Deserialize(EstimateJson.Serialize([estimate]))).Reliability == grade;
        }).Check(Cfg.WithMaxTest(100));

    [Fact]
    public void LocalDateConverter_RoundTrips() =>
        Prop.ForAll(ModelGenerators.LocalDate.ToArbitrary(), date => ViaConverter(new LocalDateJsonConverter(), date) == date).Check(Cfg);

    [Fact]
    public void ZonedDateTimeConverter_RoundTripsZoneAndOffset() =>
        Prop.ForAll(ModelGenerators.ZonedDateTime.ToArbitrary(), time =>
        {
            var read = ViaConverter(new ZonedDateTimeJsonConverter(), time);
            return read == time && read.Zone.Id == time.Zone.Id && read.Offset == time.Offset;
        }).Check(Cfg);

    [Fact]
    public void DateRangeConverter_RoundTripsPrecision() =>
        Prop.ForAll(ModelGenerators.DateRange.ToArbitrary(), range => Equals(ViaConverter(new DateRangeJsonConverter(), range), range)).Check(Cfg);

    [Fact]
    public void DocumentMetadata_RoundTripsThroughTheCorpusFile() =>
        Prop.ForAll(ModelGenerators.Document.ToArbitrary(), document =>
        {
            var published = document.Published ?? PublicationTime.OnDate(new NodaTime.LocalDate(2019, 3, 24));
            var metadata = new CorpusFileDocument(document.Id, "document.txt", "RNZ", "A title", "en", published,
                [new CorpusFileNonBodySpan(new TextSpan(0, 1), "photo-caption")]);
            var read = Assert.Single(CorpusFileReader.Read(CorpusFileReader.Write(new CorpusFile([metadata], [], []))).Documents);
            return read with { NonBody = [] } == metadata with { NonBody = [] } && read.NonBody.SequenceEqual(metadata.NonBody);
        }).Check(Cfg.WithMaxTest(100));

    private static ConflictDataJsonContext Context => JsonFormat.Context;

    private static TModel ViaDto<TModel, TDto>(TModel model, Func<TModel, TDto> toDto, JsonTypeInfo<TDto> typeInfo, Func<TDto, JsonPath, TModel> toModel)
    {
        string json = JsonSerializer.Serialize(toDto(model), typeInfo);
        return toModel(JsonSerializer.Deserialize(json, typeInfo)!, JsonPath.Root);
    }

    private static T ViaConverter<T>(JsonConverter<T> converter, T value)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, value, Context.Options);
        }
        var reader = new Utf8JsonReader(buffer.ToArray());
        reader.Read();
        return converter.Read(ref reader, typeof(T), Context.Options)!;
    }
}
