using System;
using System.IO;
using Spectre.Console;
using SpectreText = Spectre.Console.Text;

namespace ConflictData.Cli;

/// <summary>
/// Tables for people, laid out by Spectre.Console: columns sized to their content within the console's width, long
/// cells of wrapping columns continued on the next line, and no trailing spaces.
/// </summary>
/// <remarks>
/// Cell text goes through <see cref="TerminalText.OneLine"/> and is never read as Spectre markup, so a quote holding
/// "[" or an escape character prints as itself. No colour or cursor codes are written, so piped output is plain text,
/// laid out in <see cref="ToolConsole.PipedWidth"/> columns; on a terminal the table takes the terminal's width.
/// </remarks>
internal static class TextTable
{
    /// <summary>An empty table; a column that does not wrap (an id to copy) is never cut or split.</summary>
    internal static Table Create(params (string Header, bool Wraps)[] columns)
    {
        var table = new Table { Border = TableBorder.Minimal, UseSafeBorder = true };
        foreach (var (header, wraps) in columns)
        {
            var column = new TableColumn(new SpectreText(header));
            table.AddColumn(wraps ? column : column.NoWrap());
        }
        return table;
    }

    /// <summary>Adds a row of cells, each shown on one line (line breaks as spaces) unless its column wraps it.</summary>
    internal static void AddRow(Table table, params string[] cells)
    {
        var row = new SpectreText[cells.Length];
        for (int i = 0; i < cells.Length; i++)
        {
            row[i] = new SpectreText(TerminalText.OneLine(cells[i])) { Overflow = Overflow.Ellipsis };
        }
        table.AddRow(row);
    }

    /// <summary>Writes <paramref name="table"/> to the console's standard output.</summary>
    internal static void Write(ToolConsole console, Table table)
    {
        var rendered = new StringWriter();
        var ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(rendered),
        });
        ansi.Profile.Width = console.Width;
        ansi.Write(table);
        foreach (var line in rendered.ToString().AsSpan().EnumerateLines())
        {
            if (!line.IsWhiteSpace())
            {
                console.Out.WriteLine(line.TrimEnd());
            }
        }
    }
}
