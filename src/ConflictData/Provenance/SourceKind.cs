namespace ConflictData;

/// <summary>What kind of link a <see cref="Source"/> is in a <see cref="SourceChain"/>.</summary>
public enum SourceKind
{
    /// <summary>A news outlet or publisher: RNZ, VOA, AFP, Rudaw.</summary>
    Outlet,

    /// <summary>A named person: António Guterres, Nicholas Rasmussen.</summary>
    Person,

    /// <summary>An unnamed person or group: "a senior US intelligence official", "U.S. counterterror officials".</summary>
    Group,

    /// <summary>An organisation speaking as itself: the Global Coalition, the US State Department.</summary>
    Organisation,

    /// <summary>A document: the UN Secretary-General's report to the Security Council, Country Reports on Terrorism.</summary>
    Report,
}
