using System.Net;
using Microsoft.EntityFrameworkCore;
using Safeguard.Complaints;
using Safeguard.Data;
using Safeguard.Web.Tests.Infrastructure;
using static Safeguard.Web.Tests.Complaints.RemediesArrange;

namespace Safeguard.Web.Tests.Complaints;

public sealed class RemediesValidationTests
{
    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task An_empty_remedy_form_names_every_field_and_records_nothing(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var complaint = await app.UpheldAtStage2Async();
        var client = await app.SignedInAsync(Manager);

        var page = await PostInvalidAsync(client, $"/complaints/{complaint}/remedies/new", [new("Form.Kind", "payment")]);

        Assert.Equal(
        [
            ("#Form_On", "Enter the date the remedy was agreed"),
            ("#Form_Amount", "Enter the amount of the payment"),
            ("#Form_Description", "Enter what the remedy is"),
            ("#Form_Owner", "Select who will deliver the remedy"),
            ("#Form_Due", "Enter the date the remedy is due"),
        ], Forms.ErrorSummary(page));
        Assert.Equal("Enter the amount of the payment", Forms.FieldError(page, "Form_Amount"));
        var kindless = await PostInvalidAsync(client, $"/complaints/{complaint}/remedies/new", []);
        Assert.Contains(("#Form_Kind", "Select the kind of remedy"), Forms.ErrorSummary(kindless));
        await using var db = app.Database();
        Assert.False(await db.Remedies.AnyAsync(r => r.ComplaintId == complaint));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_payment_must_be_more_than_nothing_in_pounds_and_pence_and_due_after_it_was_agreed(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var complaint = await app.UpheldAtStage2Async();
        var client = await app.SignedInAsync(Manager);
        var owner = Id(await app.StaffIdAsync(Manager));

        async Task<string?> AmountError(string amount) => Forms.FieldError(
            await PostInvalidAsync(client, $"/complaints/{complaint}/remedies/new",
                [.. Date("Form.On", Adjudicated), new("Form.Kind", "payment"), new("Form.Amount", amount), new("Form.Description", "Payment"), new("Form.Owner", owner), .. Date("Form.Due", Adjudicated.AddDays(-1))]),
            "Form_Amount");

        Assert.Equal("Amount must be a number of pounds, like 150 or 150.50", await AmountError("a hundred"));
        Assert.Equal("Amount must be more than £0", await AmountError("0"));
        Assert.Equal("Amount must be more than £0", await AmountError("-20"));
        Assert.Equal("Amount must be in pounds and pence, with no more than 2 decimal places", await AmountError("10.505"));
        Assert.Equal("Amount must be £1,000,000 or less", await AmountError("99999999999999999999999"));

        var early = await PostInvalidAsync(client, $"/complaints/{complaint}/remedies/new",
            [.. Date("Form.On", Adjudicated), new("Form.Kind", "apology"), new("Form.Description", "Apology"), new("Form.Owner", owner), .. Date("Form.Due", Adjudicated.AddDays(-1))]);
        Assert.Equal("The date the remedy is due must be the same as or after the date it was agreed", Forms.FieldError(early, "Form_Due"));
        var future = await PostInvalidAsync(client, $"/complaints/{complaint}/remedies/new",
            [.. Date("Form.On", SafeguardApp.Today.AddDays(1)), new("Form.Kind", "apology"), new("Form.Description", "Apology"), new("Form.Owner", "987654321"), .. Date("Form.Due", SafeguardApp.Today.AddDays(5))]);
        Assert.Equal("The date the remedy was agreed must be today or in the past", Forms.FieldError(future, "Form_On"));
        Assert.Equal("Select who will deliver the remedy", Forms.FieldError(future, "Form_Owner"));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Every_other_form_says_what_is_missing(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var complaint = await app.UpheldAtStage2Async();
        var owner = await app.StaffIdAsync(Manager);
        var remedy = (await app.RecordAsync(new RemedyAgreed { On = Adjudicated, ComplaintId = complaint, RemedyId = 0, Kind = RemedyKind.Apology, Description = "Apology", OwnerPersonId = owner, Due = SafeguardApp.Today }, Manager, newReference: $"K{complaint}-REM-V")).NewSubjectId!.Value;
        var action = (await app.RecordAsync(new ActionAgreed { On = Adjudicated, ActionId = 0, ComplaintId = complaint, Text = "Act", OwnerPersonId = owner, Due = SafeguardApp.Today, Measure = "Done" }, Manager, newReference: $"K{complaint}-ACT-V")).NewSubjectId!.Value;
        var client = await app.SignedInAsync(Manager);

        (string Url, (string, string)[] Errors)[] forms =
        [
            ($"/complaints/{complaint}/remedies/decline", [("#Form_On", "Enter the date it was decided"), ("#Form_Reason", "Enter why no remedy is needed")]),
            ($"/complaints/{complaint}/remedies/{remedy}/delivered", [("#Form_On", "Enter the date the remedy was delivered")]),
            ($"/complaints/{complaint}/recommendations/new", [("#Form_On", "Enter the date the recommendation was made"), ("#Form_By", "Select who made the recommendation"), ("#Form_Text", "Enter the recommendation")]),
            ($"/complaints/{complaint}/actions/new",
            [
                ("#Form_On", "Enter the date the action was agreed"), ("#Form_Text", "Enter the action"), ("#Form_Owner", "Select who owns the action"),
                ("#Form_Due", "Enter the date the action is due"), ("#Form_Measure", "Enter how you will know the action is done"),
            ]),
            ($"/complaints/{complaint}/actions/{action}/complete", [("#Form_On", "Enter the date the action was completed"), ("#Form_Evidence", "Enter the evidence that the action is done")]),
            ($"/complaints/{complaint}/ombudsman", [("#Form_Reference", "Enter the Ombudsman's reference"), ("#Form_On", "Enter the date of the Ombudsman's decision"), ("#Form_Outcome", "Select the Ombudsman's decision")]),
        ];
        foreach (var (url, errors) in forms)
        {
            var page = await PostInvalidAsync(client, url, []);
            Assert.Equal(errors, Forms.ErrorSummary(page));
            Assert.Equal(errors[^1].Item2, Forms.FieldError(page, errors[^1].Item1[1..]));
        }

        var beforeAgreed = await PostInvalidAsync(client, $"/complaints/{complaint}/actions/{action}/complete", [.. Date("Form.On", Adjudicated.AddDays(-1)), new("Form.Evidence", "Early")]);
        Assert.Equal("The date the action was completed must be the same as or after the date it was agreed", Forms.FieldError(beforeAgreed, "Form_On"));

        // Before the Ombudsman's decision is recorded there is nothing to count its deadlines from.
        var noDecision = await Forms.GetDocumentAsync(client, $"/complaints/{complaint}/ombudsman/remedies/new");
        Assert.Null(noDecision.QuerySelector("main form"));
        Assert.NotNull(noDecision.QuerySelector($"a[href='/complaints/{complaint}/ombudsman']"));

        await app.RecordAsync(new OmbudsmanDecisionRecorded { On = Adjudicated, ComplaintId = complaint, Reference = "25 000 001", Outcome = OmbudsmanOutcome.Upheld }, Manager);
        var ombudsmanRemedy = await PostInvalidAsync(client, $"/complaints/{complaint}/ombudsman/remedies/new", []);
        Assert.Equal(
            [("#Form_Kind", "Select the kind of remedy"), ("#Form_Description", "Enter what the remedy is"), ("#Form_Owner", "Select who will deliver the remedy"), ("#Form_Period", "Select when the decision says the remedy is due")],
            Forms.ErrorSummary(ombudsmanRemedy));
        var ombudsmanAction = await PostInvalidAsync(client, $"/complaints/{complaint}/ombudsman/actions/new", []);
        Assert.Equal(
            [("#Form_Text", "Enter the action"), ("#Form_Owner", "Select who owns the action"), ("#Form_Measure", "Enter how you will know the action is done"), ("#Form_Period", "Select when the decision says the action is due")],
            Forms.ErrorSummary(ombudsmanAction));

        await using var db = app.Database();
        Assert.Equal(2, await db.Facts.CountAsync(f => f.ComplaintId == complaint && (f.Type == "remedy-agreed" || f.Type == "action-agreed")));
        Assert.False(await db.Facts.AnyAsync(f => f.ComplaintId == complaint && (f.Type == "remedy-declined" || f.Type == "recommendation-made" || f.Type == "remedy-delivered" || f.Type == "action-completed")));
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task A_remedy_or_action_of_another_complaint_is_not_found_through_this_one(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var complaint = await app.UpheldAtStage2Async();
        var other = await app.UpheldAtStage2Async();
        var owner = await app.StaffIdAsync(Manager);
        var remedy = (await app.RecordAsync(new RemedyAgreed { On = Adjudicated, ComplaintId = other, RemedyId = 0, Kind = RemedyKind.Apology, Description = "Apology", OwnerPersonId = owner, Due = SafeguardApp.Today }, Manager, newReference: $"K{other}-REM-X")).NewSubjectId!.Value;
        var action = (await app.RecordAsync(new ActionAgreed { On = Adjudicated, ActionId = 0, ComplaintId = other, Text = "Act", OwnerPersonId = owner, Due = SafeguardApp.Today, Measure = "Done" }, Manager, newReference: $"K{other}-ACT-X")).NewSubjectId!.Value;
        var client = await app.SignedInAsync(Manager);

        foreach (var url in (string[])[$"/complaints/{complaint}/remedies/{remedy}/delivered", $"/complaints/{complaint}/actions/{action}/complete", $"/complaints/{complaint}/actions/new?recommendation=987654321"])
        {
            using var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Apps.Providers), MemberType = typeof(Apps))]
    public async Task Only_the_complaints_manager_may_use_the_forms(DatabaseProvider provider)
    {
        var app = await Apps.SharedAsync(provider);
        var complaint = await app.UpheldAtStage2Async();
        var owner = await app.StaffIdAsync(Manager);
        var remedy = (await app.RecordAsync(new RemedyAgreed { On = Adjudicated, ComplaintId = complaint, RemedyId = 0, Kind = RemedyKind.Apology, Description = "Apology", OwnerPersonId = owner, Due = SafeguardApp.Today }, Manager, newReference: $"K{complaint}-REM-F")).NewSubjectId!.Value;
        var action = (await app.RecordAsync(new ActionAgreed { On = Adjudicated, ActionId = 0, ComplaintId = complaint, Text = "Act", OwnerPersonId = owner, Due = SafeguardApp.Today, Measure = "Done" }, Manager, newReference: $"K{complaint}-ACT-F")).NewSubjectId!.Value;
        string[] urls =
        [
            $"/complaints/{complaint}/remedies/new", $"/complaints/{complaint}/remedies/decline", $"/complaints/{complaint}/remedies/{remedy}/delivered",
            $"/complaints/{complaint}/recommendations/new", $"/complaints/{complaint}/actions/new", $"/complaints/{complaint}/actions/{action}/complete",
            $"/complaints/{complaint}/ombudsman", $"/complaints/{complaint}/ombudsman/remedies/new", $"/complaints/{complaint}/ombudsman/actions/new",
        ];

        foreach (var account in (string[])["isla.morgan", "amara.okafor"])
        {
            var client = await app.SignedInAsync(account);
            var home = Forms.Token(await Forms.GetDocumentAsync(client, "/"));
            foreach (var url in urls)
            {
                using var get = await client.GetAsync(url);
                Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
                using var post = await client.PostAsync(url, new FormUrlEncodedContent([new("__RequestVerificationToken", home), new("Form.Reason", "Not allowed"), .. Date("Form.On", SafeguardApp.Today)]));
                Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
            }
        }

        var page = await Forms.GetDocumentAsync(await app.SignedInAsync("isla.morgan"), $"/complaints/{complaint}");
        Assert.Null(page.QuerySelector($"a[href='/complaints/{complaint}/remedies/new']"));
        Assert.Contains("Apology", page.QuerySelector("table[aria-labelledby=remedies]")!.TextContent, StringComparison.Ordinal);
        await using var db = app.Database();
        Assert.False(await db.Facts.AnyAsync(f => f.ComplaintId == complaint && f.Type == "remedy-declined"));
    }
}
