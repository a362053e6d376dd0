using System.Collections;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Aiia.Codegen.Client.Tests.Hostile;

/// <summary>
/// Records every log entry of every category at every level, with its message, exception text and structured state
/// expanded the way a structured sink would write it: each value's items when it is a collection (header values are
/// such collections), else its text. A secret anywhere in an entry shows up in <see cref="Texts"/>.
/// </summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _texts = new();
    private int _entries;

    /// <summary>Every recorded piece of text: messages, exception texts, state keys and expanded values.</summary>
    public IReadOnlyCollection<string> Texts => _texts;

    /// <summary>How many entries were written.</summary>
    public int Entries => Volatile.Read(ref _entries);

    /// <summary>The pieces of text that contain <paramref name="secret"/>.</summary>
    public IEnumerable<string> Containing(string secret) => _texts.Where(text => text.Contains(secret, StringComparison.Ordinal));

    public ILogger CreateLogger(string categoryName) => new Recorder(this, categoryName);

    public void Dispose()
    {
    }

    private void Record<TState>(string category, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        Interlocked.Increment(ref _entries);
        _texts.Enqueue(category + ": " + formatter(state, exception));
        if (exception is not null)
        {
            _texts.Enqueue(exception.ToString());
        }

        if (state is IEnumerable<KeyValuePair<string, object?>> pairs)
        {
            foreach ((string key, object? value) in pairs)
            {
                _texts.Enqueue(key + "=" + Expand(value));
            }
        }
    }

    private static string Expand(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        IEnumerable items => string.Join(",", items.Cast<object?>().Select(Expand)),
        _ => value.ToString() ?? string.Empty,
    };

    private sealed class Recorder(RecordingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            provider.Record(category, state, null, static (s, _) => "scope " + s);
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            provider.Record(category, state, exception, formatter);
    }
}
