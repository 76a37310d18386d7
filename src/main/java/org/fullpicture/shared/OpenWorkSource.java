package org.fullpicture.shared;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * A module that holds work with children (early help episodes, social care assessments
 * from the front door) says what is open, so that others (the MASH beside a contact, the
 * signals that look for children with no open work) can ask every holder without
 * depending on any of them. Ask through {@code ObjectProvider<OpenWorkSource>}; answer
 * from current state.
 */
public interface OpenWorkSource {

	List<OpenWork> openWorkFor(Collection<UUID> childIds);

}
