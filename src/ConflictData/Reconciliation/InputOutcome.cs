using System;
using System.Collections.Generic;
using System.Text;
using ConflictData.Utility;

namespace ConflictData.Reconciliation;

/// <summary>What a merge did with one input: its id, its <see cref="InputRole"/> and, when it was left out or superseded, why.</summary>
/// <remarks>This type is immutable and thread-safe, with value equality.</remarks>
public sealed class InputOutcome : IEquatable<InputOutcome>
{
    /// <summary>Creates an outcome.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> or a given <paramref name="reason"/> is blank.</exception>
    public InputOutcome(string id, InputRole role, string? reason = null)
    {
        Id = Preconditions.CheckNotBlank(id, nameof(id));
        Role = role;
        this.reason = reason is null ? null : Preconditions.CheckNotBlank(reason, nameof(reason));
    }

    /// <summary>An outcome whose reason is written when first read: the reconciler gives one to every duplicate.</summary>
    internal InputOutcome(string id, InputRole role, DeferredText reason)
    {
        Id = id;
        Role = role;
        this.reason = reason;
    }

    // The reason as text, or as a DeferredText made only when read.
    private readonly object? reason;

    /// <summary>The input's id.</summary>
    public string Id { get; }

    /// <summary>What the input did.</summary>
    public InputRole Role { get; }

    /// <summary>Why it was left out or superseded, or another remark; null when the role says it all.</summary>
    public string? Reason => reason as string ?? reason?.ToString();

    /// <summary>Whether the input was left out of the result (excluded, superseded or a duplicate).</summary>
    public bool IsDropped => (Role & (InputRole.Excluded | InputRole.Superseded | InputRole.Duplicate)) != 0;

    /// <summary>The role in words, such as "set the lower bound, supplied the best value".</summary>
    public static string Describe(InputRole role)
    {
        if (role == InputRole.None)
        {
            return "considered";
        }
        var words = new List<string>();
        void Add(InputRole flag, string text)
        {
            if ((role & flag) != 0)
            {
                words.Add(text);
            }
        }
        Add(InputRole.SetLower, "set the lower bound");
        Add(InputRole.SetUpper, "set the upper bound");
        Add(InputRole.SuppliedBest, "supplied the best value");
        Add(InputRole.Contributed, "contributed");
        Add(InputRole.Excluded, "excluded");
        Add(InputRole.Superseded, "superseded");
        Add(InputRole.Duplicate, "counted once with another citation");
        Add(InputRole.Part, "summed as a part");
        return string.Join(", ", words);
    }

    /// <summary>The role names in kebab case, as the command line's JSON writes them: "set-lower", "set-upper", "best" ...</summary>
    public static string Code(InputRole role)
    {
        if (role == InputRole.None)
        {
            return "considered";
        }
        var words = new StringBuilder();
        foreach (var (flag, code) in RoleCodes)
        {
            if ((role & flag) != 0)
            {
                words.Append(words.Length == 0 ? "" : " ").Append(code);
            }
        }
        return words.ToString();
    }

    private static readonly (InputRole, string)[] RoleCodes =
    [
        (InputRole.SetLower, "set-lower"), (InputRole.SetUpper, "set-upper"), (InputRole.SuppliedBest, "best"),
        (InputRole.Contributed, "contributed"), (InputRole.Excluded, "excluded"), (InputRole.Superseded, "superseded"),
        (InputRole.Duplicate, "duplicate"), (InputRole.Part, "part"),
    ];

    /// <inheritdoc />
    public bool Equals(InputOutcome? other) =>
        other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && Role == other.Role
        && string.Equals(Reason, other.Reason, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as InputOutcome);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Id), Role);

    /// <summary>Such as "004-guterres: set the lower bound" or "x: excluded (stated low confidence)".</summary>
    public override string ToString() => Reason is null ? $"{Id}: {Describe(Role)}" : $"{Id}: {Describe(Role)} ({Reason})";
}
