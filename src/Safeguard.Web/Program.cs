using Safeguard.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddSafeguard();

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseSafeguard();
await app.RunAsync();

/// <summary>The web application's entry point, visible to the HTTP tests.</summary>
public partial class Program;
