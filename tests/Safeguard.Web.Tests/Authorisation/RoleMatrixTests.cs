using Safeguard.Access;
using Safeguard.Data;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Authorisation;

public sealed class RoleMatrixTests
{
    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Every_role_may_use_the_pages_and_endpoints_of_its_row_and_gets_403_from_the_rest(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var north = await app.CaseAsync();
        var checks = new List<AccessCheck>();
        foreach (var role in StaffRoles.All)
        {
            var who = await app.AsRoleAsync(role);
            checks.AddRange(AccessTable.Expected.Select(row => new AccessCheck(row.Key, who, role, row.Value.Contains(role))));
        }

        var failures = await AccessMatrix.RunAsync(app, north, checks);

        Assert.True(failures.Count == 0, AccessMatrix.Report(failures));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_child_of_the_south_team_is_closed_to_the_north_team_and_open_to_the_south(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var south = await app.CaseAsync("chloe.patel");
        (string Account, string Role, bool SameTeam)[] staff =
        [
            ("amara.okafor", StaffRoles.SocialWorker, false),
            ("daniel.reid", StaffRoles.TeamManager, false),
            ("chloe.patel", StaffRoles.SocialWorker, true),
            ("erin.walsh", StaffRoles.TeamManager, true),
        ];
        var checks = new List<AccessCheck>();
        foreach (var (account, role, sameTeam) in staff)
        {
            var who = await app.AsAsync(account);
            checks.AddRange(AccessTable.Expected.Where(row => AccessTable.IsChildScoped(row.Key))
                .Select(row => new AccessCheck(row.Key, who, role, sameTeam && row.Value.Contains(role))));
        }

        var failures = await AccessMatrix.RunAsync(app, south, checks);

        Assert.True(failures.Count == 0, AccessMatrix.Report(failures));
    }
}
