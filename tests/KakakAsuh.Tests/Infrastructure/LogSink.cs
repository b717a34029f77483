using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace KakakAsuh.Tests.Infrastructure;

/// <summary>
/// Every log line the test silo and the client API write (message, structured values and exception), kept in
/// memory so a test can show what the logs would hold in production: Debug and above for the programme's and
/// ASP.NET Core's categories, Information and above for Orleans'.
/// </summary>
public sealed class LogSink : ILoggerProvider
{
    public static LogSink Instance { get; } = new();

    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyCollection<string> Lines => lines;

    public static void AddTo(ILoggingBuilder logging)
    {
        logging.AddProvider(Instance);
        logging.AddFilter<LogSink>(null, LogLevel.Debug);
        logging.AddFilter<LogSink>("Orleans", LogLevel.Information);
    }

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(' ', pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} [{values}] {exception}");
        }
    }
}
