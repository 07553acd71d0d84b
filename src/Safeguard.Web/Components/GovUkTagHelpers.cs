using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Safeguard.Rules;

namespace Safeguard.Web.Components;

/// <summary>Shared markup for the GOV.UK form components, following the templates in the govuk-frontend package.</summary>
internal static class GovUk
{
    public static string Encode(string? value) => HtmlEncoder.Default.Encode(value ?? "");

    public static string Id(string name) => TagBuilder.CreateSanitizedId(name, "_");

    public static string? ErrorOf(ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public static string ErrorMessage(string id, string message) =>
        $"<p id=\"{id}-error\" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> {Encode(message)}</p>";

    public static string Hint(string id, string? hint) =>
        string.IsNullOrEmpty(hint) ? "" : $"<div id=\"{id}-hint\" class=\"govuk-hint\">{Encode(hint)}</div>";

    public static string DescribedBy(string id, string? hint, string? error)
    {
        var ids = new List<string>();
        if (!string.IsNullOrEmpty(hint))
        {
            ids.Add($"{id}-hint");
        }

        if (error is not null)
        {
            ids.Add($"{id}-error");
        }

        return ids.Count == 0 ? "" : $" aria-describedby=\"{string.Join(' ', ids)}\"";
    }

    public static string Group(string? error, string inner) =>
        $"<div class=\"govuk-form-group{(error is null ? "" : " govuk-form-group--error")}\">{inner}</div>";
}

/// <summary>The error summary at the top of a form, linking to each field in error.</summary>
[HtmlTargetElement("govuk-error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    /// <summary>The form's field keys in the order the page shows them, when binding added them in another order.</summary>
    public IReadOnlyList<string> FieldOrder { get; set; } = [];

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var errors = ViewContext.ModelState
            .Where(e => e.Value is { Errors.Count: > 0 })
            .Select(e => (Key: e.Key, Message: e.Value!.Errors[0].ErrorMessage))
            .OrderBy(e => FieldOrder.Contains(e.Key) ? FieldOrder.ToList().IndexOf(e.Key) : FieldOrder.Count)
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        var html = new StringBuilder();
        html.Append("<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\">");
        html.Append("<h2 class=\"govuk-error-summary__title\">There is a problem</h2><div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">");
        foreach (var (key, message) in errors)
        {
            var target = string.IsNullOrEmpty(key) ? "main-content" : GovUk.Id(key);
            html.Append($"<li><a href=\"#{target}\">{GovUk.Encode(message)}</a></li>");
        }

        html.Append("</ul></div></div></div>");
        output.Content.SetHtmlContent(html.ToString());
    }
}

/// <summary>A labelled text input with its hint and error message.</summary>
[HtmlTargetElement("govuk-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class InputTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    public string Label { get; set; } = "";

    public string? Hint { get; set; }

    public string Type { get; set; } = "text";

    /// <summary>A GOV.UK width class suffix: "10", "20", "one-half"...</summary>
    public string? Width { get; set; }

    public bool LabelIsHeading { get; set; }

    public string? Autocomplete { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var name = For.Name;
        var id = GovUk.Id(name);
        var error = GovUk.ErrorOf(ViewContext.ModelState, name);
        var value = ViewContext.ModelState.TryGetValue(name, out var entry) && entry.AttemptedValue is not null ? entry.AttemptedValue : For.Model?.ToString();
        var width = Width is null ? "" : Width.Contains('-', StringComparison.Ordinal) ? $" govuk-!-width-{Width}" : $" govuk-input--width-{Width}";
        var label = $"<label class=\"govuk-label{(LabelIsHeading ? " govuk-label--l" : "")}\" for=\"{id}\">{GovUk.Encode(Label)}</label>";
        if (LabelIsHeading)
        {
            label = $"<h1 class=\"govuk-label-wrapper\">{label}</h1>";
        }

        var input = $"<input class=\"govuk-input{width}{(error is null ? "" : " govuk-input--error")}\" id=\"{id}\" name=\"{name}\" type=\"{Type}\" value=\"{GovUk.Encode(value)}\"{GovUk.DescribedBy(id, Hint, error)}{(Autocomplete is null ? "" : $" autocomplete=\"{Autocomplete}\"")} spellcheck=\"false\">";
        output.Content.SetHtmlContent(GovUk.Group(error, label + GovUk.Hint(id, Hint) + (error is null ? "" : GovUk.ErrorMessage(id, error)) + input));
    }
}

/// <summary>A textarea with its label, hint and error message.</summary>
[HtmlTargetElement("govuk-textarea", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TextareaTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    public string Label { get; set; } = "";

    public string? Hint { get; set; }

    public int Rows { get; set; } = 4;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var name = For.Name;
        var id = GovUk.Id(name);
        var error = GovUk.ErrorOf(ViewContext.ModelState, name);
        var value = ViewContext.ModelState.TryGetValue(name, out var entry) && entry.AttemptedValue is not null ? entry.AttemptedValue : For.Model?.ToString();
        var html = $"<label class=\"govuk-label\" for=\"{id}\">{GovUk.Encode(Label)}</label>{GovUk.Hint(id, Hint)}{(error is null ? "" : GovUk.ErrorMessage(id, error))}"
            + $"<textarea class=\"govuk-textarea{(error is null ? "" : " govuk-textarea--error")}\" id=\"{id}\" name=\"{name}\" rows=\"{Rows}\"{GovUk.DescribedBy(id, Hint, error)}>{GovUk.Encode(value)}</textarea>";
        output.Content.SetHtmlContent(GovUk.Group(error, html));
    }
}

/// <summary>A GOV.UK date input bound to a <see cref="DateParts"/> property.</summary>
[HtmlTargetElement("govuk-date-input", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DateInputTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    public string Legend { get; set; } = "";

    public string? Hint { get; set; } = "For example, 27 3 2026";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var name = For.Name;
        var id = GovUk.Id(name);
        var error = GovUk.ErrorOf(ViewContext.ModelState, name);
        var parts = For.Model as DateParts ?? new DateParts();
        var html = new StringBuilder();
        html.Append($"<fieldset class=\"govuk-fieldset\" role=\"group\"{GovUk.DescribedBy(id, Hint, error)}>");
        html.Append($"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">{GovUk.Encode(Legend)}</legend>");
        html.Append(GovUk.Hint(id, Hint));
        if (error is not null)
        {
            html.Append(GovUk.ErrorMessage(id, error));
        }

        html.Append($"<div class=\"govuk-date-input\" id=\"{id}-group\">");
        foreach (var (part, label, value, width) in new[] { ("Day", "Day", parts.Day, 2), ("Month", "Month", parts.Month, 2), ("Year", "Year", parts.Year, 4) })
        {
            // The day box carries the field's own id, so the error summary's link lands on it.
            var partId = part == "Day" ? id : $"{id}_{part}";
            html.Append("<div class=\"govuk-date-input__item\"><div class=\"govuk-form-group\">");
            html.Append($"<label class=\"govuk-label govuk-date-input__label\" for=\"{partId}\">{label}</label>");
            html.Append($"<input class=\"govuk-input govuk-date-input__input govuk-input--width-{width}{(error is null ? "" : " govuk-input--error")}\" id=\"{partId}\" name=\"{name}.{part}\" type=\"text\" inputmode=\"numeric\" value=\"{GovUk.Encode(value)}\">");
            html.Append("</div></div>");
        }

        html.Append("</div></fieldset>");
        output.Content.SetHtmlContent(GovUk.Group(error, html.ToString()));
    }
}

/// <summary>Radios (or checkboxes, with <c>multiple</c>) for a choice from a list.</summary>
[HtmlTargetElement("govuk-radios", TagStructure = TagStructure.WithoutEndTag)]
[HtmlTargetElement("govuk-checkboxes", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ChoicesTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    public string Legend { get; set; } = "";

    public string? Hint { get; set; }

    public IEnumerable<SelectListItem> Items { get; set; } = [];

    public bool Inline { get; set; }

    public bool Small { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var checkboxes = context.TagName == "govuk-checkboxes";
        var kind = checkboxes ? "checkboxes" : "radios";
        output.TagName = null;
        var name = For.Name;
        var id = GovUk.Id(name);
        var error = GovUk.ErrorOf(ViewContext.ModelState, name);
        var chosen = Chosen(name);
        var html = new StringBuilder();
        html.Append($"<fieldset class=\"govuk-fieldset\"{GovUk.DescribedBy(id, Hint, error)}>");
        html.Append($"<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--s\">{GovUk.Encode(Legend)}</legend>");
        html.Append(GovUk.Hint(id, Hint));
        if (error is not null)
        {
            html.Append(GovUk.ErrorMessage(id, error));
        }

        html.Append($"<div class=\"govuk-{kind}{(Inline ? $" govuk-{kind}--inline" : "")}{(Small ? $" govuk-{kind}--small" : "")}\" data-module=\"govuk-{kind}\">");
        var index = 0;
        foreach (var item in Items)
        {
            // The first option carries the field's own id, so the error summary's link lands on it.
            var itemId = index++ == 0 ? id : $"{id}_{index}";
            var isChecked = chosen.Contains(item.Value) || (chosen.Count == 0 && item.Selected);
            html.Append($"<div class=\"govuk-{kind}__item\">");
            html.Append($"<input class=\"govuk-{kind}__input\" id=\"{itemId}\" name=\"{name}\" type=\"{(checkboxes ? "checkbox" : "radio")}\" value=\"{GovUk.Encode(item.Value)}\"{(isChecked ? " checked" : "")}>");
            html.Append($"<label class=\"govuk-label govuk-{kind}__label\" for=\"{itemId}\">{GovUk.Encode(item.Text)}</label>");
            html.Append("</div>");
        }

        html.Append("</div></fieldset>");
        output.Content.SetHtmlContent(GovUk.Group(error, html.ToString()));
    }

    private HashSet<string> Chosen(string name)
    {
        if (ViewContext.ModelState.TryGetValue(name, out var entry) && entry.RawValue is not null)
        {
            return entry.RawValue switch
            {
                string s => [s],
                string[] many => [.. many],
                _ => [],
            };
        }

        return For.Model switch
        {
            null => [],
            string s => [s],
            IEnumerable<string> many => [.. many],
            System.Collections.IEnumerable many => [.. many.Cast<object>().Select(o => o.ToString() ?? "")],
            var single => [single.ToString() ?? ""],
        };
    }
}

/// <summary>A select box with its label, hint and error message.</summary>
[HtmlTargetElement("govuk-select", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SelectTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    public string Label { get; set; } = "";

    public string? Hint { get; set; }

    public IEnumerable<SelectListItem> Items { get; set; } = [];

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var name = For.Name;
        var id = GovUk.Id(name);
        var error = GovUk.ErrorOf(ViewContext.ModelState, name);
        var value = ViewContext.ModelState.TryGetValue(name, out var entry) && entry.AttemptedValue is not null ? entry.AttemptedValue : For.Model?.ToString();
        var html = new StringBuilder();
        html.Append($"<label class=\"govuk-label\" for=\"{id}\">{GovUk.Encode(Label)}</label>{GovUk.Hint(id, Hint)}");
        if (error is not null)
        {
            html.Append(GovUk.ErrorMessage(id, error));
        }

        html.Append($"<select class=\"govuk-select{(error is null ? "" : " govuk-select--error")}\" id=\"{id}\" name=\"{name}\"{GovUk.DescribedBy(id, Hint, error)}>");
        foreach (var item in Items)
        {
            var selected = value is null ? item.Selected : item.Value == value;
            html.Append($"<option value=\"{GovUk.Encode(item.Value)}\"{(selected ? " selected" : "")}>{GovUk.Encode(item.Text)}</option>");
        }

        html.Append("</select>");
        output.Content.SetHtmlContent(GovUk.Group(error, html.ToString()));
    }
}

/// <summary>A coloured tag for how a duty stands: due, overdue, met, late, missing, breach, blocked.</summary>
[HtmlTargetElement("govuk-status-tag", TagStructure = TagStructure.WithoutEndTag)]
public sealed class StatusTagHelper : TagHelper
{
    public DutyStatus Status { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "strong";
        output.TagMode = TagMode.StartTagAndEndTag;
        var (colour, text) = Status switch
        {
            DutyStatus.Due => ("blue", "Due"),
            DutyStatus.Met => ("green", "Met"),
            DutyStatus.Late => ("orange", "Late"),
            DutyStatus.Overdue => ("red", "Overdue"),
            DutyStatus.Missing => ("red", "Missing"),
            DutyStatus.Breach => ("red", "Breach"),
            DutyStatus.Blocked => ("purple", "Refused"),
            _ => ("grey", Status.ToString()),
        };
        output.Attributes.SetAttribute("class", $"govuk-tag govuk-tag--{colour}");
        output.Content.SetContent(text);
    }
}

/// <summary>Plain text as HTML with line breaks kept.</summary>
public static class TextHtml
{
    public static IHtmlContent WithLineBreaks(string? text) =>
        new HtmlString(GovUk.Encode(text).Replace("&#xA;", "<br>", StringComparison.Ordinal));
}
