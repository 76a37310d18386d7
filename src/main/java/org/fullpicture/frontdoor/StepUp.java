package org.fullpicture.frontdoor;

import java.util.List;
import java.util.UUID;

/**
 * Early help asks the front door to look again at a family: the children, the
 * practitioner stepping up (the referrer), the episode's history in words, why they step
 * up now, and a link back to the episode.
 */
public record StepUp(List<UUID> childIds, UUID practitionerId, String episodeHistory, String reason, String link) {
}
