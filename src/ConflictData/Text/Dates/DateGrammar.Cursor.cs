using System.Runtime.CompilerServices;
using ConflictData.Text.Scanning;

namespace ConflictData.Text;

internal sealed partial class DateGrammar
{
    /// <summary>
    /// A place in the shared <see cref="TokenStream"/>: a token, its index (so the grammar can step on from it), and
    /// what the grammar reads off it — the word's date meaning as the <see cref="WordTable"/> classified it, a
    /// number's value, whether a word is capitalised. The default is no token: the end of the text, or a gap too wide
    /// to sit inside one date phrase.
    /// </summary>
    /// <remarks>A cursor may stand for part of a token: the month of "mid-March" or the digits of "FY2018" and "Q3",
    /// which the lexer reads as one word; it then has the whole token's index, so the next token is the same.</remarks>
    internal readonly struct Cursor
    {
        private readonly Token token;

        internal Cursor(int index, in Token token, int value, bool capitalized)
        {
            Index = index;
            this.token = token;
            Value = value;
            Capitalized = capitalized;
            Exists = true;
        }

        internal bool Exists { get; }

        internal int Index { get; }

        /// <summary>The token's kind, or null for no token.</summary>
        internal TokenKind? Kind
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => Exists ? token.Kind : null;
        }

        internal int Start => token.Start;

        /// <summary>Where a phrase that ends with this token ends: before a possessive "'s" ("last year's").</summary>
        internal int End => (token.Form & WordForm.Possessive) != 0 ? token.End - 2 : token.End;

        /// <summary>The end of the whole token, where the white space to the next one starts.</summary>
        internal int TokenEnd => token.End;

        internal int Length => token.Length;

        internal bool SpaceBefore => token.SpaceBefore;

        /// <summary>For a word, which word of the date grammar it is.</summary>
        /// <remarks>The grammar asks this of nearly every cursor: the kind is tested without the nullable
        /// <see cref="Kind"/>, and inlined (a profile of the Native AOT tool showed it called).</remarks>
        internal DateWord Word
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => Exists && token.Kind == TokenKind.Word ? token.DateWord : DateWord.None;
        }

        internal WordForm Form => token.Form;

        internal NumeralShape Shape => token.Shape;

        /// <summary>
        /// A number's value (-1 when it has more than nine digits or is not plain digits), a word's
        /// <see cref="Token.Value"/>, or a symbol's character code.
        /// </summary>
        internal int Value { get; }

        /// <summary>Whether a word starts with an upper-case letter, which month and weekday names must in running text.</summary>
        internal bool Capitalized { get; }

        /// <summary>Whether a month name is abbreviated ("Mar"), which is only a month next to a day or a year.</summary>
        internal bool Abbreviated => (token.Form & WordForm.Abbreviated) != 0;

        /// <summary>Whether a unit word is plural ("years"), which only a count may precede ("two years ago").</summary>
        internal bool Plural => (token.Form & WordForm.Plural) != 0;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal bool Is(DateWord word) => Word == word;

        /// <summary>A unit word ("year", "months"); the first part of a compound ("year-over-year") is none.</summary>
        internal bool IsUnit => Is(DateWord.Unit);

        /// <summary>A singular unit word ("year"), as "this", "last", "that" and "the" take.</summary>
        internal bool IsSingularUnit => IsUnit && !Plural;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal bool IsSymbol(char symbol) => Exists && token.Kind == TokenKind.Symbol && Value == symbol;

        /// <summary>A hyphen or en dash, as between the ends of a day range.</summary>
        internal bool IsDash => IsSymbol('-') || IsSymbol('\u2013');

        /// <summary>Plain digits, from <paramref name="minDigits"/> to <paramref name="maxDigits"/> of them.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        internal bool IsNumber(int minDigits, int maxDigits) =>
            Exists && token.Kind == TokenKind.Number && token.Shape == NumeralShape.Plain && Length >= minDigits && Length <= maxDigits;

        /// <summary>A count small enough to do date arithmetic with: a number of up to nine digits or a number word.</summary>
        internal bool IsCount => IsNumber(1, 9) || Is(DateWord.NumberWord);
    }
}
