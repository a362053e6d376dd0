// The application code of the build-timing projects: the same in all three, and it does not use generated types, so
// each variant compiles on its own. What differs is only what the generator adds (or what was generated ahead of time).
using System.Globalization;

namespace BuildTiming;

internal static class Program
{
    private static int Main(string[] args)
    {
        var ledger = new Ledger();
        for (int i = 0; i < 10; i++)
        {
            ledger.Add(new Entry(DateOnly.FromDayNumber(738_000 + i), "entry " + i.ToString(CultureInfo.InvariantCulture), i * 1.5m));
        }

        Console.WriteLine(ledger.Summarise(args.Length > 0 ? args[0] : "total"));
        return 0;
    }
}

internal sealed record Entry(DateOnly Date, string Text, decimal Amount);

internal sealed class Ledger
{
    private readonly List<Entry> _entries = [];

    public void Add(Entry entry) => _entries.Add(entry);

    public string Summarise(string kind) => kind switch
    {
        "count" => _entries.Count.ToString(CultureInfo.InvariantCulture),
        "latest" => _entries.MaxBy(e => e.Date)?.Text ?? "none",
        _ => _entries.Sum(e => e.Amount).ToString(CultureInfo.InvariantCulture),
    };
}
