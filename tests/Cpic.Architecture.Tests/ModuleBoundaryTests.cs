using Carter;
using NetArchTest.Rules;

namespace Cpic.Architecture.Tests;

public sealed class ModuleBoundaryTests
{
    [Fact]
    public void Modules_reference_only_building_blocks_and_other_modules_contracts() =>
        ModuleBoundaries.Modules.SelectMany(ModuleBoundaries.Violations).Should().BeEmpty();

    [Fact]
    public void Contracts_reference_nothing_of_ours() =>
        ModuleBoundaries.Contracts.SelectMany(ModuleBoundaries.Violations).Should().BeEmpty();

    [Fact]
    public void The_rule_catches_an_assembly_that_references_a_module()
    {
        // This test assembly references the host: judged as if it were a module, it must break the rule.
        ModuleBoundaries.Violations(typeof(ModuleBoundaryTests).Assembly).Should().ContainSingle(v => v.Contains("-> Cpic.Host"));
    }

    [Fact]
    public void Contracts_hold_only_immutable_records()
    {
        foreach (var contracts in ModuleBoundaries.Contracts)
        {
            var result = Types.InAssembly(contracts).That().AreClasses().And().DoNotHaveNameStartingWith("<").Should().BeSealed().And().BePublic().GetResult();
            result.IsSuccessful.Should().BeTrue($"{contracts.GetName().Name}: {string.Join(", ", result.FailingTypeNames ?? [])}");
        }
    }

    [Fact]
    public void Endpoints_live_in_modules_not_in_the_host()
    {
        var result = Types.InAssembly(typeof(Program).Assembly).ShouldNot().ImplementInterface(typeof(ICarterModule)).GetResult();
        result.IsSuccessful.Should().BeTrue(string.Join(", ", result.FailingTypeNames ?? []));
    }
}
