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
using FsCheck.Xunit;

namespace ConflictData.Tests.Serialization;

/// <summary>deserialize(serialize(x)) == x, for whole files and for each type's mapping and converter on its own.</summary>
[Properties(Arbitrary = new[] { typeof(EstimateArbitraries), typeof(QuantityArbitraries), typeof(MeasurementArbitraries),
    typeof(TimeArbitraries), typeof(ProvenanceArbitraries), typeof(JudgementArbitraries), typeof(DocumentArbitraries) }, MaxTest = 300)]
public class JsonRoundTripPropertyTests
{
    [Property]
    public bool EstimatesFile_RoundTrips(Estimate[] estimates) =>
        EstimateJson.Deserialize(EstimateJson.Serialize(estimates)).SequenceEqual(estimates);

    [Property(MaxTest = 100)]
    public bool EstimatesFile_RoundTripsThroughStreams(Estimate[] estimates)
    {
        using var stream = new MemoryStream();
        EstimateJson.Serialize(estimates, stream);
        stream.Position = 0;
        return EstimateJson.Deserialize(stream).SequenceEqual(estimates);
    }

    [Property(MaxTest = 100)]
    public bool EstimatesFile_WritingAgain_GivesTheSameText(Estimate[] estimates)
    {
        string json = EstimateJson.Serialize(estimates);
        return EstimateJson.Serialize(EstimateJson.Deserialize(json)) == json;
    }

    [Property(MaxTest = 50)]
    public void EstimatesFile_TextIsTheSameUnderEveryCulture(Estimate[] estimates) =>
        CultureScope.AssertInvariant(() => EstimateJson.Serialize(estimates));

    [Property(MaxTest = 50)]
    public void EstimatesFile_ReadsTheSameUnderEveryCulture(Estimate[] estimates)
    {
        string json = EstimateJson.Serialize(estimates);
        foreach (string culture in CultureScope.HostileCultures)
        {
            Assert.Equal(estimates, CultureScope.Run(culture, () => EstimateJson.Deserialize(json)).ToArray());
        }
    }

    [Property]
    public bool Estimate_RoundTrips_AndShrinksWhenItFails(Estimate estimate) =>
        Equals(estimate, ViaDto(estimate, EstimateDto.From, Context.EstimateDto, (dto, path) => dto.ToModel(path)));

    [Property]
    public bool Quantity_RoundTrips(Quantity quantity) =>
        Equals(quantity, ViaDto(quantity, QuantityDto.From, Context.QuantityDto, (dto, path) => dto.ToModel(path)));

    [Property]
    public bool RangedValue_RoundTripsAsAPercentQuantity(RangedValue value)
    {
        var quantity = new Quantity(value, Unit.Percent);
        return Equals(value, ViaDto(quantity, QuantityDto.From, Context.QuantityDto, (dto, path) => dto.ToModel(path)).Value);
    }

    [Property]
    public bool Unit_RoundTripsInAQuantity(Unit unit)
    {
        var read = ViaDto(Quantity.Exact(1, unit), QuantityDto.From, Context.QuantityDto, (dto, path) => dto.ToModel(path)).Unit;
        return read == unit && read.Dimension == unit.Dimension && read.Currency == unit.Currency && read.Period == unit.Period;
    }

    [Property]
    public bool Hedge_RoundTrips(Hedge hedge) =>
        Equals(hedge, ViaDto(hedge, HedgeDto.From, Context.HedgeDto, (dto, path) => dto.ToModel(path)));

    [Property]
    public bool Measurand_RoundTrips(Measurand measurand) =>
        Equals(measurand, ViaDto(measurand, MeasurandDto.From, Context.MeasurandDto, (dto, path) => dto.ToModel(path)));

    [Property]
    public bool ReferenceTime_RoundTrips(ReferenceTime time) =>
        Equals(time, ViaDto(time, ReferenceTimeDto.From, Context.ReferenceTimeDto, (dto, path) => dto.ToModel(path)));

    [Property]
    public bool PublicationTime_RoundTrips(PublicationTime time) =>
        Equals(time, ViaDto(time, PublicationTimeDto.FromModel, Context.PublicationTimeDto, (dto, path) => dto.ToModel(path)));

    [Property]
    public bool Source_RoundTrips(Source source) =>
        Equals(source, ViaDto(source, SourceDto.From, Context.SourceDto, (dto, path) => dto.ToModel(path)));

    [Property]
    public bool SourceChain_RoundTripsInAnEstimate(SourceChain chain)
    {
        var estimate = new Estimate("chain", Quantity.Exact(1, Unit.Person), new Measurand(Indicator.Fighters), sources: [chain]);
        return Equals(chain, Assert.Single(EstimateJson.Deserialize(EstimateJson.Serialize([estimate]))).Sources.Single());
    }

    [Property]
    public bool Evidence_RoundTrips(Evidence evidence) =>
        Equals(evidence, ViaDto(evidence, EvidenceDto.From, Context.EvidenceDto, (dto, path) => dto.ToModel(path)));

    [Property]
    public bool StatedConfidence_RoundTrips(StatedConfidence confidence) =>
        Equals(confidence, ViaDto(confidence, ConfidenceDto.From, Context.ConfidenceDto, (dto, path) => dto.ToModel(path)));

    [Property(MaxTest = 100)]
    public bool ReliabilityGrade_RoundTripsInAnEstimate(ReliabilityGrade grade)
    {
        var estimate = new Estimate("graded", Quantity.Exact(1, Unit.Person), new Measurand(Indicator.Fighters), reliability: grade);
        return Assert.Single(EstimateJson.Deserialize(EstimateJson.Serialize([estimate]))).Reliability == grade;
    }

    [Property]
    public bool LocalDateConverter_RoundTrips(NodaTime.LocalDate date) =>
        ViaConverter(new LocalDateJsonConverter(), date) == date;

    [Property]
    public bool ZonedDateTimeConverter_RoundTripsZoneAndOffset(NodaTime.ZonedDateTime time)
    {
        var read = ViaConverter(new ZonedDateTimeJsonConverter(), time);
        return read == time && read.Zone.Id == time.Zone.Id && read.Offset == time.Offset;
    }

    [Property]
    public bool DateRangeConverter_RoundTripsPrecision(DateRange range) =>
        Equals(ViaConverter(new DateRangeJsonConverter(), range), range);

    [Property(MaxTest = 100)]
    public bool DocumentMetadata_RoundTripsThroughTheCorpusFile(Document document)
    {
        // The corpus file requires what a document may leave out; the generated document supplies the rest.
        var complete = new Document(document.Id, document.Text, document.Published ?? PublicationTime.OnDate(new NodaTime.LocalDate(2019, 3, 24)),
            document.Title ?? "A title", document.Outlet ?? "RNZ", document.Language ?? "en", document.NonBody);
        var entry = new CorpusFileDocument("document.txt", complete);
        string json = CorpusFileReader.Write(new CorpusFile([entry], [], []));
        var read = Assert.Single(CorpusFileReader.Read(json, file => file == "document.txt" ? new System.IO.MemoryStream(System.Text.Encoding.UTF8.GetBytes(document.Text)) : null).Documents);
        return read == entry;
    }

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
