using Safeguard.Data;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Authorisation;

public sealed class EndpointTableTests
{
    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_access_table_has_a_row_for_every_endpoint_and_none_for_an_endpoint_that_does_not_exist(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var endpoints = (await AppEndpoints.ListAsync(app)).Select(e => e.Key).Where(k => !AccessTable.Anonymous.Contains(k)).ToHashSet(StringComparer.Ordinal);

        var missing = endpoints.Where(k => !AccessTable.Expected.ContainsKey(k)).Order(StringComparer.Ordinal).ToList();
        var extra = AccessTable.Expected.Keys.Where(k => !endpoints.Contains(k)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0, $"Endpoints with no row in {nameof(AccessTable)}: {string.Join(", ", missing)}");
        Assert.True(extra.Count == 0, $"Rows in {nameof(AccessTable)} for no endpoint: {string.Join(", ", extra)}");
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Only_sign_in_sign_out_and_the_error_pages_are_open_without_a_role_and_every_other_names_its_roles(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var endpoints = await AppEndpoints.ListAsync(app);

        var open = endpoints.Where(e => e.AllowsAnonymous || e.Roles.Count == 0).Select(e => e.Key).Order(StringComparer.Ordinal).ToList();
        var declared = endpoints.Where(e => AccessTable.Expected.ContainsKey(e.Key))
            .Where(e => !e.Roles.Order(StringComparer.Ordinal).SequenceEqual(AccessTable.Expected[e.Key].Order(StringComparer.Ordinal)))
            .Select(e => $"{e.Key} declares [{string.Join(", ", e.Roles)}], the table says [{string.Join(", ", AccessTable.Expected[e.Key])}]")
            .ToList();

        Assert.Equal(AccessTable.Anonymous.Order(StringComparer.Ordinal), open);
        Assert.True(declared.Count == 0, string.Join(Environment.NewLine, declared));
    }
}
