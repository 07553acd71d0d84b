using System.Security.Claims;

namespace Safeguard.Web.Features.Meetings;

public static class RoleSetChecks
{
    /// <summary>Whether the user holds any role of a <see cref="Infrastructure.RoleSets"/> list, to decide which actions to offer.</summary>
    public static bool IsInAnyRole(this ClaimsPrincipal user, string roleSet) =>
        roleSet.Split(',').Any(user.IsInRole);
}
