package vn.laocai.gate.stack.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import vn.laocai.gate.support.architecture.ArchitectureRules;

/** The local stack keeps the platform's layering; one package today, so the rules guard what is added (no package cycles). */
@AnalyzeClasses(packages = "vn.laocai.gate.stack", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layers = ArchTests.in(ArchitectureRules.class);
}
