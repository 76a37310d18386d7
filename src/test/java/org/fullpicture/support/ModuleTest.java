package org.fullpicture.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the module of the test's package against a real database, started with that
 * module alone (or, by its mode, with the modules it needs) rather than the whole
 * application: H2 by default, PostgreSQL as for {@link DatabaseTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("database")
@ApplicationModuleTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestDatabase.class)
public @interface ModuleTest {

	@AliasFor(annotation = ApplicationModuleTest.class, attribute = "mode")
	BootstrapMode value() default BootstrapMode.STANDALONE;

}
