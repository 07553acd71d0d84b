using System.Globalization;
using System.Security.Cryptography.X509Certificates;

namespace Safeguard.Load;

public sealed record LoadOptions(Uri BaseUrl, string Email, string Password, IReadOnlyList<string> Paths, IReadOnlyList<string> Ids, int Users, int Seconds, int WarmupSeconds, X509Certificate2? TrustedCertificate)
{
    public static LoadOptions? Parse(string[] args)
    {
        string? baseUrl = null, email = null, password = null, idsFile = null, certificate = null;
        var paths = new List<string>();
        int users = 20, seconds = 60, warmup = 10;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--base-url": baseUrl = value; break;
                case "--email": email = value; break;
                case "--password": password = value; break;
                case "--path": paths.Add(value); break;
                case "--ids-file": idsFile = value; break;
                case "--trust-certificate": certificate = value; break;
                case "--users": users = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--seconds": seconds = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--warmup-seconds": warmup = int.Parse(value, CultureInfo.InvariantCulture); break;
                default: return null;
            }
        }

        if (baseUrl is null || email is null || password is null || paths.Count == 0)
        {
            return null;
        }

        var ids = idsFile is null ? [] : File.ReadAllLines(idsFile).Where(l => l.Length > 0).ToList();
        if (paths.Any(p => p.Contains("{id}", StringComparison.Ordinal)) && ids.Count == 0)
        {
            return null;
        }

        var trusted = certificate is null ? null : X509Certificate2.CreateFromPem(File.ReadAllText(certificate));
        return new LoadOptions(new Uri(baseUrl), email, password, paths, ids, users, seconds, warmup, trusted);
    }
}
