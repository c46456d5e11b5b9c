package vn.laocai.gate.queue;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import vn.laocai.gate.support.architecture.ArchitectureRules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The queue keeps the platform's layering: rules in the domain, HTTP and SQL at the edges, no package cycles. */
@AnalyzeClasses(packages = "vn.laocai.gate.queue", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layers = ArchTests.in(ArchitectureRules.class);

    /**
     * The simulation engine is plain Java, like the domain it drives: the service's what-if runs it in
     * process and gate-simulation's command line runs it without Quarkus, a database or a broker.
     */
    @ArchTest
    static final ArchRule SIMULATION_IS_PLAIN_JAVA = noClasses()
            .that().resideInAPackage("vn.laocai.gate.queue.simulation..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.ws.rs..", "jakarta.enterprise..", "jakarta.inject..", "jakarta.persistence..", "jakarta.transaction..",
                    "org.jboss.resteasy..", "io.vertx..", "io.quarkus..", "io.smallrye..", "org.apache.kafka..",
                    "org.eclipse.microprofile..", "vn.laocai.gate.support.problem..", "vn.laocai.gate.support.outbox..",
                    "vn.laocai.gate.support.messaging..", "vn.laocai.gate.queue.application..", "vn.laocai.gate.queue.persistence..",
                    "vn.laocai.gate.queue.rest..", "vn.laocai.gate.queue.messaging..")
            .because("the simulation runs the domain in virtual time, in the service and on the command line alike");
}
