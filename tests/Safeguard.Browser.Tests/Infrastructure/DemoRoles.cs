using Safeguard.Web.Infrastructure;

namespace Safeguard.Browser.Tests.Infrastructure;

/// <summary>One demo account for each role, for tests that run once per role.</summary>
public static class DemoRoles
{
    public static TheoryData<string> OneAccountPerRole
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var account in DemoSeeding.Accounts.DistinctBy(a => a.Role))
            {
                data.Add(account.Reference);
            }

            return data;
        }
    }

    public static DemoSeeding.DemoAccount Account(string reference) => DemoSeeding.Accounts.Single(a => a.Reference == reference);
}
