package org.fullpicture.access.internal;

import java.util.Collection;
import java.util.List;

import org.fullpicture.agencies.Practitioner;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

public record SignedInPractitioner(Practitioner practitioner, String password, boolean accountNonLocked,
		boolean enabled) implements UserDetails {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<SimpleGrantedAuthority> roles = practitioner.roles()
			.stream()
			.map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
			.toList();
		return roles;
	}

	@Override
	public String getPassword() {
		return password;
	}

	@Override
	public String getUsername() {
		return practitioner.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return accountNonLocked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/** Without the password hash: what stays in the session. */
	SignedInPractitioner withoutPassword() {
		return new SignedInPractitioner(practitioner, null, accountNonLocked, enabled);
	}

}
