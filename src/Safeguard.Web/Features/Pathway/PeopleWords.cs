using System.Globalization;
using Safeguard.People;

namespace Safeguard.Web.Features.Pathway;

public static class PeopleWords
{
    public static string Role(RelationshipRole role) => role switch
    {
        RelationshipRole.StepParent => "Step-parent",
        _ => role.ToString(),
    };
}

public static class Dates
{
    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string Long(DateTimeOffset at) => at.ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture);
}
