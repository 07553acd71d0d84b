namespace Safeguard.Demo;

/// <summary>Fictional British names for the demo families, drawn from a seeded random sequence.</summary>
internal sealed class DemoNames(Random random)
{
    private static readonly string[] Girls =
    [
        "Olivia", "Amelia", "Isla", "Ava", "Lily", "Freya", "Ivy", "Florence", "Willow", "Rosie", "Evie", "Poppy",
        "Sienna", "Elsie", "Harper", "Maisie", "Daisy", "Matilda", "Ruby", "Phoebe", "Zara", "Aisha", "Maryam", "Niamh",
        "Ffion", "Erin", "Grace", "Millie", "Layla", "Imogen",
    ];

    private static readonly string[] Boys =
    [
        "Oliver", "George", "Noah", "Arthur", "Leo", "Oscar", "Harry", "Jack", "Charlie", "Finley", "Alfie", "Theo",
        "Freddie", "Archie", "Tommy", "Reggie", "Ronnie", "Albie", "Rory", "Jacob", "Ibrahim", "Yusuf", "Kai", "Dylan",
        "Rhys", "Callum", "Owen", "Ethan", "Toby", "Louis",
    ];

    private static readonly string[] Women =
    [
        "Sarah", "Laura", "Emma", "Rebecca", "Hannah", "Gemma", "Kirsty", "Jodie", "Charlotte", "Natalie", "Stacey",
        "Leanne", "Amy", "Danielle", "Fatima", "Priya", "Shannon", "Chantelle", "Bethan", "Siobhan", "Kelly", "Victoria",
    ];

    private static readonly string[] Men =
    [
        "James", "Daniel", "Craig", "Lee", "Mark", "Ryan", "Jamie", "Scott", "Liam", "Adam", "Kieran", "Wayne", "Darren",
        "Gareth", "Imran", "Tariq", "Connor", "Shane", "Stuart", "Nathan", "Carl", "Paul",
    ];

    private static readonly string[] Surnames =
    [
        "Thompson", "Walker", "Robinson", "Wright", "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Clarke",
        "Jackson", "Turner", "Hill", "Cooper", "Ward", "Morris", "Baker", "Kelly", "Parker", "Bennett", "Griffiths",
        "Lloyd", "Shaw", "Mitchell", "Ahmed", "Hussain", "Begum", "Okoro", "Mensah", "Kowalski", "Nowak", "Campbell",
        "Stewart", "Murphy", "O'Brien", "Davies", "Jenkins", "Price", "Powell", "Rowe", "Fletcher", "Barker", "Holmes",
        "Sutton", "Pearce", "Fox", "Dixon", "Marsh", "Lowe",
    ];

    // Deterministic on purpose: the same seed gives the same families. This is demo data, not security.
#pragma warning disable CA5394
    public int Next(int maxValue) => random.Next(maxValue);

    public string Surname() => Surnames[random.Next(Surnames.Length)];

    public string Child(bool girl) => girl ? Girls[random.Next(Girls.Length)] : Boys[random.Next(Boys.Length)];

    public string Woman() => Women[random.Next(Women.Length)];

    public string Man() => Men[random.Next(Men.Length)];
#pragma warning restore CA5394
}
