package org.fullpicture.demo.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.Source;
import org.fullpicture.demo.internal.Family.Person;
import org.fullpicture.demo.internal.Notes.About;
import org.fullpicture.demo.internal.Notes.Note;
import org.fullpicture.people.RelationshipType;
import org.fullpicture.people.Sex;

/**
 * One family for each practice pattern the serious case reviews found, told as its
 * chronology.
 */
final class Patterns {

	private Patterns() {
	}

	static Family of(Family.Pattern pattern, FamilyBuilder f, int longChronology) {
		return switch (pattern) {
			case NEGLECT -> neglect(f);
			case MISSING_AND_SELF_HARM -> missingAndSelfHarm(f, longChronology);
			case HOUSING_SUPPORT_ENDED -> housingSupportEnded(f);
			case SCHOOL_CHANGE -> schoolChange(f);
		};
	}

	/**
	 * Years of low-level worry from several agencies, each seeing a part, then a new
	 * partner moves in.
	 */
	private static Family neglect(FamilyBuilder f) {
		Person eldest = f.childAged(7);
		Person middle = f.childAged(3);
		Person baby = f.child(Sex.MALE, f.today().minusDays(130));
		Person mother = f.adult(Sex.FEMALE, f.familyName, 26);
		Person partner = f.adult(Sex.MALE, Phrases.pick(FamilyBuilder.FAMILY_NAMES, f.random()), 31);
		parentsOf(f, mother, f.children());
		f.children().forEach(c -> f.relate(partner, c, RelationshipType.PARENTS_PARTNER));
		f.relateSiblings();
		f.name(mother, partner);
		f.moveIn(List.of(eldest, middle, baby, mother), f.today().minusYears(5));
		f.moveIn(List.of(partner), f.today().minusYears(3));
		f.join(partner, mother, f.today().minusDays(50));
		f.recordsFor("health-visiting", "health-visitor");
		f.recordsFor("early-help", "family-support");
		f.recordsFor("police", "police");
		List<Person> all = f.children();
		write(f, 980, "gp", EntryType.HEALTH_APPOINTMENT_NOT_BROUGHT, List.of("16A"), middle, """
				{child} was not brought for the 12-month immunisations. Second reminder sent; the phone number we hold \
				[rings out|is no longer in use].""");
		write(f, 720, "school", EntryType.ATTENDANCE_CONCERN, List.of("16A"), eldest, """
				{child}'s attendance is 79% this term, late on [11|9] of the last 20 days. {child} said 'Mum was \
				asleep and I couldn't find my shoes'.""");
		write(f, 560, "school", EntryType.CONCERN, List.of("16A"), eldest, """
				{child} ate four slices of toast at breakfast club and asked to take one home 'for my sister'. \
				{he} said 'we only had crisps yesterday'.""");
		write(f, 430, "gp", EntryType.CONCERN, List.of("16A"), eldest,
				"""
						Dental check: six teeth with visible decay, two with abscesses. {child} said 'it hurts when I eat so \
						I chew on the other side'. Referred for extractions; {parent} did not take up the first appointment.""");
		write(f, 380, "health-visiting", EntryType.HEALTH_APPOINTMENT_NOT_BROUGHT, List.of("16A"), middle, """
				{child} was not brought to the 2-year review. No answer at the door; curtains closed at 11am. \
				Third appointment missed.""");
		write(f, 300, "school", EntryType.CONCERN, List.of("16A"), eldest, """
				{child} has worn the same polo shirt all week, stained down the front and smelling of urine. Other \
				children have started to move away from {him} on the carpet. {he} told me 'the washing machine's \
				broke'.""");
		write(f, 240, "little-acorns", EntryType.CONCERN, List.of("16A"), middle, """
				{child} uses single words only and points for what {he} wants. Nappy soaked through on arrival and the \
				skin red raw. Arrived without a coat on a frosty morning.""");
		write(f, 150, "early-help", EntryType.HOME_VISIT, List.of("16A"), all, """
				Home visit. The front room was unsanitary with a foul smell and a fire hazard: clothes piled against \
				the gas fire and bin bags stacked in the hall blocking the front door. Dog mess on the landing. The \
				children's beds had no sheets; {child} showed me where {he} sleeps and said 'I sleep in Mum's bed \
				because mine is wet'.""");
		write(f, 128, "midwifery", EntryType.BIRTH, List.of(), baby, """
				{child} born at 37 weeks, 2.6 kg, after one antenatal appointment attended out of six. {parent} said \
				'I didn't know I was that far gone'.""");
		write(f, 85, "health-visiting", EntryType.HEALTH_APPOINTMENT_NOT_BROUGHT, List.of("16A"), baby, """
				{child} was not brought to the 6-to-8-week check. {parent} texted 'will ring u' and did not.""");
		write(f, 48, "health-visiting", EntryType.HOUSEHOLD_CHANGE, List.of("3B"), all, """
				{parent} told me a new partner, {partner}, moved in last week. She has known him six weeks. He \
				stayed in the kitchen and answered for her twice. The children call him by his first name.""");
		write(f, 30, "police", EntryType.DOMESTIC_ABUSE_INCIDENT, List.of("3B", "16A"), all, """
				Called by a neighbour at 23:40: shouting and a baby screaming. {partner} had left before we arrived. \
				{parent} had a red mark across her cheek and said 'it was just an argument'. The flat was \
				unsanitary with a foul smell; the baby was in a wet nappy in a pram in the hall. DASH: high risk. \
				Operation Encompass notification sent to the school.""");
		write(f, 16, "school", EntryType.ATTENDANCE_CONCERN, List.of("16A"), eldest, """
				{child} has been absent eight days in a row. Home visit: no answer; {child}'s face at the upstairs \
				window, then the curtain pulled across.""");
		write(f, 6, "ed", EntryType.INJURY_OR_EMERGENCY_ATTENDANCE, List.of("16A", "18B"), baby, """
				{child} (18 weeks) brought in by {parent} and {partner} with a bruise on the left cheek and a swollen \
				arm. {partner} said '[he rolled off the sofa|his brother dropped him]'. Not yet rolling. Skeletal \
				survey requested; safeguarding team told.""", Duration.ofDays(2));
		return f.build(Family.Pattern.NEGLECT);
	}

