using Microsoft.AspNetCore.Identity;

namespace Safeguard.Access;

/// <summary>A member of staff's sign-in account, linked to their person on the record.</summary>
public sealed class StaffAccount : IdentityUser
{
    public required string DisplayName { get; set; }

    /// <summary>The staff person this account acts as: the worker on due lists, the named person on grants.</summary>
    public long? PersonId { get; set; }
}
