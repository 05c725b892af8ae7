using System;
using System.Globalization;

namespace ConflictData.Tests.Infrastructure;

/// <summary>
/// Runs code under a given current culture and restores the previous one, so tests can prove culture invariance
/// (de-DE swaps "." and ","; tr-TR maps "i" to "İ" in upper case).
/// </summary>
internal static class CultureScope
{
    /// <summary>The cultures every culture-sensitive test is run under, besides the invariant culture.</summary>
    internal static readonly string[] HostileCultures = ["de-DE", "tr-TR", "ar-SA", "fr-FR"];

    internal static T Run<T>(string cultureName, Func<T> body)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var culture = CultureInfo.GetCultureInfo(cultureName);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return body();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }

    /// <summary>Asserts <paramref name="body"/> gives the same result under every hostile culture as under the invariant one.</summary>
    internal static void AssertInvariant<T>(Func<T> body)
    {
        T expected = Run(CultureInfo.InvariantCulture.Name, body);
        foreach (string name in HostileCultures)
        {
            Assert.Equal(expected, Run(name, body));
        }
    }
}
