package vn.laocai.gate.simulator.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import vn.laocai.gate.support.architecture.ArchitectureRules;

/** The agency simulator keeps the platform's layering; for it, chiefly: no cycles between its packages. */
@AnalyzeClasses(packages = "vn.laocai.gate.simulator", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layers = ArchTests.in(ArchitectureRules.class);
}
