using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Safeguard.Access;
using Safeguard.Calendar;
using Safeguard.Data;
using Safeguard.People;
using Safeguard.Policy;
using Safeguard.Recording;
using Safeguard.Web.Features.Api;
using Safeguard.Web.Features.Meetings;

namespace Safeguard.Web.Infrastructure;

public static class SafeguardSetup
{
    public static void AddSafeguard(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // Cookies are only ever sent over https, except on a developer's own machine (the README's run command serves
        // http://localhost). Behind a TLS-terminating proxy the forwarded headers say the request was https.
        var cookiePolicy = builder.Environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        services.Configure<ForwardedHeadersOptions>(forwarded =>
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        services.Configure<SafeguardOptions>(builder.Configuration.GetSection("Safeguard"));

        // Read when the first context is made, so that configuration added by a host (or a test) applies.
        services.AddDbContext<SafeguardDbContext>((sp, o) =>
        {
            var database = sp.GetRequiredService<IOptions<SafeguardOptions>>().Value.Database;
            var connectionString = string.IsNullOrWhiteSpace(database.ConnectionString)
                ? $"Data Source={Path.Combine(sp.GetRequiredService<IWebHostEnvironment>().ContentRootPath, "safeguard.db")}"
                : database.ConnectionString;
            SafeguardDatabase.Configure(o, database.ParsedProvider, connectionString);
        });

        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<CalendarSource>();
        services.AddScoped(sp => sp.GetRequiredService<CalendarSource>().Current);
        services.AddScoped<CaseRecordService>();
        services.AddScoped<PeopleService>();
        services.AddScoped<ChildAccess>();
        services.AddScoped<ComplaintAccess>();
        services.AddScoped<PolicyService>();
        services.AddScoped<CalendarAdministration>();
        services.AddScoped<CurrentStaff>();
        services.AddScoped<RecordViews>();
        services.AddScoped<Features.Children.ChildRecordQuery>();
        services.AddScoped<Features.Children.ChildGate>();
        services.AddScoped<Features.Children.ChildSearch>();
        services.AddScoped<Features.WorkLists.DueListQuery>();
        services.AddScoped<Features.NotSeen.NotSeenQuery>();
        services.AddScoped<Features.Chronology.ChronologyQuery>();
        services.AddScoped<Features.Dashboard.TimelinessQuery>();
        services.AddScoped<Features.Dashboard.ParticipationQuery>();
        services.AddScoped<Features.Dashboard.OverdueByTeamQuery>();
        services.AddMeetingsAndLetters();
        Features.Complaints.ComplaintsSetup.AddComplaints(services);
        services.AddScoped<Features.AuditLog.AuditTrail>();
        services.AddScoped<Features.Admin.ClockRecount>();
        services.AddScoped<Features.Admin.StaffAccounts>();
        services.AddScoped<Features.Pathway.PathwayLookups>();
        services.AddHttpContextAccessor();

        services.AddIdentity<StaffAccount, IdentityRole>(identity =>
            {
                identity.Password.RequiredLength = 12;
                identity.Password.RequireDigit = true;
                identity.Password.RequireLowercase = true;
                identity.Password.RequireUppercase = true;
                identity.Password.RequireNonAlphanumeric = false;
                identity.Lockout.AllowedForNewUsers = true;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.User.RequireUniqueEmail = true;
                identity.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<SafeguardDbContext>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "Safeguard.SignIn";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = cookiePolicy;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/sign-in";
            cookie.LogoutPath = "/sign-out";
            cookie.Events = new CookieAuthenticationEvents
            {
                // An API call gets a status code, never a sign-in page; a page without the role gets 403, not a redirect.
                OnRedirectToLogin = context =>
                {
                    if (IsApi(context.Request))
                    {
                        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                        return Task.CompletedTask;
                    }

                    context.Response.Redirect(context.RedirectUri);
                    return Task.CompletedTask;
                },
                OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                },
            };
        });

        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "Safeguard.Antiforgery";
            antiforgery.Cookie.SecurePolicy = cookiePolicy;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(StaffRoles.All).Build());

        services.AddRazorPages(pages =>
        {
            pages.RootDirectory = "/Features";
            pages.Conventions.Add(new PageRouteTransformerConvention(new KebabCaseParameterTransformer()));
        });

        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        });
        services.AddOpenApi();
        services.AddSafeguardApi();
    }

    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    /// <summary>Applies the migrations, loads the calendar, and (when configured) fills an empty database with the demo council.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<SafeguardDbContext>();
        var options = services.GetRequiredService<IOptions<SafeguardOptions>>().Value;
        var time = services.GetRequiredService<TimeProvider>();
        await db.Database.MigrateAsync();
        if (db.Database.IsSqlite())
        {
            // Readers do not wait for the writer (every view writes its audit entry), and the setting stays with the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        await services.GetRequiredService<CalendarSource>().ReloadAsync(db, time);

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in StaffRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        if (!await db.Councils.AnyAsync())
        {
            await CouncilSetup.EnsureCouncilAsync(db, options.CouncilName);
        }

        if (options.Demo.Seed)
        {
            // A database seeded elsewhere (the benchmark's demo command) gets its sign-in accounts here.
            if (!await db.People.AnyAsync())
            {
                await DemoSeeding.SeedAsync(services, options.CouncilName, options.Demo.Children);
            }

            await DemoSeeding.EnsureAccountsAsync(services);
        }

        app.Lifetime.ApplicationStarted.Register(() => PrintWelcome(app, options));
    }

    private static void PrintWelcome(WebApplication app, SafeguardOptions options)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.Select(a => a.Replace("://[::]", "://localhost", StringComparison.Ordinal).Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)).FirstOrDefault() ?? "(no address)";
        Console.WriteLine();
        Console.WriteLine($"Safeguard for {options.CouncilName} is running. Open {address}");
        if (options.Demo.Seed)
        {
            Console.WriteLine($"Demo sign-ins (password for all: {DemoSeeding.Password}):");
            foreach (var staff in DemoSeeding.Accounts)
            {
                Console.WriteLine($"  {staff.Email,-34} {StaffRoles.DisplayName(staff.Role)}");
            }
        }

        Console.WriteLine();
    }

    public static void UseSafeguard(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", AllowStatusCode404Response = true });
        app.UseWhen(c => !IsApi(c.Request), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseWhen(IsApiContext, api => api.UseStatusCodePages(ApiProblems.WriteStatusAsync));
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
            headers.CacheControl = "no-store";
            await next();
        });

        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapSafeguardApi();
    }

    private static bool IsApiContext(HttpContext context) => IsApi(context.Request);
}
