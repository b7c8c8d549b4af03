package com.bakery.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * No package of a module depends on itself through others: each package is a room that can be read, changed and
 * tested on its own, with its dependencies pointing one way. Checked on the compiled classes (ArchUnit), so a
 * fully qualified name in code counts as much as an import.
 */
public final class PackageCycles {

    private PackageCycles() {
    }

    /** Fails, naming each cycle, when the packages below {@code root} depend on one another in a circle. */
    public static void assertNone(String root) {
        assertNone(root, new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(root));
    }

    static void assertNone(String root, JavaClasses classes) {
        SlicesRuleDefinition.slices().matching(root + ".(**)").should().beFreeOfCycles().check(classes);
    }
}
