using System.Security.Claims;
using Safeguard.Access;
using Safeguard.Recording;

namespace Safeguard.Web.Infrastructure;

/// <summary>The signed-in member of staff for this request, as the record knows them.</summary>
public sealed class CurrentStaff(IHttpContextAccessor accessor, ChildAccess access)
{
    private StaffMember? _member;

    public async Task<StaffMember> GetAsync(CancellationToken ct = default)
    {
        if (_member is not null)
        {
            return _member;
        }

        var user = accessor.HttpContext?.User ?? throw new InvalidOperationException("There is no request.");
        var name = user.Identity?.Name ?? throw new InvalidOperationException("No one is signed in.");
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value);
        _member = await access.StaffMemberAsync(name, roles, ct)
            ?? throw new InvalidOperationException($"The account '{name}' no longer exists.");
        return _member;
    }

    /// <summary>Who is recording, and from where, for the audit log.</summary>
    public Recorder Recorder(string? reason = null) =>
        new(accessor.HttpContext?.User.Identity?.Name ?? "unknown", Origin(accessor.HttpContext), reason);

    public static string Origin(HttpContext? context) => context?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