	/**
	 * A fifteen-year-old missing again and again, harming herself, each agency seeing one
	 * incident.
	 */
	private static Family missingAndSelfHarm(FamilyBuilder f, int longChronology) {
		Person girl = f.child(Sex.FEMALE, f.today().minusYears(15).minusDays(100));
		Person brother = f.childAged(9);
		Person mother = f.adult(Sex.FEMALE, f.familyName, 38);
		Person stepfather = f.adult(Sex.MALE, Phrases.pick(FamilyBuilder.FAMILY_NAMES, f.random()), 44);
		Person father = f.adult(Sex.MALE, f.familyName, 41);
		parentsOf(f, mother, f.children());
		f.relate(father, girl, RelationshipType.PARENT);
		f.relate(stepfather, girl, RelationshipType.STEP_PARENT);
		f.relate(stepfather, brother, RelationshipType.PARENT);
		f.relateSiblings();
		f.name(mother, stepfather);
		f.moveIn(List.of(girl, brother, mother, stepfather), f.today().minusYears(6));
		f.moveIn(List.of(father), f.today().minusYears(4));
		f.recordsFor("police", "police");
		f.recordsFor("youth", "youth-worker");
		f.recordsFor("hollinsbrook", "school-dsl");
		write(f, 1000, "school", EntryType.CONCERN, List.of("17A"), girl, """
				{child} has been very quiet since her dad moved out. She said 'he's got a new family now, he doesn't \
				want us'. Offered time with the learning mentor.""");
		write(f, 800, "school", EntryType.CONCERN, List.of("15A"), girl, """
				{child} had fresh scratches on her wrist under a sweatband. She said 'I do it when I can't sleep'. \
				{parent} told by phone; school nurse referral made.""");
		missing(f, girl, 650, "she did not come home from school",
				"she came home at 03:10 and would not say where she had been");
		write(f, 644, "youth", EntryType.MEETING, List.of("10A"), girl, """
				Return home interview, six days after {child} came back: the referral reached us on day five. She \
				said 'nobody at home notices if I'm gone'.""");
		write(f, 520, "school", EntryType.SCHOOL_EXCLUSION, List.of("14A"), girl,
				"""
						{child} excluded for five days after swearing at a teacher who stopped her leaving at lunch. Found with \
						two phones and £200 in her blazer.""");
		missing(f, girl, 480, "last seen getting into a car near the retail park",
				"found by officers at the bus station at 02:00");
		missing(f, girl, 470, "left after an argument about her phone",
				"she walked into the police station; she had a new phone and £60");
		missing(f, girl, 456, "believed to be with older males on Tanners Row",
				"she came home at 05:00, smelling of cannabis");
		write(f, 450, "ed", EntryType.SELF_HARM, List.of("15A"), girl, """
				{child} brought in by ambulance after taking 16 paracetamol. She said 'I wanted it all to stop'. \
				Admitted overnight; CAMHS assessment asked for. No adult came with her until 04:00.""");
		write(f, 420, "camhs", EntryType.ASSESSMENT, List.of("15A", "4A"), girl, """
				Choice appointment. Low mood for a year, cutting most nights. {child} said 'I'm not worth the \
				bother'. She has an older boyfriend, 'Tee', who 'looks after' her. Safety plan agreed.""");
		entry(f, 300, "youth", EntryType.MEETING, List.of("11A", "24A"), List.of(girl), Source.CHILD, """
				{child} told me at the project: 'they give you stuff and then you owe them'. She named two older \
				lads and a flat on Kestrel Court.""", null);
		missing(f, girl, 200, "did not come home from school",
				"found by officers in a flat on Kestrel Court with two adult males");
		write(f, 120, "ed", EntryType.SELF_HARM, List.of("15A"), girl, """
				{child} attended with cuts to the left forearm that needed steri-strips. She said 'when it hurts I \
				don't feel the other stuff'. Discharged with {parent}.""");
		write(f, 60, "school", EntryType.ATTENDANCE_CONCERN, List.of("10A"), girl, """
				{child}'s attendance is 52% this half term; she leaves after registration most days. She told me \
				'school's pointless'.""");
		missing(f, girl, 14, "left after an argument with {partner}", "she came home with a new phone and £60 in cash");
		write(f, 5, "ed", EntryType.SELF_HARM, List.of("15A"), girl, """
				{child} brought in after taking 24 paracetamol with vodka. Third self-harm attendance this year. \
				She said 'next time I'll do it properly'. Admitted to the paediatric ward.""");
		for (int extra = 0; f.entries().stream().filter(e -> e.childIds().contains(girl.id())).count() < longChronology
				&& extra < longChronology * 3; extra++) {
			List<Note> pool = f.chance(0.5) ? Notes.ADOLESCENT : Notes.ROUTINE;
			Note note = pool.get(f.random().nextInt(pool.size()));
			LocalDate day = f.dayInLastThreeYears();
			String agency = note.agency().equals("school") ? f.schoolOn(girl, day) : note.agency();
			f.record(note, List.of(girl), agency, day);
		}
		return f.build(Family.Pattern.MISSING_AND_SELF_HARM);
	}

