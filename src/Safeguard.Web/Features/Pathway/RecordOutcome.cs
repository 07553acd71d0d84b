using Microsoft.AspNetCore.Mvc.ModelBinding;
using Safeguard.Recording;

namespace Safeguard.Web.Features.Pathway;

/// <summary>A guard's refusal as the person sees it: why, and the safe route when there is one.</summary>
public sealed record RefusalNotice(string Rule, string Message, string? SafeRoute);

/// <summary>Turns what the record service said about a command into what the form shows.</summary>
public static class RecordOutcome
{
    /// <summary>
    /// Puts a rejection next to the form field it names (<paramref name="fields"/> maps the service's field names to
    /// the form's keys; anything unmapped goes to <paramref name="fallbackKey"/>).
    /// </summary>
    public static void ShowRejection(ModelStateDictionary modelState, Rejected rejected, IReadOnlyDictionary<string, string> fields, string fallbackKey) =>
        modelState.AddModelError(fields.TryGetValue(rejected.Field, out var key) ? key : fallbackKey, rejected.Message);
}
