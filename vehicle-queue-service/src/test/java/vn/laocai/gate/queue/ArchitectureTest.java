package vn.laocai.gate.queue;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import vn.laocai.gate.support.architecture.ArchitectureRules;

/** The queue keeps the platform's layering: rules in the domain, HTTP and SQL at the edges, no package cycles. */
@AnalyzeClasses(packages = "vn.laocai.gate.queue", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layers = ArchTests.in(ArchitectureRules.class);
}
