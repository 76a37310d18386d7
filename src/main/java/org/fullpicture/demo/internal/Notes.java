package org.fullpicture.demo.internal;

import java.util.List;

import org.fullpicture.chronology.EntryType;
import org.fullpicture.chronology.Source;

/**
 * What practitioners write, as templates for {@link Phrases}: what was seen and heard, in
 * the family's own words where possible, never the stock phrases that hide a child's day.
 */
final class Notes {

	/** Which children a note can be about. */
	enum About {

		ANY, UNDER_FIVE, SCHOOL_AGE, TEENAGER, ALL_CHILDREN

	}

	/**
	 * One kind of entry. The agency "school" means the child's own school that day;
	 * restricted is the chance the recorder marks it restricted.
	 */
	record Note(String agency, EntryType type, List<String> factors, About about, Source source, double restricted,
			String text) {

		Note(String agency, EntryType type, List<String> factors, About about, String text) {
			this(agency, type, factors, about, Source.PROFESSIONAL, 0.02, text);
		}

	}

	static final List<Note> ROUTINE = List.of(
			new Note("health-visiting", EntryType.HOME_VISIT, List.of(), About.UNDER_FIVE, """
					[Development review|Routine visit] for {child}. [Home warm, toys out on the rug|{parent} showed me \
					the feeding chart she has been keeping]. {child} [was alert and babbling|was weighed: on the 50th \
					centile|pulled to stand on the sofa while we talked]. {parent} said '[the nights are hard but \
					we're getting there|{he} is into everything now]'."""),
			new Note("gp", EntryType.OTHER, List.of(), About.ANY, """
					Seen with {parent} for [an ear infection|a chest infection|eczema on both arms|a cough that has \
					kept {him} up at night]. [Treated; advice given on when to come back|Cream prescribed; {parent} \
					asked good questions about using it]."""),
			new Note("school", EntryType.MEETING, List.of(), About.SCHOOL_AGE, """
					Parents' evening: {child} [is reading at the expected level|has made good friends in class|loves \
					the science club|has settled well after a wobbly start]. {parent} came with {child} and said \
					'[{he} talks about school all the time|we practise spellings in the car]'."""),
			new Note("school", EntryType.OTHER, List.of(), About.SCHOOL_AGE, """
					{child} [took part in the class assembly and read {his} poem to the hall|won the \
					Year group's attendance certificate|told me {he} wants to be a vet]. [Happy, chatty, \
					eating well at lunch|{he} laughed about it with {his} friends]."""));

	static final List<Note> NEGLECT = List.of(
			new Note("health-visiting", EntryType.HEALTH_APPOINTMENT_NOT_BROUGHT, List.of("16A"), About.UNDER_FIVE, """
					{child} was not brought to the [9-month|12-month|2-year] review. [No answer at the door; \
					curtains closed at 11am|Two letters and a text sent; no reply]. This is the [second|third] \
					appointment {child} has not been brought to."""),
			new Note("gp", EntryType.HEALTH_APPOINTMENT_NOT_BROUGHT, List.of("16A"), About.ANY, """
					{child} was not brought for [the 12-month immunisations|the pre-school booster|a follow-up \
					for {his} asthma]. Reminder sent; [no reply|{parent} said on the phone she 'forgot'|the \
					number we hold is no longer in use]."""),
			new Note("school", EntryType.ATTENDANCE_CONCERN, List.of("16A"), About.SCHOOL_AGE, """
					{child}'s attendance this half term is [81|78|84|74]%. [Late on 9 of the last 15 days|Absent \
					every Monday this month], usually with no call from home. When I asked, {child} said \
					'[Mum was asleep|I had to wait for my brother|there wasn't any clean uniform]'."""),
			new Note("school", EntryType.CONCERN, List.of("16A"), About.SCHOOL_AGE, """
					{child} came to breakfast club [and ate four slices of toast|and asked if there was any more \
					food]. {he} said '[there's no food at home|we had crisps for tea|Mum says we have to wait till \
					Friday]'. [Second time this week.|Staff saw {him} put fruit from the bowl into {his} bag.]"""),
			new Note("school", EntryType.CONCERN, List.of("16A"), About.SCHOOL_AGE, """
					{child} came in wearing the same [jumper|polo shirt|trousers] as [all last week|Monday and \
					Tuesday], [stained down the front|with a strong smell of urine|smelling of stale smoke]. \
					{his} [hair was matted at the back|nails were long and black underneath]. Other children \
					[have started to move away from {him} on the carpet|have started to comment on the smell]."""),
			new Note("gp", EntryType.CONCERN, List.of("16A"), About.ANY, """
					Dental check for {child}: [six|four|eight] teeth with visible decay, [two with abscesses|one \
					broken down to the gum]. {child} said '[it hurts when I eat|I chew on the other side]'. \
					Referred for extractions; {parent} [did not take up the first appointment|said she had not \
					noticed]."""), new Note("little-acorns", EntryType.CONCERN, List.of("16A"), About.UNDER_FIVE, """
					{child} [uses single words only and points for what {he} wants|is not yet walking steadily|\
					gets very upset when it is time to go home]. [Nappy soaked through on arrival and the skin red \
					raw|Arrived without a coat on a frosty morning, hands blue with cold]."""),
			new Note("early-help", EntryType.HOME_VISIT, List.of("16A"), About.ALL_CHILDREN, """
					Home visit. The [front room|kitchen] was unsanitary with a foul smell and a fire hazard: \
					[clothes piled against the gas fire|a chip pan left on a lit hob while we talked|bin bags \
					stacked in the hall blocking the front door]. [Dog mess on the landing|Used nappies on the floor \
					of the children's bedroom]. The beds had no sheets; {child} showed me where {he} sleeps and said \
					'[it's cold at night|I sleep in Mum's bed because mine is wet]'."""));

