package vn.laocai.gate.support.architecture;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering every module of the platform keeps, checked by each module against its own classes:
 * {@code @ArchTest static final ArchTests layers = ArchTests.in(ArchitectureRules.class);} in a test
 * annotated {@code @AnalyzeClasses(packages = "vn.laocai.gate.<module>")}.
 * <ul>
 *     <li>domain code states rules only: no HTTP, REST, Kafka, messaging, Quarkus, Vert.x or
 *     {@code EntityManager} (JPA mapping annotations are allowed: the aggregates are the entities);</li>
 *     <li>application code orchestrates without HTTP: no JAX-RS, no problem details;</li>
 *     <li>the {@code EntityManager} is used in {@code persistence} packages only;</li>
 *     <li>no cycles between the packages of a module.</li>
 * </ul>
 * Modules without one of these layers pass the rule about it (empty selections are allowed).
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    @ArchTest
    public static final ArchRule DOMAIN_KNOWS_NO_INFRASTRUCTURE = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.ws.rs..", "org.jboss.resteasy..", "io.vertx..", "io.quarkus..", "io.smallrye..",
                    "org.apache.kafka..", "org.eclipse.microprofile.reactive.messaging..", "io.cloudevents..",
                    "java.net.http..", "vn.laocai.gate.support.problem..", "vn.laocai.gate.support.outbox..",
                    "vn.laocai.gate.support.messaging..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .because("domain classes state the rules; adapters translate them to HTTP, Kafka and SQL")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule APPLICATION_KNOWS_NO_HTTP = noClasses()
            .that().resideInAPackage("..application..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "jakarta.ws.rs..", "org.jboss.resteasy..", "vn.laocai.gate.support.problem..")
            .because("only the REST layer knows statuses and problem details; the application throws typed exceptions")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule ENTITY_MANAGER_IN_PERSISTENCE_ONLY = noClasses()
            .that().resideOutsideOfPackages("..persistence..", "vn.laocai.gate.support..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .because("queries live behind the repositories of the persistence package")
            .allowEmptyShould(true);

    @ArchTest
    public static final ArchRule NO_PACKAGE_CYCLES = slices()
            .matching("vn.laocai.gate.(*).(*)..")
            .namingSlices("$1.$2")
            .should().beFreeOfCycles()
            .allowEmptyShould(true);
}
