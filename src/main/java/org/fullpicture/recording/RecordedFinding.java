package org.fullpicture.recording;

import java.time.LocalDate;

/** A finding as the manager report sees it: which team's writing, what kind, when. No text, no person. */
public record RecordedFinding(String team, Category category, LocalDate recordedOn) {
}