	static final List<Note> DOMESTIC_ABUSE = List.of(
			new Note("police", EntryType.DOMESTIC_ABUSE_INCIDENT, List.of("3B", "3C"), About.ALL_CHILDREN,
					Source.PROFESSIONAL, 0.3, """
							Called by [a neighbour|{parent}|a passer-by] at [23:40|01:15|20:10]: shouting and banging \
							from the address. {partner} [had left before we arrived|had been drinking and was \
							arrested for assault]. {parent} had [a red mark across her cheek|a cut lip] and said \
							'[he pushed me into the door|it was just an argument]'. The children were [upstairs; \
							{child} was awake and crying|in the front room and saw it]. DASH: [medium|high] risk. \
							Operation Encompass notification sent to the school."""),
			new Note("school", EntryType.CONCERN, List.of("3C"), About.SCHOOL_AGE, """
					Operation Encompass notification received before school. {child} was [quiet and tearful at \
					registration|exhausted and put {his} head on the desk]. {he} told [me|the class teacher] \
					'[Dad was shouting at Mum again|I hid under my bed with my sister]'."""),
			new Note("health-visiting", EntryType.CONCERN, List.of("3B"), About.UNDER_FIVE, """
					Routine enquiry: {parent} told me {partner} [checks her phone and takes her bank card|has pushed \
					her twice, once when she was holding the baby]. She [did not want a referral|agreed to a \
					referral to the domestic abuse service]. Safety plan talked through with her alone."""));

	static final List<Note> MENTAL_HEALTH = List.of(
			new Note("gp", EntryType.CONCERN, List.of("4B"), About.ALL_CHILDREN, """
					{parent} seen: [low mood for three months, not sleeping, not eating|says she has 'stopped coping' \
					since the birth]. [Sertraline started|Referred to talking therapies]. Asked who helps with the \
					children; she said '[there's no one, my mum's up north|I don't want social services]'."""),
			new Note("health-visiting", EntryType.HOME_VISIT, List.of("4B"), About.UNDER_FIVE, """
					{parent} [was still in her dressing gown at 2pm|had not left the flat for a week, she said]. \
					[Curtains closed; {child} in a bouncer in front of the television|She said she feels 'like a \
					ghost in my own house']. Depression score [16|19|21]. Weekly visits agreed; GP appointment \
					made with her."""));

	static final List<Note> SUBSTANCES = List.of(
			new Note("police", EntryType.INCIDENT, List.of("1B", "2B"), About.ALL_CHILDREN, """
					Welfare check after [a call from a neighbour|a call from {child}]: {parent} [was so drunk she \
					could not stand|was asleep on the sofa with foil and a lighter on the table]. [{child} had made \
					cereal with water because there was no milk|The children had let themselves in after school]. \
					[Grandmother came to collect them|{partner} came back and took over their care]."""),
			new Note("school", EntryType.CONCERN, List.of("1B"), About.SCHOOL_AGE, """
					{parent} came to collect {child} [slurring and unsteady|smelling strongly of alcohol]. \
					[She could not find the car keys|She shouted at {child} in the playground]. A relative was called \
					to take {child} home."""));

	static final List<Note> POVERTY = List.of(
			new Note("housing", EntryType.CONCERN, List.of("20"), About.ALL_CHILDREN, """
					Rent arrears now [£1,240|£860|£2,100]. [Electric on emergency credit since Tuesday|No gas since \
					the meter ran out]; {parent} said '[I put the kids to bed in their coats|we've been living on \
					toast]'. Food bank voucher given; referred for a discretionary housing payment."""),
			new Note("early-help", EntryType.SERVICE_STARTED, List.of("20"), About.ALL_CHILDREN, """
					Early help assessment agreed with {parent}. [Money worries, the children's sleep and school \
					attendance|Damp in the children's room, debt and {child}'s temper at home] are what the \
					family want help with. Family support worker is lead professional."""));

