package vn.laocai.gate.notification;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import vn.laocai.gate.support.architecture.ArchitectureRules;

/** The platform's layering rules, checked against notification-service's own classes. */
@AnalyzeClasses(packages = "vn.laocai.gate.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests layers = ArchTests.in(ArchitectureRules.class);
}
