using Cpic.BuildingBlocks.Reference;

namespace Cpic.Api.Tests;

internal static class CentreSamples
{
    public static CentreInput New(string code, string name = "Testovací centrum") => new(
        code, name, $"CPIC {code}", "CZ051", "Správa uprchlických zařízení MV", "suz",
        [new Workplace($"{code}-HQ", "Hlavní pracoviště", "main-office", "Liberec")]);
}
