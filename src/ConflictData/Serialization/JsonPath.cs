using System.Text;
using ConflictData.Utility;

namespace ConflictData.Serialization;

/// <summary>
/// Where a reader is in a JSON document (<c>$.estimates[3].quantity</c>), kept as a chain of steps and turned into
/// text only when an error needs it, so reading valid data costs no string building.
/// </summary>
internal sealed class JsonPath
{
    private readonly JsonPath? parent;
    private readonly string? member;
    private readonly int index;

    private JsonPath(JsonPath? parent, string? member, int index)
    {
        this.parent = parent;
        this.member = member;
        this.index = index;
    }

    /// <summary>The document itself, <c>$</c>.</summary>
    internal static JsonPath Root { get; } = new(null, null, -1);

    /// <summary>A member of the object at this path.</summary>
    internal JsonPath Member(string name) => new(this, name, -1);

    /// <summary>An element of the array at this path.</summary>
    internal JsonPath Index(int position) => new(this, null, position);

    public override string ToString()
    {
        var text = new StringBuilder();
        Append(text);
        return text.ToString();
    }

    private void Append(StringBuilder text)
    {
        if (parent is null)
        {
            text.Append('$');
            return;
        }
        parent.Append(text);
        if (member is not null)
        {
            text.Append('.').Append(member);
        }
        else
        {
            text.Append('[').Append(Invariant.Plain(index)).Append(']');
        }
    }
}
