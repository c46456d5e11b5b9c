package vn.laocai.gate.customs;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import vn.laocai.gate.support.architecture.ArchitectureRules;

/** The customs adapter keeps the platform's layering: domain, application, then the adapters around them. */
@AnalyzeClasses(packages = "vn.laocai.gate.customs", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layers = ArchTests.in(ArchitectureRules.class);
}
