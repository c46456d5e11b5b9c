package vn.laocai.gate.events.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The catalogue of events stays thin: records, codec, types and topic names, no framework or service code.
 * (service-support's {@code ArchitectureRules} cannot be used here: service-support builds on this module.)
 */
@AnalyzeClasses(packages = "vn.laocai.gate.events", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule CONTRACTS_KNOW_NO_FRAMEWORK = noClasses()
            .that().resideInAPackage("vn.laocai.gate.events..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta..", "javax.persistence..", "org.hibernate..", "io.quarkus..", "io.smallrye..",
                    "io.vertx..", "org.apache.kafka..", "io.cloudevents..", "org.eclipse.microprofile..",
                    "vn.laocai.gate.support..", "vn.laocai.gate.queue..", "vn.laocai.gate.clearance..",
                    "vn.laocai.gate.customs..")
            .because("every service builds against the contracts; they must not drag a framework or a service in");

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES = slices()
            .matching("vn.laocai.gate.(*).(*)..")
            .namingSlices("$1.$2")
            .should().beFreeOfCycles()
            .allowEmptyShould(true);
}
