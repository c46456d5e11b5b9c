package vn.laocai.gate.clearance;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import vn.laocai.gate.support.architecture.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The platform's layering rules, checked against clearance-service's own classes. */
@AnalyzeClasses(packages = "vn.laocai.gate.clearance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layers = ArchTests.in(ArchitectureRules.class);

    /** The development CA is the local signers' alone: a production signer (a licensed CA's) replaces them and never needs it. */
    @ArchTest
    static final ArchRule only_the_local_signers_use_the_development_ca = noClasses()
            .that().haveNameNotMatching("vn\\.laocai\\.gate\\.clearance\\.signing\\.Local.*")
            .should().dependOnClassesThat().resideInAPackage("vn.laocai.gate.devpki..")
            .because("the development CA's key lies next to the platform; production signs through DecisionSigner and DocumentSigner");
}
