namespace ConflictData.Text;

/// <summary>A season or a named day that recurs every year: what "last summer" or "during Ramadan" names.</summary>
internal enum NamedPeriod : byte
{
    None,
    Spring,
    Summer,
    Autumn,
    Winter,
    NewYearsEve,
    NewYearsDay,
    ChristmasEve,
    Christmas,
    BoxingDay,
    Easter,
    GoodFriday,
    Thanksgiving,
    ArmisticeDay,
    Halloween,
    ValentinesDay,
    Ramadan,
    EidAlFitr,
    EidAlAdha,
}
