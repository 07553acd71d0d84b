using Microsoft.EntityFrameworkCore;
using Safeguard.Data;

namespace Safeguard.Policy;

/// <summary>Creates the council's row with every policy setting stored, at the catalogue's default unless given.</summary>
public static class CouncilSetup
{
    public static async Task<Council> EnsureCouncilAsync(SafeguardDbContext db, string name, IReadOnlyDictionary<string, int>? overrides = null, CancellationToken ct = default)
    {
        var policy = PolicySettings.Defaults.With(overrides ?? new Dictionary<string, int>());
        var council = await db.Councils.Include(c => c.PolicySettings).FirstOrDefaultAsync(ct);
        if (council is null)
        {
            council = new Council { Name = name };
            db.Councils.Add(council);
        }

        foreach (var (setting, value) in policy.ToDictionary())
        {
            var row = council.PolicySettings.FirstOrDefault(s => s.Name == setting);
            if (row is null)
            {
                council.PolicySettings.Add(new PolicySettingRow { Name = setting, Value = value });
            }
            else if (overrides?.ContainsKey(setting) == true)
            {
                row.Value = value;
            }
        }

        await db.SaveChangesAsync(ct);
        return council;
    }
}
