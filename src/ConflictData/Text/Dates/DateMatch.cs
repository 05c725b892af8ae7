namespace ConflictData.Text;

/// <summary>A date phrase the grammar recognised: its bounds in the text, its rule, and how a figure relates to it.</summary>
internal readonly record struct DateMatch(int Start, int End, DateRule Rule, ReferenceTimeKind Kind);
