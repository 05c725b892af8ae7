using System.Collections.Generic;
using System.IO;
using System.Text;

namespace ConflictData.Serialization;

/// <summary>
/// Reads RFC 4180 records from text in one forward pass: fields separated by commas, records by CRLF or LF, fields with
/// commas, quotes or line breaks enclosed in double quotes with inner quotes doubled. Each field keeps the 1-based line
/// it starts on, so every later error can say where it is.
/// </summary>
internal sealed class CsvRecordReader
{
    private readonly TextReader text;
    private int line = 1;
    private int pending = -1;

    internal CsvRecordReader(TextReader text) => this.text = text;

    /// <summary>
    /// Reads the next record. Returns <c>false</c> at the end of the text. A record that breaks the quoting rules is
    /// returned with <paramref name="error"/> set and the rest of its physical line skipped, so reading can go on.
    /// </summary>
    internal bool TryRead(out CsvRecord record, out CsvError? error)
    {
        error = null;
        int first = Peek();
        if (first < 0)
        {
            record = default;
            return false;
        }
        int startLine = line;
        var fields = new List<CsvField>();
        var field = new StringBuilder();
        while (true)
        {
            int fieldLine = line;
            int column = fields.Count + 1;
            field.Clear();
            int c = Read();
            if (c == '"')
            {
                // A quoted field runs to the next quote that is not doubled.
                while (true)
                {
                    c = Read();
                    if (c < 0)
                    {
                        error = new CsvError(fieldLine, column, null, "a quoted field is not closed before the end of the file; close it with \".");
                        fields.Add(new CsvField(field.ToString(), fieldLine));
                        record = new CsvRecord(startLine, fields);
                        return true;
                    }
                    if (c == '"')
                    {
                        if (Peek() == '"')
                        {
                            Read();
                            field.Append('"');
                            continue;
                        }
                        break;
                    }
                    field.Append((char)c);
                }
                c = Read();
                if (c is not (',' or '\n' or '\r' or -1))
                {
                    error = new CsvError(fieldLine, column, null,
                        "a quoted field is followed by text before the next comma; a quote inside a quoted field is written as \"\".");
                    SkipLine(c);
                    fields.Add(new CsvField(field.ToString(), fieldLine));
                    record = new CsvRecord(startLine, fields);
                    return true;
                }
            }
            else
            {
                while (c is not (',' or '\n' or '\r' or -1))
                {
                    if (c == '"')
                    {
                        error = new CsvError(fieldLine, column, null,
                            "a quote inside an unquoted field; enclose the whole field in quotes and double the inner quote (\"\").");
                        SkipLine(c);
                        fields.Add(new CsvField(field.ToString(), fieldLine));
                        record = new CsvRecord(startLine, fields);
                        return true;
                    }
                    field.Append((char)c);
                    c = Read();
                }
            }
            fields.Add(new CsvField(field.ToString(), fieldLine));
            if (c == ',')
            {
                continue;
            }
            EndLine(c);
            record = new CsvRecord(startLine, fields);
            return true;
        }
    }

    private void SkipLine(int c)
    {
        while (c is not ('\n' or '\r' or -1))
        {
            c = Read();
        }
        EndLine(c);
    }

    // CRLF and a lone LF (or CR) each end a record.
    private void EndLine(int c)
    {
        if (c == '\r' && Peek() == '\n')
        {
            Read();
        }
    }

    private int Peek()
    {
        if (pending < 0)
        {
            pending = text.Read();
        }
        return pending;
    }

    // Counts lines as it goes: a CR, an LF or a CRLF is one line break wherever it stands, inside quotes too.
    private int Read()
    {
        int c = pending >= 0 ? pending : text.Read();
        pending = -1;
        if (c == '\n' || (c == '\r' && Peek() != '\n'))
        {
            line++;
        }
        return c;
    }
}
