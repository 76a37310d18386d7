package org.fullpicture.demo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fullpicture.agencies.AgencyType;
import org.fullpicture.agencies.Role;
import org.fullpicture.demo.internal.Family.AgencySpec;
import org.fullpicture.demo.internal.Family.PractitionerSpec;

/**
 * Fallowmere, an invented town: its agencies, each with a safeguarding contact, and the
 * practitioners who record. Phone numbers are from Ofcom's range for drama, e-mail
 * addresses from the reserved example.org.
 */
final class Town {

	static final String NAME = "Fallowmere";

	static final List<AgencySpec> AGENCIES = List.of(
			agency("oakfield", "Oakfield Primary School", AgencyType.SCHOOL, "Helen Marsh"),
			agency("marsh-lane", "Marsh Lane Primary School", AgencyType.SCHOOL, "Tomasz Wren"),
			agency("hollinsbrook", "Hollinsbrook Academy", AgencyType.SCHOOL, "Grace Adeyemi"),
			agency("college", "Fallowmere College", AgencyType.COLLEGE, "Owen Pritchard"),
			agency("little-acorns", "Little Acorns Day Nursery", AgencyType.EARLY_YEARS, "Priya Lal"),
			agency("police", "Fallowshire Police", AgencyType.POLICE, "DS Carla Benn"),
			agency("health-visiting", "Fallowmere Health Visiting Team", AgencyType.HEALTH_VISITING, "Ruth Oduya"),
			agency("midwifery", "Fallowmere Community Midwives", AgencyType.MIDWIFERY, "Siobhan Kerr"),
			agency("gp", "Brookside Medical Practice", AgencyType.GP, "Dr Imran Shah"),
			agency("ed", "Fallowmere General Emergency Department", AgencyType.EMERGENCY_DEPARTMENT,
					"Nell Fairweather"),
			agency("camhs", "Fallowmere CAMHS", AgencyType.CAMHS, "Dr Lena Holt"),
			agency("housing", "Fallowmere Homes", AgencyType.HOUSING, "Marcus Doyle"),
			agency("youth", "Open Door Youth Project", AgencyType.VOLUNTARY, "Jas Kaur"),
			agency("early-help", "Fallowmere Early Help Service", AgencyType.EARLY_HELP, "Beth Solanke"),
			agency("csc", "Fallowmere Children's Social Care", AgencyType.CHILDRENS_SOCIAL_CARE, "Anil Mistry"));

	static final Map<String, AgencySpec> BY_KEY = AGENCIES.stream()
		.collect(Collectors.toUnmodifiableMap(AgencySpec::key, Function.identity()));

	/**
	 * The accounts a demo visitor signs in with, each at the agency its name suggests.
	 */
	static final List<PractitionerSpec> DEMO_ACCOUNTS = List.of(demo("admin", "csc", "Robin Hale", Role.ADMINISTRATOR),
			demo("mash", "csc", "Sunita Rowe", Role.MASH), demo("manager", "early-help", "Gareth Lowe", Role.MANAGER),
			demo("school-dsl", "hollinsbrook", "Grace Adeyemi", Role.SAFEGUARDING_LEAD),
			demo("police", "police", "PC Dan Okoro", Role.PRACTITIONER),
			demo("health-visitor", "health-visiting", "Ruth Oduya", Role.PRACTITIONER),
			demo("housing", "housing", "Marcus Doyle", Role.PRACTITIONER),
			demo("family-support", "early-help", "Kemi Barton", Role.PRACTITIONER),
			demo("youth-worker", "youth", "Jas Kaur", Role.PRACTITIONER));

	private static final String[] STAFF = { "Alys Penn", "Tom Reyes", "Mina Cole", "Lewis Grant", "Zara Quinn",
			"Eddie Shaw", "Fern Moss", "Kofi Mensah", "Lucy Vane", "Ravi Patel", "Hana Kato", "Iwan Lloyd", "Orla Nash",
			"Sami Haddad", "Tess Amos", "Will Darby", "Yusuf Ali", "Chloe Brook", "Nadia Petrov", "Joe Ferris",
			"Ama Owusu", "Callum Reid", "Dina Frost", "Luke Thorne", "Maya Singh", "Pete Hollis", "Rosa Lind",
			"Sean Tully", "Uma Rao", "Vic Stone", "Ellis Ward" };

	/**
	 * About forty practitioners: the demo accounts, then two or three more in most
	 * agencies.
	 */
	static final List<PractitionerSpec> PRACTITIONERS = practitioners();

	private Town() {
	}

	static AgencySpec agency(String key) {
		return BY_KEY.get(key);
	}

	static List<PractitionerSpec> practitionersOf(String agencyKey) {
		return PRACTITIONERS.stream().filter(p -> p.agencyKey().equals(agencyKey)).toList();
	}

	private static List<PractitionerSpec> practitioners() {
		List<PractitionerSpec> all = new ArrayList<>(DEMO_ACCOUNTS);
		int next = 0;
		for (AgencySpec agency : AGENCIES) {
			int more = agency.type().isChildrensServices() || agency.type() == AgencyType.POLICE ? 3 : 2;
			for (int i = 0; i < more && next < STAFF.length; i++) {
				String name = STAFF[next++];
				all.add(new PractitionerSpec(name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.'), agency.key(),
						name, Set.of(Role.PRACTITIONER), false));
			}
		}
		return List.copyOf(all);
	}

	private static AgencySpec agency(String key, String name, AgencyType type, String contact) {
		String domain = key + ".example.org";
		String line = String.format("%03d", Math.floorMod(key.hashCode(), 1000));
		return new AgencySpec(key, name, type, contact, "safeguarding@" + domain, "01632 960" + line);
	}

	private static PractitionerSpec demo(String username, String agencyKey, String name, Role role) {
		return new PractitionerSpec(username, agencyKey, name, Set.of(role), true);
	}

}
