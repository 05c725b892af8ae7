namespace ConflictData.Text;

/// <summary>One word, number or symbol of the text, as the date grammar sees it.</summary>
internal readonly struct DateToken
{
    internal DateToken(DateTokenKind kind, int start, int end, DateWord word, int value, bool capitalized, bool abbreviated, bool plural = false)
    {
        Kind = kind;
        Start = start;
        End = end;
        Word = word;
        Value = value;
        Capitalized = capitalized;
        Abbreviated = abbreviated;
        Plural = plural;
    }

    internal DateTokenKind Kind { get; }

    internal int Start { get; }

    internal int End { get; }

    /// <summary>For a <see cref="DateTokenKind.Word"/>, which known word it is.</summary>
    internal DateWord Word { get; }

    /// <summary>
    /// A number's value (-1 when it has more than nine digits), a month's number (1-12), an ISO weekday number,
    /// a number word's value, a <see cref="TimeUnit"/>, or a symbol's character code.
    /// </summary>
    internal int Value { get; }

    /// <summary>Whether a word starts with an upper-case letter, which month and weekday names must in running text.</summary>
    internal bool Capitalized { get; }

    /// <summary>Whether a month name is abbreviated ("Mar"), which is only a month next to a day or a year.</summary>
    internal bool Abbreviated { get; }

    /// <summary>Whether a unit word is plural ("years"), which only a count may precede ("two years ago").</summary>
    internal bool Plural { get; }

    internal int Length => End - Start;

    internal bool Is(DateWord word) => Kind == DateTokenKind.Word && Word == word;

    /// <summary>A unit word ("year", "months"); the reader does not classify the first part of a compound ("year-over-year") as one.</summary>
    internal bool IsUnit => Is(DateWord.Unit);

    /// <summary>A singular unit word ("year"), as "this", "last", "that" and "the" take.</summary>
    internal bool IsSingularUnit => IsUnit && !Plural;

    internal bool IsSymbol(char symbol) => Kind == DateTokenKind.Symbol && Value == symbol;

    /// <summary>A hyphen or en dash, as between the ends of a day range.</summary>
    internal bool IsDash => IsSymbol('-') || IsSymbol('\u2013');

    internal bool IsNumber(int minDigits, int maxDigits) => Kind == DateTokenKind.Number && Length >= minDigits && Length <= maxDigits;

    /// <summary>A count small enough to do date arithmetic with: a number of up to nine digits or a number word.</summary>
    internal bool IsCount => IsNumber(1, 9) || Is(DateWord.NumberWord);
}
