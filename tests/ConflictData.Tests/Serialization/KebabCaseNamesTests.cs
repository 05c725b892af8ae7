using ConflictData.Serialization;

namespace ConflictData.Tests.Serialization;

/// <summary>
/// The JSON enum names come from the C# member names, so renaming a member would silently change the file format;
/// these pin them to the lists in docs/json-format.md.
/// </summary>
public class KebabCaseNamesTests
{
    [Fact]
    public void HedgeKinds_AreTheDocumentedNames() =>
        Assert.Equal("\"approximate\", \"more-than\", \"at-least\", \"up-to\", \"less-than\", \"almost\", \"range\", \"most-likely\", \"estimated\", \"vague\"",
            KebabCaseNames<HedgeKinds>.Allowed);

    [Fact]
    public void ReferenceTimeKinds_AreTheDocumentedNames() =>
        Assert.Equal("\"during\", \"since\", \"as-of\"", KebabCaseNames<ReferenceTimeKind>.Allowed);

    [Fact]
    public void PublicationTimeKinds_AreTheDocumentedNames() =>
        Assert.Equal("\"exact\", \"date\", \"bounded\"", KebabCaseNames<PublicationTimeKind>.Allowed);

    [Fact]
    public void SourceKinds_AreTheDocumentedNames() =>
        Assert.Equal("\"outlet\", \"person\", \"group\", \"organisation\", \"report\"", KebabCaseNames<SourceKind>.Allowed);

    [Fact]
    public void ConfidenceLevels_AreTheDocumentedNames() =>
        Assert.Equal("\"low\", \"moderate\", \"high\"", KebabCaseNames<ConfidenceLevel>.Allowed);

    [Fact]
    public void Flags_ListsSingleFlagsLowestFirst_AndNoneAsNothing()
    {
        Assert.Equal([HedgeKinds.Approximate, HedgeKinds.Estimated], KebabCaseNames<HedgeKinds>.Flags(HedgeKinds.Estimated | HedgeKinds.Approximate));
        Assert.Empty(KebabCaseNames<HedgeKinds>.Flags(HedgeKinds.None));
    }
}
