using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Data;
using Safeguard.Protection;
using Safeguard.Web.Tests.Infrastructure;

namespace Safeguard.Web.Tests.Pathway;

public sealed class CorrectionTests
{
    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_correction_supersedes_the_entry_and_the_entries_list_shows_both(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var wrong = await app.RecordAsync(new ChildMoved { On = SafeguardApp.Today.AddDays(-1), ChildId = child.Id, ToAuthority = "Eastshire", Permanent = false });
        var client = await app.SignedInAsync("ben.hughes");
        var url = $"/children/{child.Id}/record/child-moved?corrects={wrong.FactId}";

        var form = await Forms.GetDocumentAsync(client, url);
        Assert.Equal("Eastshire", form.QuerySelector("#Form_Authority")!.GetAttribute("value"));
        Assert.Equal("9", form.QuerySelector("input[name='Form.On.Day']")!.GetAttribute("value"));
        var response = await Forms.PostAsync(client, url, FormCases.Date(SafeguardApp.Today).Concat(new Dictionary<string, string>
        {
            ["Form.Authority"] = "Eastshire County Council",
            ["Form.Permanent"] = "yes",
            ["Form.CorrectionReason"] = "The move is permanent; the wrong answer was chosen.",
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using (var db = app.Database())
        {
            var correction = await db.Facts.SingleAsync(f => f.SupersedesId == wrong.FactId);
            Assert.Equal("ben.hughes", correction.RecordedBy);
            Assert.Equal("The move is permanent; the wrong answer was chosen.", correction.Reason);
            Assert.Equal(child.Id, correction.ChildId);
            Assert.True(await db.Facts.AnyAsync(f => f.Id == wrong.FactId));
        }

        var entries = await Forms.GetDocumentAsync(client, $"/children/{child.Id}/entries");
        var old = entries.GetElementById($"entry-{wrong.FactId}")!;
        Assert.Contains("Eastshire; not permanent", old.QuerySelector("s.app-superseded")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Corrected by Ben Hughes", old.TextContent, StringComparison.Ordinal);
        Assert.Null(old.QuerySelector("a[href*='corrects']"));
        var rows = entries.QuerySelectorAll("#entries tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Eastshire County Council; permanent", StringComparison.Ordinal)
            && r.Contains("Reason: The move is permanent; the wrong answer was chosen.", StringComparison.Ordinal)
            && !r.Contains("Corrected by", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_correction_needs_a_reason_and_records_nothing_without_one(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var wrong = await app.RecordAsync(new VisitNoAccess { On = SafeguardApp.Today, ChildId = child.Id });
        var client = await app.SignedInAsync("amara.okafor");

        var response = await Forms.PostAsync(client, $"/children/{child.Id}/record/visit-no-access?corrects={wrong.FactId}", FormCases.Date(SafeguardApp.Today.AddDays(-2)));

        var page = await Forms.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal([("#Form_CorrectionReason", "Enter why you are correcting this entry")], Forms.ErrorSummary(page));
        Assert.Equal("Enter why you are correcting this entry", Forms.FieldError(page, "Form_CorrectionReason"));
        await using var db = app.Database();
        Assert.False(await db.Facts.AnyAsync(f => f.SupersedesId == wrong.FactId));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task An_entry_already_corrected_cannot_be_corrected_again(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var wrong = await app.RecordAsync(new VisitNoAccess { On = SafeguardApp.Today, ChildId = child.Id });
        var client = await app.SignedInAsync("amara.okafor");
        var url = $"/children/{child.Id}/record/visit-no-access?corrects={wrong.FactId}";
        var fields = FormCases.Date(SafeguardApp.Today.AddDays(-1)).Append(new("Form.CorrectionReason", "Wrong day."));
        Assert.Equal(HttpStatusCode.Redirect, (await Forms.PostAsync(client, url, fields)).StatusCode);

        var page = await Forms.GetDocumentAsync(client, url);
        Assert.Contains("This entry has already been corrected. Correct the newer entry instead.", Forms.ErrorSummary(page).Select(e => e.Message));
        Assert.Null(page.QuerySelector("main form"));
        var response = await Forms.PostAsync(client, $"/children/{child.Id}/record/visit-no-access", fields, action: url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = app.Database();
        Assert.Equal(1, await db.Facts.CountAsync(f => f.SupersedesId == wrong.FactId));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Only_an_entry_of_the_same_kind_on_the_same_child_can_be_corrected(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var other = await app.ChildAsync("amara.okafor");
        var visit = await app.RecordAsync(new ChildSeen { On = SafeguardApp.Today, ChildId = other.Id, Purpose = SeenPurpose.Visit, Alone = true });
        var client = await app.SignedInAsync("amara.okafor");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/children/{child.Id}/record/visit?corrects={visit.FactId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/children/{other.Id}/record/section-47-child-seen?corrects={visit.FactId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/children/{other.Id}/record/visit-no-access?corrects={visit.FactId}")).StatusCode);
        var fields = FormCases.Date(SafeguardApp.Today).Append(new("Form.Alone", "no")).Append(new("Form.CorrectionReason", "Not alone."));
        var response = await Forms.PostAsync(client, $"/children/{child.Id}/record/visit", fields, action: $"/children/{child.Id}/record/visit?corrects={visit.FactId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        await using var db = app.Database();
        Assert.False(await db.Facts.AnyAsync(f => f.SupersedesId == visit.FactId));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task The_entries_list_is_refused_to_another_team_and_offers_no_corrections_to_readers_who_do_not_record(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");

        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("chloe.patel")).GetAsync($"/children/{child.Id}/entries")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignedInAsync("kemi.adeyemi")).GetAsync($"/children/{child.Id}/entries")).StatusCode);
        var page = await Forms.GetDocumentAsync(await app.SignedInAsync("grace.lee"), $"/children/{child.Id}/entries");
        Assert.Contains("Referral received: from school", page.QuerySelector("#entries")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("a[href*='corrects']"));
        var workers = await Forms.GetDocumentAsync(await app.SignedInAsync("amara.okafor"), $"/children/{child.Id}/entries");
        Assert.NotNull(workers.QuerySelector("a[href*='/record/referral?corrects=']"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_step_checked_against_the_file_is_checked_without_the_entry_it_corrects(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var decision = await app.RecordAsync(new ReferralDecided { On = SafeguardApp.Today, ChildId = child.Id, Decision = ReferralDecision.Assessment });
        var client = await app.SignedInAsync("amara.okafor");
        var url = $"/children/{child.Id}/record/referral-decision?corrects={decision.FactId}";
        var assessmentClock = $"child:{child.Id}";
        await using (var db = app.Database())
        {
            Assert.True(await db.Duties.AnyAsync(d => d.Scope == assessmentClock && d.Rule == "CP_ASSESSMENT_45WD"));
        }

        var entries = await Forms.GetDocumentAsync(client, $"/children/{child.Id}/entries");
        Assert.NotNull(entries.GetElementById($"entry-{decision.FactId}")!.QuerySelector("a[href*='corrects']"));
        var response = await Forms.PostAsync(client, url, FormCases.Date(SafeguardApp.Today).Concat(new Dictionary<string, string>
        {
            ["Form.Choice"] = "NoFurtherAction",
            ["Form.CorrectionReason"] = "The decision was no further action.",
        }));

        // Checked against the record as it stood, the corrected decision would have been refused: the referral was
        // already decided. Recorded, it replaces the old decision, so the assessment clock that decision started goes.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using (var db = app.Database())
        {
            var correction = await db.Facts.SingleAsync(f => f.SupersedesId == decision.FactId);
            Assert.Contains("no-further-action", correction.Payload, StringComparison.Ordinal);
            Assert.False(await db.Duties.AnyAsync(d => d.Scope == assessmentClock && d.Rule == "CP_ASSESSMENT_45WD"));
        }
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Correcting_a_visit_keeps_the_worker_who_saw_the_child(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var child = await app.ChildAsync("amara.okafor");
        var visit = await app.RecordAsync(new ChildSeen { On = SafeguardApp.Today, ChildId = child.Id, Purpose = SeenPurpose.Visit, Alone = true, ById = child.Worker });
        var client = await app.SignedInAsync("daniel.reid");
        var url = $"/children/{child.Id}/record/visit?corrects={visit.FactId}";

        var form = await Forms.GetDocumentAsync(client, url);
        Assert.Contains("Visit: child seen: seen alone on 10 March 2026, recorded by Amara Okafor", form.QuerySelector(".govuk-inset-text")!.TextContent, StringComparison.Ordinal);
        var response = await Forms.PostAsync(client, url, FormCases.Date(SafeguardApp.Today).Append(new("Form.Alone", "no")).Append(new("Form.CorrectionReason", "Her mother was present.")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.Database();
        var correction = await db.Facts.SingleAsync(f => f.SupersedesId == visit.FactId);
        var seen = Assert.IsType<ChildSeen>(Safeguard.Facts.FactJson.Deserialize(correction.Payload));
        Assert.Equal(child.Worker, seen.ById);
        Assert.False(seen.Alone);
        Assert.Equal("daniel.reid", correction.RecordedBy);
    }
}
