using System.Net;
using System.Text;
using System.Text.Json;

namespace Safeguard.Web.Tests.Api;

/// <summary>Calls the JSON API and reads its answers; every answer is checked not to be a 500.</summary>
public static class ApiCalls
{
    public static async Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return NotServerError(await client.PostAsync(url, content));
    }

    public static async Task<HttpResponseMessage> GetApiAsync(this HttpClient client, string url) => NotServerError(await client.GetAsync(url));

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>Asserts a problem details answer with this status, and returns it.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>Asserts a 400 whose errors name <paramref name="field"/>, and returns that field's message.</summary>
    public static async Task<string> FieldErrorAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.TryGetProperty("errors", out var errors), problem.ToString());
        Assert.True(errors.TryGetProperty(field, out var messages), $"No error for '{field}': {errors}");
        var message = messages[0].GetString()!;
        Assert.False(string.IsNullOrWhiteSpace(message));
        return message;
    }

    private static HttpResponseMessage NotServerError(HttpResponseMessage response)
    {
        Assert.True((int)response.StatusCode < 500, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} returned {(int)response.StatusCode}.");
        return response;
    }
}
