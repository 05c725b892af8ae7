using System.Linq;
using ConflictData.Tests.Generators;
using ConflictData.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;

namespace ConflictData.Tests.Provenance;

public class DocumentIdInvariantTests
{
    private static readonly Config Cfg = Config.QuickThrowOnFailure.WithMaxTest(1000);

    /// <summary>1 to 200 ASCII letters, digits, '_', '-' or '.'.</summary>
    internal static bool Holds(DocumentId id) =>
        id.Value.Length is >= 1 and <= 200 && id.Value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');

    [Fact]
    public void EveryGeneratedValue_SatisfiesTheInvariants() =>
        Prop.ForAll(ModelGenerators.DocumentId.ToArbitrary(), Holds).Check(Cfg);

    [Fact]
    public void RandomText_IsRejectedOrValid() =>
        Prop.ForAll(RawInputGenerators.Text.ToArbitrary(), text =>
            ConstructorProperty.AcceptsExactly(DocumentId.IsValid(text), () => new DocumentId(text!), id => id.Value == text && Holds(id))).Check(Cfg);
}