	static final List<Note> CRIMINALITY = List
		.of(new Note("police", EntryType.ARREST, List.of("20"), About.ALL_CHILDREN, Source.PROFESSIONAL, 0.4, """
				{partner} arrested at the family home [for possession with intent to supply|on a warrant for \
				burglary|for breaching a non-molestation order]. {child} [was there and watched|was at school]. \
				[Children's bedroom had no bedding and a broken window|{parent} said '[he's not living here]']."""));

	static final List<Note> PARTNERS = List
		.of(new Note("health-visiting", EntryType.HOUSEHOLD_CHANGE, List.of(), About.ALL_CHILDREN, """
				{parent} told me a new partner, {partner}, has moved in. [She has known him six weeks|The \
				children call him by his first name]. [No checks known|He would not give his date of birth]."""));

	static final List<Note> ISOLATION = List
		.of(new Note("health-visiting", EntryType.CONCERN, List.of("4B"), About.UNDER_FIVE, """
				{parent} has no family nearby [and does not know any neighbours|and has not registered with a \
				GP]. She said '[nobody comes round|I talk to the baby all day]'. Given the times of the baby \
				group at the children's centre."""));

	static final List<Note> SOCIAL_CARE = List.of(
			new Note("csc", EntryType.ASSESSMENT, List.of("16A", "3B"), About.ALL_CHILDREN, """
					Child and family assessment completed. [Neglect of the children's basic care and domestic abuse \
					are the main worries|The children's hunger and missed health care, with {parent}'s low mood]. \
					{child} said '[I like it when Nan has us|I want Mum to be happy]'. Outcome: [child in need \
					plan|step down to early help|strategy discussion]."""),
			new Note("csc", EntryType.PLAN, List.of("16A"), About.ALL_CHILDREN, """
					Initial child protection conference: the children are to be subject of child protection plans \
					under the category of [neglect|emotional abuse|multiple]. {parent} [agreed with the plan|said \
					'you're all against me' and left early]."""),
			new Note("early-help", EntryType.MEETING, List.of(), About.ALL_CHILDREN, """
					Team around the family meeting with {parent}, school, health visitor and housing. [Attendance \
					up to 92%|The bedroom is now cleared and has beds]. {child} [drew a picture of the family|said \
					'Mum is smiling more']. Next review in six weeks."""));

	static final List<Note> ADOLESCENT = List.of(
			new Note("police", EntryType.MISSING, List.of("10A"), About.TEENAGER, """
					{child} reported missing by {parent} at [22:00|23:30|19:45]; [last seen getting into a car near \
					the retail park|left after an argument about {his} phone|did not come home from school]. [Phone \
					switched off|Believed to be with older males on Tanners Row]."""),
			new Note("police", EntryType.RETURNED_AFTER_MISSING, List.of("10A", "24A"), About.TEENAGER, """
					{child} [came home at 03:10|was found by officers at the bus station at 02:00|walked into the \
					police station]. [{he} had a new phone and £60 in cash|{he} smelt of cannabis and would not say \
					where {he} had been|{he} said '[I was at a mate's|it's none of your business]']. Prevention \
					interview done; return home interview asked for from the youth project."""),
			new Note("youth", EntryType.MEETING, List.of("10A"), About.TEENAGER, Source.CHILD, 0.1, """
					Return home interview with {child} [at the project|in the park, which {he} chose]. {he} said \
					'[I just needed to get out of the house|they give you stuff and then you owe them|nobody at \
					home notices if I'm gone]'. [{he} named two older lads|{he} would not say who {he} was \
					with]."""),
			new Note("ed", EntryType.SELF_HARM, List.of("15A"), About.TEENAGER, Source.PROFESSIONAL, 0.2, """
					{child} brought in by ambulance [after taking 16 paracetamol|with cuts to the left forearm that \
					needed steri-strips]. {he} said '[I wanted it all to stop|when it hurts I don't feel the other \
					stuff]'. Admitted overnight; CAMHS assessment asked for. [{parent} arrived at 04:00|No adult \
					came with {him}]."""), new Note("school", EntryType.CONCERN, List.of("15A"), About.TEENAGER, """
					{child} [showed a friend fresh cuts on {his} arm in PE|had scratches on {his} wrist under a \
					sweatband]. When I asked, {he} said '[it's nothing, it's the cat|I do it when I can't \
					sleep]'. {parent} told; school nurse referral made."""),
			new Note("school", EntryType.SCHOOL_EXCLUSION, List.of("14A"), About.TEENAGER, """
					{child} excluded for [three|five] days after [a fight on the field|swearing at a teacher who \
					stopped {him} leaving]. [Found with two phones and £200 in {his} blazer|{he} has been \
					missing lessons after lunch most days]."""),
			new Note("camhs", EntryType.ASSESSMENT, List.of("15A", "4A"), About.TEENAGER, Source.PROFESSIONAL, 0.5, """
					Choice appointment with {child}. [Low mood for a year, cutting most nights|Sleeping three or four \
					hours a night; thoughts of ending {his} life, no plan]. {he} said '[nobody at home would \
					notice|I'm not worth the bother]'. [Safety plan agreed|Weekly sessions offered]."""));

}