	private static void missing(FamilyBuilder f, Person child, int daysAgo, String how, String back) {
		write(f, daysAgo, "police", EntryType.MISSING, List.of("10A"), child,
				"{child} reported missing by {parent} at 22:30; " + how + ". Phone switched off.");
		write(f, daysAgo - 1, "police", EntryType.RETURNED_AFTER_MISSING, List.of("10A", "11A"), child,
				"{child} back: " + back + ". Prevention interview done; return home interview asked for.");
	}

	/**
	 * A young mother's daily housing support ends with its funding; nobody else is told.
	 */
	private static Family housingSupportEnded(FamilyBuilder f) {
		Person baby = f.child(Sex.FEMALE, f.today().minusDays(160));
		Person mother = f.adult(Sex.FEMALE, f.familyName, 19);
		Person nan = f.adult(Sex.FEMALE, f.familyName, 44);
		f.relate(mother, baby, RelationshipType.PARENT);
		f.relate(nan, baby, RelationshipType.GRANDPARENT);
		f.name(mother, null);
		f.moveIn(List.of(nan), f.today().minusYears(12));
		f.moveIn(List.of(mother), f.today().minusDays(700));
		f.join(baby, mother, baby.dateOfBirth());
		f.recordsFor("housing", "housing");
		f.recordsFor("health-visiting", "health-visitor");
		LocalDate ended = f.today().minusDays(100);
		write(f, 320, "housing", EntryType.SERVICE_STARTED, List.of(), baby, """
				Daily support from our supported accommodation scheme for young women, several hours a week, \
				carried on for {parent} now she is expecting. Her support worker goes to the multi-agency meetings.""");
		write(f, 170, "housing", EntryType.HOME_VISIT, List.of(), baby, """
				{parent} is 36 weeks pregnant. Cot built together this morning. She said 'I'd be lost without you \
				coming every day'.""");
		write(f, 158, "midwifery", EntryType.BIRTH, List.of(), baby, """
				{child} born at 39 weeks, 3.2 kg. {parent} named her support worker from housing as her main help at \
				home.""");
		write(f, 100, "housing", EntryType.SERVICE_ENDED, List.of(), baby, """
				The funding for the supported accommodation scheme has ended, and with it {parent}'s daily support. \
				Last visit today. {parent} cried and said 'so who do I ring now?'""");
		write(f, 45, "health-visiting", EntryType.HOME_VISIT, List.of(), baby, """
				{child} 16 weeks, weight dropped from the 50th to the 25th centile. {parent} looked exhausted; she \
				said 'I'm on my own with her all night'. I took it that her housing support worker still visits \
				daily.""");
		write(f, 12, "health-visiting", EntryType.HEALTH_APPOINTMENT_NOT_BROUGHT, List.of("16A"), baby, """
				{child} was not brought to clinic to be weighed. {parent}'s phone went to voicemail.""");
		f.involve(baby, "housing", "housing", f.today().minusDays(320), ended, "Supported accommodation scheme");
		return f.build(Family.Pattern.HOUSING_SUPPORT_ENDED);
	}

