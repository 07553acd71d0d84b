using System.Globalization;

namespace Safeguard.Bench;

/// <summary>A very small command-line parser: `--name value`, `--flag` and positional arguments.</summary>
public sealed class Options
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--profile" };

    private readonly Dictionary<string, string?> _named = new(StringComparer.Ordinal);
    private readonly List<string> _positional = [];

    public static Options Parse(IReadOnlyList<string> args)
    {
        var options = new Options();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                options._positional.Add(arg);
            }
            else if (Flags.Contains(arg))
            {
                options._named[arg] = null;
            }
            else if (i + 1 < args.Count)
            {
                options._named[arg] = args[++i];
            }
            else
            {
                throw new ArgumentException($"{arg} needs a value");
            }
        }

        return options;
    }

    public int Int(string name, int defaultValue)
    {
        if (!_named.Remove(name, out var text))
        {
            return defaultValue;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"{name} must be a whole number, not '{text}'");
    }

    public DateOnly? Date(string name)
    {
        if (!_named.Remove(name, out var text))
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value)
            ? value
            : throw new ArgumentException($"{name} must be a date written yyyy-mm-dd, not '{text}'");
    }

    public string Required(string name) =>
        _named.Remove(name, out var text) && !string.IsNullOrEmpty(text) ? text : throw new ArgumentException($"{name} is required");

    public bool Flag(string name) => _named.Remove(name);

    public string Positional()
    {
        if (_positional.Count == 0)
        {
            throw new ArgumentException("a FILE is required");
        }

        var value = _positional[0];
        _positional.RemoveAt(0);
        return value;
    }

    public void NoneLeft()
    {
        if (_named.Count > 0 || _positional.Count > 0)
        {
            throw new ArgumentException($"unexpected arguments: {string.Join(' ', _named.Keys.Concat(_positional))}");
        }
    }
}
