namespace ConflictData.Text;

/// <summary>A date phrase the grammar recognised: its bounds in the text, its rule, how a figure relates to it, and the
/// index of its last token in the token stream, where reading goes on after it.</summary>
internal readonly record struct DateMatch(int Start, int End, DateRule Rule, ReferenceTimeKind Kind, int Last);