	/**
	 * A boy changes school after a move; the police notification goes to the school he
	 * has left.
	 */
	private static Family schoolChange(FamilyBuilder f) {
		Person boy = f.child(Sex.MALE, f.today().minusYears(9).minusDays(40));
		Person sister = f.childAged(3);
		Person mother = f.adult(Sex.FEMALE, f.familyName, 33);
		Person father = f.adult(Sex.MALE, f.familyName, 36);
		parentsOf(f, mother, f.children());
		parentsOf(f, father, f.children());
		f.relateSiblings();
		f.name(mother, father);
		List<Person> household = List.of(boy, sister, mother, father);
		f.moveIn(household, f.today().minusYears(7));
		String oldSchool = f.primarySchool();
		String newSchool = oldSchool.equals("oakfield") ? "marsh-lane" : "oakfield";
		LocalDate moved = f.today().minusDays(75);
		LocalDate started = f.today().minusDays(60);
		f.moveIn(household, moved);
		f.changeSchool(boy, newSchool, started);
		f.involve(boy, oldSchool, null, boy.dateOfBirth().plusYears(5), started.minusDays(1), "On roll");
		f.recordsFor("police", "police");
		write(f, 400, oldSchool, EntryType.CONCERN, List.of("3C"), boy, """
				{child} told his teacher 'Dad threw the remote at the telly and it smashed'. He flinched when a door \
				banged. {parent} said it was an accident.""");
		write(f, 76, "housing", EntryType.HOUSE_MOVE, List.of(), List.of(boy, sister), """
				Family moved to {address} after a management transfer; {parent} asked for it 'to get away from the \
				neighbours'.""");
		write(f, 58, newSchool, EntryType.MEETING, List.of(), boy, """
				Starting meeting for {child}. {parent} said there were 'no worries' at his last school. Records from \
				the old school not yet received.""");
		entry(f, 40, "police", EntryType.DOMESTIC_ABUSE_INCIDENT, List.of("3B", "3C"), List.of(boy, sister),
				Source.PROFESSIONAL,
				"""
						Called by {parent} at 21:50: {partner} had smashed the kitchen door and held her against the \
						wall. {child} was on the stairs and saw it. DASH: medium risk. Operation Encompass notification \
						sent to the school on our system (the school {child} left in the summer).""",
				Duration.ofDays(9));
		write(f, 29, oldSchool, EntryType.OTHER, List.of("3C"), boy, """
				Operation Encompass notification received for {child}, who left us when the family moved. We do not \
				know his new school; notification returned to the police.""");
		return f.build(Family.Pattern.SCHOOL_CHANGE);
	}

	private static void parentsOf(FamilyBuilder f, Person parent, List<Person> children) {
		children.forEach(c -> f.relate(parent, c, RelationshipType.PARENT));
	}

	private static void write(FamilyBuilder f, int daysAgo, String agency, EntryType type, List<String> factors,
			Person child, String text) {
		entry(f, daysAgo, agency, type, factors, List.of(child), Source.PROFESSIONAL, text, null);
	}

	private static void write(FamilyBuilder f, int daysAgo, String agency, EntryType type, List<String> factors,
			Person child, String text, Duration delay) {
		entry(f, daysAgo, agency, type, factors, List.of(child), Source.PROFESSIONAL, text, delay);
	}

	private static void write(FamilyBuilder f, int daysAgo, String agency, EntryType type, List<String> factors,
			List<Person> children, String text) {
		entry(f, daysAgo, agency, type, factors, children, Source.PROFESSIONAL, text, null);
	}

	/**
	 * One scripted entry; the delay is how long it took to reach the record, or null for
	 * a usual one.
	 */
	private static void entry(FamilyBuilder f, int daysAgo, String agency, EntryType type, List<String> factors,
			List<Person> children, Source source, String text, Duration delay) {
		LocalDate day = f.today().minusDays(daysAgo);
		String recordedBy = agency.equals("school") ? f.schoolOn(children.get(0), day) : agency;
		Note note = new Note(recordedBy, type, factors, About.ANY, source, 0.0, text);
		f.record(note, children, recordedBy, day, delay);
	}

}
