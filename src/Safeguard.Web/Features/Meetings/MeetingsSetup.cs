using Safeguard.Web.Features.Letters;

namespace Safeguard.Web.Features.Meetings;

public static class MeetingsSetup
{
    public static IServiceCollection AddMeetingsAndLetters(this IServiceCollection services) => services
        .AddScoped<MeetingQuery>()
        .AddScoped<MeetingGate>()
        .AddScoped<MeetingLetters>();
}
