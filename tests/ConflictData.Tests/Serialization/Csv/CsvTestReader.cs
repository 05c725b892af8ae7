using System.Collections.Generic;
using System.Text;

namespace ConflictData.Tests.Serialization.Csv;

/// <summary>
/// An independent, minimal RFC 4180 reader for the tests, so the writer is checked against the standard rather than
/// against the library's own reader.
/// </summary>
internal static class CsvTestReader
{
    internal static List<string[]> Records(string csv)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < csv.Length; i++)
        {
            char c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else { field.Append(c); }
        }
        return records;
    }
}
