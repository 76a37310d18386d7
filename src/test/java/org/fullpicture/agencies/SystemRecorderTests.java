package org.fullpicture.agencies;

import static org.assertj.core.api.Assertions.assertThat;

import org.fullpicture.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@DatabaseTest
class SystemRecorderTests {

	@Autowired
	Practitioners practitioners;

	@Autowired
	Agencies agencies;

	@Test
	void theSystemRecorderExistsCannotSignInAndIsNeverListedAsAnAgency() {
		Practitioner system = practitioners.system();
		assertThat(system.isSystem()).isTrue();
		assertThat(system.displayName()).contains("automatically");
		assertThat(practitioners.account(system.username())).hasValueSatisfying(account -> {
			assertThat(account.enabled()).isFalse();
			assertThat(account.passwordHash()).isEqualTo("!");
		});
		assertThat(agencies.all()).noneMatch(a -> a.type() == AgencyType.SYSTEM);
	}

}
