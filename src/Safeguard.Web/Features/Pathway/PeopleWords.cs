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
