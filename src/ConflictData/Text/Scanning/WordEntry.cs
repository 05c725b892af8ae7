namespace ConflictData.Text.Scanning;

/// <summary>What one word is to each grammar, as the <see cref="WordTable"/> classifies it once for all of them.</summary>
/// <param name="Class">What the word can do in a quantity phrase.</param>
/// <param name="Date">Which word of the date grammar it is, or <see cref="DateWord.None"/>.</param>
/// <param name="Value">For a date word: a month's number (1–12), an ISO weekday number, a number word's value, a
/// <see cref="TimeUnit"/>, an ordinal, a season's <see cref="NamedPeriod"/>, a day offset ("yesterday" −1).</param>
/// <param name="Form">How the word is written and inflected.</param>
/// <param name="Estimative">Whether an entry of the likelihood scanner's vocabulary starts with the word ("likely", "almost",
/// "may"; see <c>EstimativeLexicon</c>), compared ignoring case as that vocabulary compares.</param>
internal readonly record struct WordEntry(WordClass Class, DateWord Date, sbyte Value, WordForm Form, bool Estimative = false)
{
    /// <summary>A date word and its value, as <see cref="DateLexicon"/> lists it.</summary>
    internal static WordEntry ForDate(DateWord date, int value = 0, WordForm form = WordForm.None) => new(WordClass.None, date, (sbyte)value, form);
}
